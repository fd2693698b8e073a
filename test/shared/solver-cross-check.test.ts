import GLPK from 'glpk.js/node';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { solveMinCover, type CoverConstraint } from '@shared/analysis';

/**
 * HiGHS against an independent solver (GLPK) on hiring problems shaped like the app's:
 * roles with random targets, skills with random required levels and gaps of the coverage
 * policy, and an engineering-load constraint over the engineering roles. The sizes span
 * 12–50 roles, where the old hand-written search was not exact (13 roles × 24 skills gave
 * 30 hires where 29 suffice).
 */

/** A small seeded generator (mulberry32): the same seed, the same instance. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A framework's cover constraints: which roles reach each skill's required level. */
function hiringInstance(seed: number, roleCount: number, skillCount: number): CoverConstraint[] {
  const next = random(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const targets = Array.from({ length: roleCount }, () => Array.from({ length: skillCount }, () => int(0, 4)));
  const constraints: CoverConstraint[] = [];
  for (let s = 0; s < skillCount; s++) {
    const required = int(2, 4);
    const roles = targets.flatMap((t, r) => (t[s]! >= required ? [r] : []));
    if (roles.length > 0) constraints.push({ roles, demand: int(1, 2) });
  }
  const engineering = Array.from({ length: roleCount }, (_, r) => r).filter(() => next() < 0.3);
  if (engineering.length > 0) constraints.push({ roles: engineering, demand: int(0, 4) });
  return constraints;
}

let glpk: Awaited<ReturnType<typeof GLPK>>;
beforeAll(async () => {
  glpk = await GLPK();
});

function glpkMinimum(roleCount: number, constraints: readonly CoverConstraint[]): number {
  const vars = Array.from({ length: roleCount }, (_, r) => `x${r}`);
  const result = glpk.solve(
    {
      name: 'hires',
      objective: { direction: glpk.GLP_MIN, name: 'total', vars: vars.map((name) => ({ name, coef: 1 })) },
      subjectTo: constraints
        .filter((c) => c.demand > 0)
        .map((c, i) => ({
          name: `c${i}`,
          vars: c.roles.map((r) => ({ name: `x${r}`, coef: 1 })),
          bnds: { type: glpk.GLP_LO, lb: c.demand, ub: 0 },
        })),
      bounds: vars.map((name) => ({ name, type: glpk.GLP_LO, lb: 0, ub: 0 })),
      generals: vars,
    },
    { msglev: glpk.GLP_MSG_OFF },
  );
  expect(result.result.status).toBe(glpk.GLP_OPT);
  return Math.round(result.result.z);
}

const satisfies = (counts: number[], constraints: readonly CoverConstraint[]) =>
  constraints.every((c) => c.roles.reduce((sum, r) => sum + counts[r]!, 0) >= c.demand);

describe('solveMinCover against GLPK', () => {
  // Sizes from the known bad cases of the old search, then up to the schema's 50 roles.
  const sizes: [roles: number, skills: number][] = [
    [12, 24],
    [13, 24],
    [16, 40],
    [24, 80],
    [50, 120],
  ];
  for (const [roleCount, skillCount] of sizes) {
    it(`finds the same minimum as GLPK with ${roleCount} roles × ${skillCount} skills`, () => {
      for (let seed = 1; seed <= 8; seed++) {
        const constraints = hiringInstance(seed * 1000 + roleCount, roleCount, skillCount);
        const solution = solveMinCover(roleCount, constraints);
        expect(satisfies(solution.counts, constraints), `seed ${seed}`).toBe(true);
        expect(solution.total, `seed ${seed}`).toBe(glpkMinimum(roleCount, constraints));
      }
    });
  }
});

describe('loading', () => {
  it('refuses to solve before loadSolver, with an error that says what to do', async () => {
    vi.resetModules();
    const fresh = await import('@shared/solver');
    expect(fresh.isSolverLoaded()).toBe(false);
    expect(() => fresh.minimiseCover(1, [{ vars: [0], demand: 1 }])).toThrow(fresh.SolverNotLoadedError);
    expect(() => fresh.minimiseCover(1, [{ vars: [0], demand: 1 }])).toThrow(/await loadSolver\(\)/);
    await fresh.loadSolver();
    expect(fresh.minimiseCover(1, [{ vars: [0], demand: 1 }])).toEqual({ values: [1], total: 1 });
  });

  it('says where it looked when the binary is not there', async () => {
    vi.resetModules();
    const fresh = await import('@shared/solver');
    await expect(fresh.loadSolver({ wasm: '/nonexistent/highs.wasm' })).rejects.toThrow(/\/nonexistent\/highs\.wasm/);
  });
});
