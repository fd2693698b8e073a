import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveMinCover, type CoverConstraint } from '@shared/analysis';
import { withoutImpliedRows } from '@shared/solver';

const satisfies = (counts: number[], constraints: CoverConstraint[]) =>
  constraints.every((c) => c.roles.reduce((sum, r) => sum + counts[r]!, 0) >= c.demand);

/** Every count vector up to `maxTotal` hires, smallest totals first: the obvious minimum. */
function bruteForceMinimum(roleCount: number, constraints: CoverConstraint[], maxTotal: number): number {
  for (let total = 0; total <= maxTotal; total++) {
    const vectors = (left: number, roles: number): number[][] =>
      roles === 1
        ? [[left]]
        : Array.from({ length: left + 1 }, (_, c) => vectors(left - c, roles - 1).map((v) => [c, ...v])).flat();
    if (vectors(total, roleCount).some((v) => satisfies(v, constraints))) return total;
  }
  return Infinity;
}

const instance = fc.integer({ min: 1, max: 4 }).chain((roleCount) =>
  fc.record({
    roleCount: fc.constant(roleCount),
    constraints: fc.array(
      fc.record({
        roles: fc.uniqueArray(fc.integer({ min: 0, max: roleCount - 1 }), { minLength: 1, maxLength: roleCount }),
        demand: fc.integer({ min: 0, max: 3 }),
      }),
      { maxLength: 8 },
    ),
  }),
);

describe('solveMinCover', () => {
  it('matches a brute-force minimum on small random instances', () => {
    fc.assert(
      fc.property(instance, ({ roleCount, constraints }) => {
        const solution = solveMinCover(roleCount, constraints);
        expect(solution.optimal).toBe(true);
        expect(satisfies(solution.counts, constraints)).toBe(true);
        expect(solution.total).toBe(solution.counts.reduce((a, b) => a + b, 0));
        expect(solution.total).toBe(bruteForceMinimum(roleCount, constraints, solution.total));
      }),
      { numRuns: 400 },
    );
  });

  it('beats greedy where greedy is not optimal', () => {
    // Greedy takes role 0 (covers three constraints) and still needs roles 1 and 2: 3 hires.
    // Roles 1 and 2 alone cover everything: 2 hires.
    const constraints: CoverConstraint[] = [
      { roles: [0, 1], demand: 1 },
      { roles: [0, 2], demand: 1 },
      { roles: [0, 1, 2], demand: 1 },
      { roles: [1], demand: 1 },
      { roles: [2], demand: 1 },
    ];
    expect(solveMinCover(3, constraints)).toEqual({ counts: [0, 1, 1], total: 2, optimal: true });
  });

  it('needs nothing for no demand, and refuses a demand no role can meet', () => {
    expect(solveMinCover(2, [{ roles: [0], demand: 0 }])).toEqual({ counts: [0, 0], total: 0, optimal: true });
    expect(() => solveMinCover(2, [{ roles: [], demand: 1 }])).toThrow(/never be met/);
  });

  it('names the row of a constraint that points outside the variables', () => {
    expect(() =>
      solveMinCover(2, [
        { roles: [0], demand: 1 },
        { roles: [5], demand: 1 },
      ]),
    ).toThrow(/row 1: variable 5 is outside 0…1/);
  });

  it('drops only rows another row implies (a subset of its variables with at least its demand)', () => {
    const rows = [
      { vars: [0, 1, 2], demand: 2 }, // implied by [0, 1] ≥ 2
      { vars: [0, 1], demand: 2 },
      { vars: [1, 2], demand: 3 }, // kept: no subset with demand ≥ 3
      { vars: [1, 2, 40], demand: 3 }, // implied by [1, 2] ≥ 3 (variable 40 is in the second word)
      { vars: [40], demand: 1 },
      { vars: [0, 40], demand: 2 }, // kept: [40] asks for less
    ];
    expect(withoutImpliedRows(41, rows)).toEqual([rows[1], rows[2], rows[4], rows[5]]);
  });
});

describe('plans where every constraint names one role', () => {
  it('take each role at its largest demand, the minimum the integer program finds too', () => {
    const singles = fc.array(fc.record({ role: fc.nat({ max: 4 }), demand: fc.integer({ min: 1, max: 6 }) }), {
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(singles, (rows) => {
        const constraints: CoverConstraint[] = rows.map((r) => ({ roles: [r.role], demand: r.demand }));
        const solved = solveMinCover(5, constraints);
        const expected = [0, 1, 2, 3, 4].map((v) =>
          Math.max(0, ...rows.filter((r) => r.role === v).map((r) => r.demand)),
        );
        expect(solved.counts).toEqual(expected);
        // A row over two roles sends the same problem to HiGHS: the same total.
        const withPair = solveMinCover(5, [...constraints, { roles: [0, 1], demand: 1 }]);
        expect(withPair.total).toBe(bruteForceMinimum(5, [...constraints, { roles: [0, 1], demand: 1 }], 40));
        expect(solved.total).toBe(bruteForceMinimum(5, constraints, 40));
      }),
      { numRuns: 100 },
    );
  });
});
