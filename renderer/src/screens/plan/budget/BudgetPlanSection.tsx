import type { Analysis, BudgetPlan } from '@shared/analysis';
import type { AppData } from '@shared/data';
import { budgetLines, noHiresText } from '@shared/reports/budget-rows';
import { countOf, formatCount } from '@shared/analysis/text';
import { CappedList } from './CappedList';
import { LimitForm } from './LimitForm';
import { MarginalValueChart } from './MarginalValueChart';
import './budget.css';

/*
 * "Plan within your limit": the manager sets a number of hires or a budget, and sees the best
 * hires within it, what they close, what stays open, and the value of each further hire.
 */

const hireTitle = (h: BudgetPlan['hires'][number]): string =>
  `${h.count > 1 ? `${h.count} × ` : ''}${h.roleName}${h.productTeam ? ` for ${h.productTeam}` : ''}`;

export function BudgetPlanSection({ data, analysis }: { data: AppData; analysis: Analysis }) {
  const plan = analysis.budgetPlan;
  return (
    <section className="plan-section budget-plan" aria-labelledby="plan-budget-title">
      <header className="plan-section__header">
        <h2 id="plan-budget-title" className="plan-section__title">
          Plan within your limit
        </h2>
      </header>
      <p className="plan-lead">
        Only so many requisitions, or so much money? Set the limit: Gapwise finds the hires that close the most within
        it, single points of failure first, then people below policy, then engineering work taken off scientists.
      </p>
      <LimitForm data={data} />
      {plan ? <BudgetResult plan={plan} /> : null}
    </section>
  );
}

function BudgetResult({ plan }: { plan: BudgetPlan }) {
  return (
    <div className="budget-plan__result">
      <ul className="budget-plan__lines" aria-label="Within the limit">
        {budgetLines(plan).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div className="plan__columns">
        <div>
          <h3 className="budget-plan__subtitle">Hires within the limit</h3>
          {plan.hires.length === 0 ? (
            <p className="plan-muted">{noHiresText(plan)}</p>
          ) : (
            <CappedList
              label="Hires within the limit"
              ordered
              lines={plan.hires.map((h) => ({
                key: `${h.roleId}\u0000${h.productTeam ?? ''}`,
                content: hireTitle(h),
                count: h.count,
              }))}
              more={(hidden) => {
                const n = hidden.reduce((sum, line) => sum + (line.count ?? 1), 0);
                return `…and ${countOf(n, 'more hire', 'more hires')}. The plan's exports list every one.`;
              }}
            />
          )}
        </div>
        <div>
          <h3 className="budget-plan__subtitle">Left open</h3>
          {plan.open.length === 0 ? (
            <p className="plan-muted">Nothing stays open: every gap the plan can close is closed.</p>
          ) : (
            <CappedList
              label="Left open"
              lines={plan.open.map((g) => ({
                key: `${g.skillId}\u0000${g.productTeam ?? ''}`,
                content: `${g.name}${g.productTeam ? ` in ${g.productTeam}` : ''}: ${formatCount(g.open)} more needed${g.singlePoint ? ' (still a single point of failure)' : ''}`,
              }))}
              more={(hidden) =>
                `…and ${countOf(hidden.length, 'more gap', 'more gaps')} left open. The plan's exports list every one.`
              }
            />
          )}
        </div>
      </div>
      <MarginalValueChart plan={plan} />
    </div>
  );
}
