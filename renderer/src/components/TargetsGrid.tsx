import type { ReactNode } from 'react';
import type { Framework } from '@shared/domain';
import type { TargetSection } from '../framework/view-model';
import './common/table-scroll.css';
import './TargetsGrid.css';

/**
 * Skills × roles, grouped by area with sub-tasks indented: the layout the read-only targets
 * table and the framework editor share. Each role's cell comes from `renderCell`.
 */
export function TargetsGrid({
  framework,
  sections,
  labelledBy,
  caption,
  className = 'targets',
  renderCell,
}: {
  framework: Framework;
  sections: readonly TargetSection[];
  labelledBy: string;
  /** Shown as the table's caption; give it the `labelledBy` id when there is no heading outside. */
  caption?: ReactNode;
  className?: string;
  renderCell: (row: TargetSection['rows'][number], roleIndex: number) => ReactNode;
}) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table className={className}>
        {caption ? <caption id={labelledBy}>{caption}</caption> : null}
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
              <th scope="colgroup" colSpan={framework.roles.length + 1}>
                {section.label}
              </th>
            </tr>
            {section.rows.map((row) => (
              <tr key={row.skill.id}>
                <th scope="row" className={row.isSubtask ? 'targets__skill targets__skill--sub' : 'targets__skill'}>
                  {row.skill.name}
                </th>
                {framework.roles.map((role, i) => renderCell(row, i))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
