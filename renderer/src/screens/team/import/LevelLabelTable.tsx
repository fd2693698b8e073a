import { useId } from 'react';
import type { Framework } from '@shared/domain';
import type { SheetLayout } from '@shared/interchange/types';
import '@renderer/components/common/table-scroll.css';

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
    <section className="import__section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Level labels</h3>
      <div className="table-scroll import__labels">
        <table className="data-table">
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
    </section>
  );
}
