import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costOf, isSeparable, maximiseValue, valueMethod, valueOf, type ValueProblem } from '@shared/solver';

/*
 * The budgeted plan's solver against brute force: every count of every variable within the
 * budget tried, on small random problems, both when the value is separable (the knapsack)
 * and when terms share variables (the integer program).
 */

const problemArb: fc.Arbitrary<ValueProblem> = fc.integer({ min: 1, max: 4 }).chain((n) =>
  fc.record({
    variables: fc.array(fc.record({ cost: fc.integer({ min: 0, max: 4 }), max: fc.integer({ min: 0, max: 3 }) }), {
      minLength: n,
      maxLength: n,
    }),
    terms: fc.array(
      fc.record({
        vars: fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 1, maxLength: n }),
        cap: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.double({ min: 0.1, max: 3, noNaN: true })),
        perUnit: fc.constantFrom(0, 1, 3, 2.5),
        firstBonus: fc.constantFrom(0, 0, 10),
      }),
      { maxLength: 6 },
    ),
  }),
);

function bruteForce(problem: ValueProblem, budget: number): number {
  let best = 0;
  const counts = problem.variables.map(() => 0);
  const walk = (v: number) => {
    if (v === counts.length) {
      if (costOf(problem, counts) <= budget) best = Math.max(best, valueOf(problem, counts));
      return;
    }
    for (let k = 0; k <= problem.variables[v]!.max; k++) {
      counts[v] = k;
      walk(v + 1);
    }
    counts[v] = 0;
  };
  walk(0);
  return best;
}

/** Terms of one variable each, plus terms over one shared pool (as the engineering load is). */
const pooledArb: fc.Arbitrary<ValueProblem> = fc.integer({ min: 2, max: 4 }).chain((n) =>
  fc
    .record({
      variables: fc.array(fc.record({ cost: fc.integer({ min: 0, max: 3 }), max: fc.integer({ min: 0, max: 3 }) }), {
        minLength: n,
        maxLength: n,
      }),
      own: fc.array(
        fc.record({
          v: fc.integer({ min: 0, max: n - 1 }),
          cap: fc.integer({ min: 1, max: 3 }),
          perUnit: fc.constantFrom(1, 3),
          firstBonus: fc.constantFrom(0, 10),
        }),
        { maxLength: 5 },
      ),
      pool: fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 2, maxLength: n }),
      shared: fc.array(
        fc.record({ cap: fc.double({ min: 0.2, max: 3, noNaN: true }), perUnit: fc.constantFrom(1, 2) }),
        {
          minLength: 1,
          maxLength: 2,
        },
      ),
    })
    .map(({ variables, own, pool, shared }) => ({
      // Distinct costs keep the pool's variables from merging into one.
      variables: variables.map((v, i) => ({ cost: v.cost + 4 * i, max: v.max })),
      terms: [
        ...own.map((t) => ({ vars: [t.v], cap: t.cap, perUnit: t.perUnit, firstBonus: t.firstBonus })),
        ...shared.map((t) => ({ vars: pool, cap: t.cap, perUnit: t.perUnit, firstBonus: 0 })),
      ],
    })),
);

describe('maximiseValue', () => {
  it('equals brute force when terms share one pool of variables (the pooled knapsack)', () => {
    let pooled = 0;
    fc.assert(
      fc.property(pooledArb, fc.integer({ min: 0, max: 20 }), (problem, budget) => {
        if (valueMethod(problem, budget) === 'pooled-knapsack') pooled++;
        const budgets = Array.from({ length: budget + 1 }, (_, b) => b);
        maximiseValue(problem, budgets).forEach((s, b) => {
          expect(s.value).toBeCloseTo(bruteForce(problem, b), 9);
          expect(s.cost).toBeLessThanOrEqual(b);
          expect(valueOf(problem, s.counts)).toBeCloseTo(s.value, 9);
        });
      }),
      { numRuns: 200 },
    );
    // Not vacuous: most cases take the pooled path.
    expect(pooled).toBeGreaterThan(100);
  });

  it('equals brute force on small random problems, every budget', () => {
    fc.assert(
      fc.property(problemArb, fc.integer({ min: 0, max: 10 }), (problem, budget) => {
        const budgets = Array.from({ length: budget + 1 }, (_, b) => b);
        const solutions = maximiseValue(problem, budgets);
        solutions.forEach((s, b) => {
          // HiGHS proves the optimum up to its tolerance (1e-6).
          expect(s.value).toBeCloseTo(bruteForce(problem, b), 6);
          expect(s.cost).toBeLessThanOrEqual(b);
          expect(s.counts.every((k, v) => k >= 0 && k <= problem.variables[v]!.max)).toBe(true);
          expect(valueOf(problem, s.counts)).toBeCloseTo(s.value, 9);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('never loses value when the budget grows', () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        const values = maximiseValue(problem, [0, 1, 2, 3, 4, 5, 6, 8, 12]).map((s) => s.value);
        for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThanOrEqual(values[i - 1]! - 1e-9);
      }),
      { numRuns: 100 },
    );
  });

  it('treats two roles sharing one term as one variable, so the knapsack still applies', () => {
    const problem: ValueProblem = {
      variables: [
        { cost: 1, max: 5 },
        { cost: 1, max: 5 },
      ],
      terms: [{ vars: [0, 1], cap: 5, perUnit: 1, firstBonus: 0 }],
    };
    expect(isSeparable(problem)).toBe(false);
    const [three] = maximiseValue(problem, [3]);
    expect(three).toEqual({ counts: [3, 0], value: 3, cost: 3 });
  });

  it('counts two merged variables up to both their maxima, and gives each back its share', () => {
    // Found by the property above: merged, the two took one hire between them, not two.
    const problem: ValueProblem = {
      variables: [
        { cost: 0, max: 0 },
        { cost: 2, max: 1 },
        { cost: 2, max: 1 },
      ],
      terms: [{ vars: [1, 2], cap: 2, perUnit: 3, firstBonus: 0 }],
    };
    expect(maximiseValue(problem, [2, 4])).toEqual([
      { counts: [0, 1, 0], value: 3, cost: 2 },
      { counts: [0, 1, 1], value: 6, cost: 4 },
    ]);
  });

  it('prefers a single point of failure to a below-policy person, and drops hires that add nothing', () => {
    const problem: ValueProblem = {
      variables: [
        { cost: 1, max: 2 },
        { cost: 1, max: 2 },
      ],
      terms: [
        { vars: [0], cap: 2, perUnit: 3, firstBonus: 0 },
        { vars: [1], cap: 1, perUnit: 3, firstBonus: 10 },
      ],
    };
    expect(maximiseValue(problem, [1])[0]!.counts).toEqual([0, 1]);
    expect(maximiseValue(problem, [10])[0]!.counts).toEqual([2, 1]);
  });

  it('refuses a budget that is not a whole number', () => {
    expect(() => maximiseValue({ variables: [], terms: [] }, [1.5])).toThrow(/whole number/);
  });
});
