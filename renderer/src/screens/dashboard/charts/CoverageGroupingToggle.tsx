import { Button } from '@renderer/components/common/Button';
import type { CoverageGrouping } from '../data/coverage-bars';

const CHOICES: { grouping: CoverageGrouping; label: string }[] = [
  { grouping: 'skill', label: 'By skill' },
  { grouping: 'area', label: 'By area' },
];

/** Switches the coverage chart (and its table) between one bar per skill and one per area. */
export function CoverageGroupingToggle({
  grouping,
  onChange,
}: {
  grouping: CoverageGrouping;
  onChange: (grouping: CoverageGrouping) => void;
}) {
  return (
    <div className="grouping-toggle" role="group" aria-label="Show coverage">
      {CHOICES.map((choice) => (
        <Button
          key={choice.grouping}
          variant="quiet"
          aria-pressed={grouping === choice.grouping}
          onClick={() => onChange(choice.grouping)}
        >
          {choice.label}
        </Button>
      ))}
    </div>
  );
}
