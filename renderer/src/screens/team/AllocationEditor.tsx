import { useId } from 'react';
import { AREA_LABELS, type Framework } from '@shared/domain';
import { allocationTotal, engineeringShare, formatPercent, skillsByArea } from './team-model';

export const MAX_ALLOCATION = 100;

/** The message shown (and Save blocked) when the allocation is over 100 %; null when it is fine. */
export function allocationProblem(allocation: Record<string, number>): string | null {
  const total = allocationTotal(allocation);
  if (total > MAX_ALLOCATION + 1e-6) return `Time allocation adds up to ${formatPercent(total)} — at most 100 %`;
  if (Object.values(allocation).some((pct) => pct < 0 || pct > MAX_ALLOCATION))
    return 'Each share of time must be between 0 and 100 %';
  return null;
}

/**
 * Time allocation over the responsibilities, with a running total. A value that takes the
 * total over 100 % is kept as typed but flagged, and the editor refuses to save it.
 */
export function AllocationEditor({
  framework,
  allocation,
  threshold,
  scientist,
  onChange,
}: {
  framework: Framework;
  allocation: Record<string, number>;
  /** The organisation's engineering-load threshold (percent). */
  threshold: number;
  /** Whether the member's role is a data-science role (only they are flagged for engineering load). */
  scientist: boolean;
  onChange: (skillId: string, percent: number | null) => void;
}) {
  const id = useId();
  const groups = skillsByArea(framework, (s) => s.kind === 'responsibility');
  const total = allocationTotal(allocation);
  const problem = allocationProblem(allocation);
  const engineering = engineeringShare(allocation, framework);
  const over = total > MAX_ALLOCATION + 1e-6;
  /** Total without this responsibility: a value above 100 − rest is the one that overflows. */
  const flagged = (skillId: string) => {
    const pct = allocation[skillId] ?? 0;
    return pct < 0 || pct > MAX_ALLOCATION || (over && pct > 0 && total - pct < MAX_ALLOCATION + 1e-6) || false;
  };

  return (
    <section className="allocation" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="editor__section-title">
        Time allocation
      </h3>
      <p className="editor__hint">
        Share of working time on each responsibility, in steps of 5 %; no more than 100 % in all.
      </p>
      <div className="allocation__summary" aria-live="polite">
        <span className={`allocation__total${over ? ' allocation__total--over' : ''}`}>
          Total <strong data-testid="allocation-total">{formatPercent(total)}</strong> of 100 %
        </span>
        <span
          className={`allocation__eng${scientist && engineering > threshold + 1e-6 ? ' allocation__eng--over' : ''}`}
        >
          Engineering share <strong data-testid="engineering-share">{formatPercent(engineering)}</strong>
          {scientist ? ` (threshold ${formatPercent(threshold)})` : ''}
        </span>
      </div>
      {problem ? (
        <p className="allocation__problem" role="alert" id={`${id}-problem`}>
          {problem}
        </p>
      ) : null}
      {groups.map((group) => (
        <fieldset key={group.area} className={`allocation__area assessment__area--${group.area}`}>
          <legend className="assessment__area-title">{AREA_LABELS[group.area]}</legend>
          {group.skills.map(({ skill, depth }) => {
            const invalid = flagged(skill.id);
            return (
              <label
                key={skill.id}
                className={`allocation__row${depth === 1 ? ' allocation__row--sub' : ''}`}
                htmlFor={`${id}-${skill.id}`}
              >
                <span className="allocation__name">{skill.name}</span>
                <span className="allocation__input">
                  <input
                    id={`${id}-${skill.id}`}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={100}
                    step={5}
                    data-skill-id={skill.id}
                    value={allocation[skill.id] ?? ''}
                    placeholder="0"
                    aria-invalid={invalid || undefined}
                    aria-describedby={invalid && problem ? `${id}-problem` : undefined}
                    onChange={(event) => {
                      const raw = event.target.value.trim();
                      if (raw === '') return onChange(skill.id, null);
                      const pct = Number(raw);
                      if (Number.isFinite(pct)) onChange(skill.id, pct);
                    }}
                  />
                  <span aria-hidden="true">%</span>
                </span>
              </label>
            );
          })}
        </fieldset>
      ))}
    </section>
  );
}
