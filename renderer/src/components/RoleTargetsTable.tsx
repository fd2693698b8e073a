import type { Framework } from '../../../shared/domain';
import { maxLevel } from '../../../shared/domain';
import type { TargetCell, TargetSection } from '../framework/view-model';

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
  const columns = framework.roles.length + 1;
  return (
    <div className="table-scroll" role="region" aria-labelledby="role-targets-caption" tabIndex={0}>
      <table className="targets">
        <caption id="role-targets-caption">
          Target level and weight per skill for each role profile. A higher weight counts more towards a person’s fit to
          the role.
        </caption>
        <thead>
          <tr>
            <th scope="col">Skill</th>
            {framework.roles.map((role) => (
              <th key={role.id} scope="col">
                {role.name}
              </th>
            ))}
          </tr>
        </thead>
        {sections.map((section) => (
          <tbody key={section.area}>
            <tr className="targets__group">
              <th scope="colgroup" colSpan={columns}>
                {section.label}
              </th>
            </tr>
            {section.rows.map((row) => (
              <tr key={row.skill.id}>
                <th scope="row" className={row.isSubtask ? 'targets__skill targets__skill--sub' : 'targets__skill'}>
                  {row.skill.name}
                </th>
                {row.cells.map((cell, i) => (
                  <TargetCellView key={framework.roles[i]?.id ?? i} cell={cell} top={top} />
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
