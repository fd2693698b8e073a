import type { Analysis, Hire } from '@shared/analysis';
import type { Framework } from '@shared/domain';
import { DataTable } from '@renderer/components/common/DataTable';

/*
 * The read-only half of the hiring plan: recommended hires, upskilling alternatives,
 * residual gaps and the article's team-structure advice, all straight from the analysis.
 */

const PRIORITY_LABEL: Record<Hire['priority'], string> = { high: 'High', medium: 'Medium', low: 'Low' };

const fte = (value: number): string => (Math.round(value * 100) / 100).toString();

export function RecommendedHires({ analysis }: { analysis: Analysis }) {
  const { plan, summary } = analysis;
  return (
    <section className="plan-section" aria-labelledby="plan-hires-title">
      <h2 id="plan-hires-title" className="plan-section__title">
        Recommended hires
      </h2>
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
            {plan.byRole.map((r) => `${r.count} ${r.roleName.toLowerCase()}`).join(', ')}). This is proven to be the
            fewest hires that close every gap a hire can close.
          </p>
          <ol className="hire-list" aria-label="Recommended hires">
            {plan.hires.map((hire) => (
              <HireCard key={hire.number} hire={hire} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function HireCard({ hire }: { hire: Hire }) {
  return (
    <li className="hire-card" data-role={hire.roleId}>
      <header className="hire-card__header">
        <span className="hire-card__number" aria-label={`Hire ${hire.number}`}>
          {hire.number}
        </span>
        <h3 className="hire-card__role">{hire.roleName}</h3>
        <span className={`priority priority--${hire.priority}`}>{PRIORITY_LABEL[hire.priority]} priority</span>
      </header>
      <dl className="hire-card__facts">
        <div>
          <dt>Product team</dt>
          <dd>{hire.productTeam ?? 'Any'}</dd>
        </div>
        <div>
          <dt>Absorbs engineering work</dt>
          <dd>{hire.absorbsFte > 0 ? `${fte(hire.absorbsFte)} FTE` : 'None (coverage hire)'}</dd>
        </div>
      </dl>
      {hire.screenFor.length > 0 ? (
        <div className="hire-card__screen">
          <h4>Screen candidates for</h4>
          <ul className="screen-list">
            {hire.screenFor.map((s) => (
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
          {hire.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      </div>
    </li>
  );
}

export function UpskillingAlternatives({ analysis, framework }: { analysis: Analysis; framework: Framework }) {
  const { upskilling, upskillingNotListed } = analysis.plan;
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
            header={['Member', 'Skill', 'Current level', 'Level needed']}
            rows={upskilling.map((u) => [u.name, u.skillName, levelName(u.currentLevel), levelName(u.requiredLevel)])}
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

const SIZE_LABEL = { small: 'Small', medium: 'Medium', large: 'Large' } as const;

export function StructureAdvice({ analysis }: { analysis: Analysis }) {
  const { structure } = analysis.separation;
  const teams = [
    { key: 'ds', title: 'Data science', advice: structure.dataScience },
    { key: 'de', title: 'Data engineering', advice: structure.dataEngineering },
  ];
  const productTeams = analysis.organisation.productTeams.length;
  return (
    <section className="plan-section" aria-labelledby="plan-structure-title">
      <h2 id="plan-structure-title" className="plan-section__title">
        Team structure
      </h2>
      <p className="plan-lead">
        Size class: <strong>{SIZE_LABEL[structure.sizeClass]}</strong>{' '}
        {structure.derived
          ? `(from ${productTeams} product ${productTeams === 1 ? 'team' : 'teams'})`
          : '(set in the settings)'}
      </p>
      <div className="structure-grid">
        {teams.map(({ key, title, advice }) => (
          <article key={key} className={`structure-card structure-card--${key}`}>
            <h3>{title}</h3>
            <p>{advice.summary}</p>
            <ul className="structure-units">
              {advice.units.map((unit) => (
                <li key={unit.name}>
                  <strong>{unit.name}</strong>: {unit.purpose}
                </li>
              ))}
            </ul>
            <blockquote className="structure-source">
              <p>{advice.source}</p>
            </blockquote>
          </article>
        ))}
      </div>
    </section>
  );
}
