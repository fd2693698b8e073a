import { groupHires, hireGroupTitle, type Analysis, type Hire, type HireGroup } from '@shared/analysis';
import type { Framework } from '@shared/domain';
import { DataTable } from '@renderer/components/common/DataTable';

/*
 * The read-only half of the hiring plan: recommended hires, upskilling alternatives,
 * residual gaps, all straight from the analysis (the structure advice is StructureAdviceSection).
 */

const PRIORITY_LABEL: Record<Hire['priority'], string> = { high: 'High', medium: 'Medium', low: 'Low' };

const fte = (value: number): string => (Math.round(value * 100) / 100).toString();

export function RecommendedHires({
  analysis,
  title = 'Recommended hires',
  id = 'plan-hires-title',
  level = 2,
}: {
  analysis: Analysis;
  /** A scenario's plan is shown under its own title, one heading level down. */
  title?: string;
  id?: string;
  level?: 2 | 3;
}) {
  const { plan, summary } = analysis;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="plan-section" aria-labelledby={id}>
      <Heading id={id} className="plan-section__title">
        {title}
      </Heading>
      {plan.hires.length === 0 ? (
        <div className="plan-empty">
          <p className="plan-empty__title">No hires needed</p>
          <p>
            {summary.members === 0
              ? 'The team has no members yet, so there is nothing to plan for: add the team first.'
              : summary.skillsWithGaps === summary.residualGaps && summary.scientistsOverThreshold === 0
                ? 'Every skill the roles need is covered as the coverage policy asks (or cannot be closed by a hire, see the residual gaps), and no data scientist carries more engineering work than the threshold.'
                : 'The remaining gaps are best closed by upskilling the members listed below.'}
          </p>
        </div>
      ) : (
        <>
          <p className="plan-lead">
            {plan.hires.length === 1 ? 'One hire' : `${plan.hires.length} hires`} (
            {plan.byRole
              .filter((r) => r.count > 0)
              .map((r) => `${r.count} × ${r.roleName}`)
              .join(', ')}
            ). This is proven to be the fewest hires that close every gap a hire can close, under these assumptions:
          </p>
          <ul className="plan-assumptions" aria-label="Assumptions of the plan">
            {plan.assumptions.map((assumption) => (
              <li key={assumption}>{assumption}</li>
            ))}
          </ul>
          <ol className="hire-list" aria-label={title}>
            {groupHires(plan.hires).map((group) => (
              <HireCard key={group.numbers[0]} group={group} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** "3", or "3–6" for a run of hires, or "3, 5 and 8". */
function numbersText(numbers: readonly number[]): string {
  if (numbers.length === 1) return String(numbers[0]);
  const run = numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1);
  return run ? `${numbers[0]}–${numbers.at(-1)}` : `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}

function HireCard({ group }: { group: HireGroup }) {
  const numbers = numbersText(group.numbers);
  return (
    <li className="hire-card" data-role={group.roleId} data-count={group.count}>
      <header className="hire-card__header">
        <span className="hire-card__number" aria-label={group.count === 1 ? `Hire ${numbers}` : `Hires ${numbers}`}>
          {numbers}
        </span>
        <h3 className="hire-card__role">{hireGroupTitle(group)}</h3>
        <span className={`priority priority--${group.priority}`}>{PRIORITY_LABEL[group.priority]} priority</span>
      </header>
      <dl className="hire-card__facts">
        <div>
          <dt>Product team</dt>
          <dd>{group.productTeam ?? 'Any'}</dd>
        </div>
        <div>
          <dt>Absorbs engineering work</dt>
          <dd>
            {group.absorbsFte > 0
              ? `${fte(group.absorbsFte)} FTE${group.count > 1 ? ' in all' : ''}`
              : 'None (coverage hire)'}
          </dd>
        </div>
      </dl>
      {group.screenFor.length > 0 ? (
        <div className="hire-card__screen">
          <h4>Screen candidates for</h4>
          <ul className="screen-list">
            {group.screenFor.map((s) => (
              <li key={s.skillId}>
                {s.name} <span className="screen-list__level">at {s.levelName}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="hire-card__reasons">
        <h4>Why</h4>
        <ul>
          {group.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      </div>
    </li>
  );
}

export function UpskillingAlternatives({ analysis, framework }: { analysis: Analysis; framework: Framework }) {
  const { upskilling, upskillingNotListed } = analysis.plan;
  // A caution column only when someone needs one.
  const cautions = upskilling.some((u) => u.caution);
  const levelName = (level: number) => {
    const name = framework.scale.levels[level]?.name;
    return name ? `${level} (${name})` : String(level);
  };
  return (
    <section className="plan-section" aria-labelledby="plan-upskilling-title">
      <h2 id="plan-upskilling-title" className="plan-section__title">
        Upskilling alternatives
      </h2>
      {upskilling.length === 0 ? (
        <p className="plan-muted">Nobody is one level short of a skill with a gap.</p>
      ) : (
        <>
          <p className="plan-lead">Members one level short of a skill with a gap: training them may replace a hire.</p>
          <DataTable
            caption="Upskilling alternatives"
            header={['Member', 'Skill', 'Current level', 'Level needed', ...(cautions ? ['Caution'] : [])]}
            rows={upskilling.map((u) => [
              u.name,
              u.skillName,
              levelName(u.currentLevel),
              levelName(u.requiredLevel),
              ...(cautions ? [u.caution ?? ''] : []),
            ])}
          />
          {upskillingNotListed > 0 ? (
            <p className="plan-muted">
              …and {upskillingNotListed} more {upskillingNotListed === 1 ? 'member' : 'members'} one level short.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

export function ResidualGaps({ analysis }: { analysis: Analysis }) {
  const { residualGaps } = analysis.plan;
  return (
    <section className="plan-section" aria-labelledby="plan-residual-title">
      <h2 id="plan-residual-title" className="plan-section__title">
        Residual gaps
      </h2>
      <p className="plan-lead">Gaps no hire in any role profile can close.</p>
      {residualGaps.length === 0 ? (
        <p className="plan-none">None</p>
      ) : (
        <DataTable
          caption="Residual gaps"
          header={['Skill', 'Gap (people)', 'Why no hire closes it']}
          numeric={[1]}
          rows={residualGaps.map((g) => [g.name, g.gap, g.reason])}
        />
      )}
    </section>
  );
}
