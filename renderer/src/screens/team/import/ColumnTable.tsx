import { useId } from 'react';
import type { Framework } from '@shared/domain';
import { unmatchedReason } from '@shared/interchange/layout';
import { cellText } from '@shared/interchange/normalise';
import type { ColumnMapping, ColumnTarget, RawSheet, SheetLayout } from '@shared/interchange/types';
import { FIELD_TARGETS, targetGroups, targetOfValue, valueOfTarget, withSkill } from './column-targets';
import '@renderer/components/common/table-scroll.css';

const SAMPLES = 2;
const SAMPLE_LENGTH = 28;

/** The first few different values under a column's header, so the user sees what it holds. */
function samplesOf(sheet: RawSheet, layout: SheetLayout, index: number): string[] {
  const found: string[] = [];
  for (let r = layout.headerRow + 1; r < sheet.rows.length && found.length < SAMPLES; r += 1) {
    const text = cellText(sheet.rows[r]?.[index]).replace(/\s+/g, ' ');
    if (text === '' || found.includes(text)) continue;
    found.push(text.length > SAMPLE_LENGTH ? `${text.slice(0, SAMPLE_LENGTH - 1)}…` : text);
  }
  return found;
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
      return column.target.kind === 'allocation' ? 'Responsibility with %' : 'Known column';
    case 'user':
      return column.target.kind === 'ignore' ? 'Ignored by you' : 'Chosen by you';
    default:
      return unmatchedReason(layout, column, framework) || 'Not matched';
  }
}

const headerOf = (column: ColumnMapping) => column.header || `column ${column.index + 1}`;

/**
 * Every column of the sheet: a few of its values, what it is read as and why. Each can be
 * changed; a skill column can rate several skills of the framework.
 */
export function ColumnTable({
  sheet,
  layout,
  framework,
  onChange,
}: {
  sheet: RawSheet;
  layout: SheetLayout;
  framework: Framework;
  onChange: (index: number, target: ColumnTarget) => void;
}) {
  const id = useId();
  const groups = targetGroups(framework);
  const skillNames = new Map(framework.skills.map((s) => [s.id, s.name]));
  return (
    <section className="import__section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Columns</h3>
      <div className="table-scroll import__columns">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Values</th>
              <th scope="col">Read as</th>
              <th scope="col">Matched by</th>
            </tr>
          </thead>
          <tbody>
            {layout.columns.map((column) => {
              const { target } = column;
              const unmatched = target.kind === 'ignore' && column.header.trim() !== '' && column.matchedBy !== 'user';
              const header = headerOf(column);
              return (
                <tr key={column.index} className={unmatched ? 'import__unmatched' : undefined}>
                  <th scope="row">{column.header || `(column ${column.index + 1}, no header)`}</th>
                  <td className="import__samples">{samplesOf(sheet, layout, column.index).join(' · ') || '—'}</td>
                  <td>
                    <div className="import__target">
                      <select
                        aria-label={`Read column "${header}" as`}
                        value={valueOfTarget(target)}
                        onChange={(e) => onChange(column.index, targetOfValue(e.target.value, target))}
                      >
                        {FIELD_TARGETS.map((f) => (
                          <option key={f.value} value={f.value}>
                            {f.label}
                          </option>
                        ))}
                        {groups.map((group) => (
                          <optgroup key={group.label} label={group.label}>
                            {group.options.map((o) => (
                              <option key={o.value} value={o.value}>
                                {o.label}
                              </option>
                            ))}
                          </optgroup>
                        ))}
                      </select>
                      {target.kind === 'skill' ? (
                        <MoreSkills
                          header={header}
                          target={target}
                          framework={framework}
                          skillNames={skillNames}
                          onChange={(next) => onChange(column.index, next)}
                        />
                      ) : null}
                    </div>
                  </td>
                  <td>{howMatched(layout, column, framework)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The other skills a column rates ("Machine learning" → model training and tuning), each removable, and one more to add. */
function MoreSkills({
  header,
  target,
  framework,
  skillNames,
  onChange,
}: {
  header: string;
  target: ColumnTarget & { kind: 'skill' };
  framework: Framework;
  skillNames: Map<string, string>;
  onChange: (target: ColumnTarget) => void;
}) {
  const others = target.skillIds.slice(1);
  const addable = framework.skills.filter((s) => !s.retired && !target.skillIds.includes(s.id));
  return (
    <>
      {others.length > 0 ? (
        <ul className="import__more-skills" aria-label={`Column "${header}" also rates`}>
          {others.map((skillId) => (
            <li key={skillId}>
              {skillNames.get(skillId) ?? skillId}
              <button
                type="button"
                className="import__remove-skill"
                aria-label={`Stop reading "${header}" as ${skillNames.get(skillId) ?? skillId}`}
                onClick={() => onChange(withSkill(target, skillId, false))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <select
        aria-label={`Column "${header}" also rates`}
        className="import__add-skill"
        value=""
        onChange={(e) => {
          if (e.target.value !== '') onChange(withSkill(target, e.target.value, true));
        }}
      >
        <option value="">Also rates another skill…</option>
        {addable.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </>
  );
}
