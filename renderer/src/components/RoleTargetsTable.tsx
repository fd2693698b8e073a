import type { Framework } from '@shared/domain';
import { maxLevel } from '@shared/domain';
import type { TargetCell, TargetSection } from '../framework/view-model';
import { TargetsGrid } from './TargetsGrid';
import './RoleTargetsTable.css';

function LevelMeter({ level, top }: { level: number; top: number }) {
  // Filled dots for the target level; purely visual, the level name carries the meaning.
  return (
    <span className="meter" aria-hidden="true">
      {Array.from({ length: top }, (_, i) => (
        <span key={i} className={i < level ? 'meter__dot meter__dot--on' : 'meter__dot'} />
      ))}
    </span>
  );
}

function TargetCellView({ cell, top }: { cell: TargetCell | null; top: number }) {
  if (!cell) {
    return (
      <td className="targets__cell targets__cell--none">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">No target</span>
      </td>
    );
  }
  return (
    <td className="targets__cell">
      <span className="target">
        <LevelMeter level={cell.level} top={top} />
        <span className="target__level">
          {cell.levelName} <span className="target__number">({cell.level})</span>
        </span>
        <span className="visually-hidden">, </span>
        <span className="target__weight">weight {cell.weight}</span>
      </span>
    </td>
  );
}

export function RoleTargetsTable({
  framework,
  sections,
}: {
  framework: Framework;
  sections: readonly TargetSection[];
}) {
  const top = maxLevel(framework.scale);
  return (
    <TargetsGrid
      framework={framework}
      sections={sections}
      labelledBy="role-targets-caption"
      caption="Target level and weight per skill for each role profile. A higher weight counts more towards a person’s fit to the role."
      renderCell={(row, i) => (
        <TargetCellView key={framework.roles[i]?.id ?? i} cell={row.cells[i] ?? null} top={top} />
      )}
    />
  );
}
