import { ToggleGroup } from '@renderer/components/common/ToggleGroup';
import type { CoverageGrouping } from '../data/coverage-bars';

const CHOICES = [
  { value: 'skill', label: 'By skill' },
  { value: 'area', label: 'By area' },
] as const;

/** Switches the coverage chart (and its table) between one bar per skill and one per area. */
export function CoverageGroupingToggle({
  grouping,
  onChange,
}: {
  grouping: CoverageGrouping;
  onChange: (grouping: CoverageGrouping) => void;
}) {
  return (
    <div className="coverage-grouping">
      <ToggleGroup label="Show coverage" options={CHOICES} value={grouping} onChange={onChange} size="small" />
    </div>
  );
}
