import type { BudgetPlan } from '@shared/analysis';

/** An x-axis label: "3" hires, or "250,000" money. */
export const stepLabel = (plan: BudgetPlan, limit: number): string =>
  plan.limit.kind === 'hires' ? String(limit) : Math.round(limit).toLocaleString('en');

/**
 * The chart's sentence: the first step that already reaches the whole value, and how much the
 * last paying step added — where the next hire stops paying.
 */
export function marginalSummary(plan: BudgetPlan): string {
  const { series } = plan;
  if (series.length < 2) return 'The plan needs no hire, so no limit changes it.';
  const top = series[series.length - 1]!.value;
  const full = series.findIndex((s) => s.value >= top - 1e-9);
  const unit = plan.limit.kind === 'hires' ? 'hires' : (plan.currency ?? 'of budget');
  const gains = series.slice(1).map((s, i) => s.value - series[i]!.value);
  const best = Math.max(...gains);
  const bestAt = gains.indexOf(best) + 1;
  return (
    `Value rises from 0 to ${top} by ${stepLabel(plan, series[full]!.limit)} ${unit}; ` +
    `the step to ${stepLabel(plan, series[bestAt]!.limit)} ${unit} adds the most (${Math.round(best * 100) / 100}), ` +
    `and beyond ${stepLabel(plan, series[full]!.limit)} ${unit} a further hire adds nothing.`
  );
}
