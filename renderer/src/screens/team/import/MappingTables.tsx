import { useId } from 'react';
import { AREA_LABELS, type Framework } from '@shared/domain';
import { unmatchedReason } from '@shared/interchange/layout';
import type { ColumnMapping, ColumnTarget, SheetLayout } from '@shared/interchange/types';
import '@renderer/components/common/table-scroll.css';

const FIELDS: { value: string; label: string; target: ColumnTarget }[] = [
  { value: 'ignore', label: 'Ignore this column', target: { kind: 'ignore' } },
  { value: 'name', label: 'Name', target: { kind: 'name' } },
  { value: 'title', label: 'Title', target: { kind: 'title' } },
  { value: 'role', label: 'Role', target: { kind: 'role' } },
  { value: 'productTeam', label: 'Product team', target: { kind: 'productTeam' } },
  { value: 'fte', label: 'FTE', target: { kind: 'fte' } },
];

const valueOf = (target: ColumnTarget): string =>
  target.kind === 'skill' ? `skill:${target.skillIds[0]}` : target.kind;

function targetOf(value: string): ColumnTarget {
  if (value.startsWith('skill:')) return { kind: 'skill', skillIds: [value.slice('skill:'.length)] };
  return FIELDS.find((f) => f.value === value)?.target ?? { kind: 'ignore' };
}

function howMatched(layout: SheetLayout, column: ColumnMapping, framework: Framework): string {
  switch (column.matchedBy) {
    case 'name':
      return 'Skill name';
    case 'id':
      return 'Skill id';
    case 'alias':
      return 'Another name of the skill';
    case 'field':
      return 'Known column';
    case 'user':
      return column.target.kind === 'ignore' ? 'Ignored by you' : 'Chosen by you';
    default:
      return unmatchedReason(layout, column, framework) || 'Not matched';
  }
}

/** Every column of the sheet, what it was matched to and why; each match can be changed. */
export function ColumnMappingTable({
  layout,
  framework,
  onChange,
}: {
  layout: SheetLayout;
  framework: Framework;
  onChange: (index: number, target: ColumnTarget) => void;
}) {
  const id = useId();
  const areas = Array.from(new Set(framework.skills.map((s) => s.area)));
  return (
    <div className="table-scroll import__columns" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="data-table">
        <caption id={`${id}-caption`}>Columns</caption>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Read as</th>
            <th scope="col">Matched by</th>
          </tr>
        </thead>
        <tbody>
          {layout.columns.map((column) => {
            const unmatched = column.target.kind === 'ignore' && column.header.trim() !== '';
            return (
              <tr key={column.index} className={unmatched ? 'import__unmatched' : undefined}>
                <th scope="row">{column.header || `(column ${column.index + 1}, no header)`}</th>
                <td>
                  <select
                    aria-label={`Read column "${column.header || column.index + 1}" as`}
                    value={valueOf(column.target)}
                    onChange={(e) => onChange(column.index, targetOf(e.target.value))}
                  >
                    {FIELDS.map((f) => (
                      <option key={f.value} value={f.value}>
                        {f.label}
                      </option>
                    ))}
                    {areas.map((area) => (
                      <optgroup key={area} label={AREA_LABELS[area]}>
                        {framework.skills
                          .filter((s) => s.area === area && !s.retired)
                          .map((s) => (
                            <option key={s.id} value={`skill:${s.id}`}>
                              {s.name}
                            </option>
                          ))}
                      </optgroup>
                    ))}
                  </select>
                </td>
                <td>{howMatched(layout, column, framework)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Level labels found in skill columns ("Expert", "Beginner"): each mapped to a level of the scale. */
export function LevelLabelTable({
  layout,
  framework,
  onChange,
}: {
  layout: SheetLayout;
  framework: Framework;
  onChange: (label: string, level: number | null) => void;
}) {
  const id = useId();
  const labels = Object.entries(layout.levelLabels).filter(([label]) => !/^\d+(\.0+)?$/.test(label));
  if (labels.length === 0) return null;
  return (
    <div className="table-scroll import__labels" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="data-table">
        <caption id={`${id}-caption`}>Level labels</caption>
        <thead>
          <tr>
            <th scope="col">Label in the file</th>
            <th scope="col">Level</th>
          </tr>
        </thead>
        <tbody>
          {labels.map(([label, level]) => (
            <tr key={label} className={level === null ? 'import__unmatched' : undefined}>
              <th scope="row">{label}</th>
              <td>
                <select
                  aria-label={`Level for "${label}"`}
                  value={level === null ? '' : String(level)}
                  onChange={(e) => onChange(label, e.target.value === '' ? null : Number(e.target.value))}
                >
                  <option value="">Not mapped (rows with it cannot be imported)</option>
                  {framework.scale.levels.map((l) => (
                    <option key={l.level} value={String(l.level)}>
                      {l.level} · {l.name}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
