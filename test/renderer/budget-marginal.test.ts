import { describe, expect, it } from 'vitest';
import type { BudgetPlan } from '@shared/analysis';
import { marginalSummary } from '@renderer/screens/plan/budget/marginal';

/* The marginal-value chart's sentence: the best step, and where more stops paying. */

const step = (limit: number, value: number) => ({
  limit,
  hires: limit,
  cost: null,
  gapsClosed: 0,
  singlePointsClosed: 0,
  fteAbsorbed: 0,
  value,
});

const planOf = (values: number[]): BudgetPlan =>
  ({ limit: { kind: 'hires', hires: 1 }, currency: null, series: values.map((v, i) => step(i, v)) }) as BudgetPlan;

describe('marginalSummary', () => {
  it('says where the next hire stops paying', () => {
    expect(marginalSummary(planOf([0, 40, 50, 50]))).toBe(
      'Value rises from 0 to 50; the step to 1 hire adds the most (40). From 2 hires on, more adds nothing.',
    );
  });

  it('says when every step still pays', () => {
    expect(marginalSummary(planOf([0, 10, 30]))).toBe(
      'Value rises from 0 to 30; the step to 2 hires adds the most (20). Every step up to 2 hires still adds value.',
    );
    expect(marginalSummary(planOf([0]))).toMatch(/needs no hire/);
  });
});
