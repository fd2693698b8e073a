import type { BudgetPlan } from '@shared/analysis';

/** An x-axis label: "3" hires, or "250,000" money. */
export const stepLabel = (plan: BudgetPlan, limit: number): string =>
  plan.limit.kind === 'hires' ? String(limit) : Math.round(limit).toLocaleString('en');

/**
 * The chart's sentence: which step adds the most, and where the next hire (or money) stops
 * adding value — the first step that already reaches all the value there is.
 */
export function marginalSummary(plan: BudgetPlan): string {
  const { series } = plan;
  if (series.length < 2) return 'The plan needs no hire, so no limit changes it.';
  const unit = (limit: number) =>
    plan.limit.kind === 'hires' ? (limit === 1 ? 'hire' : 'hires') : (plan.currency ?? 'of budget');
  const at = (i: number) => `${stepLabel(plan, series[i]!.limit)} ${unit(series[i]!.limit)}`;
  const top = series[series.length - 1]!.value;
  const full = series.findIndex((s) => s.value >= top - 1e-9);
  const gains = series.slice(1).map((s, i) => s.value - series[i]!.value);
  const most = gains.indexOf(Math.max(...gains)) + 1;
  const first = `Value rises from 0 to ${top}; the step to ${at(most)} adds the most (${Math.round(gains[most - 1]! * 100) / 100}).`;
  return full < series.length - 1
    ? `${first} From ${at(full)} on, more adds nothing.`
    : `${first} Every step up to ${at(full)} still adds value.`;
}
