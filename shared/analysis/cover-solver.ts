import { minimiseCover } from '../solver';

/**
 * Minimum integer cover: how many hires of each role so that every constraint ("at least
 * `demand` hires among these roles") holds, with the fewest hires in total.
 *
 * Coverage gaps and the engineering-load requirement are both such constraints. The
 * problem is NP-hard in general; frameworks the schema allows (up to 50 roles, 500 skills)
 * are solved exactly as an integer program by HiGHS (shared/solver), which proves the
 * optimum. A variable is a role today; a caller may make it a (role × product team) pair.
 */
export interface CoverConstraint {
  /** Indices of the variables (roles) that satisfy this constraint. */
  roles: readonly number[];
  demand: number;
}

export interface CoverSolution {
  /** Hires per variable (role) index. */
  counts: number[];
  total: number;
  /** Always true: the solver proves the minimum (kept so reports say so explicitly). */
  optimal: true;
}

/** Constraints with the same role set keep the largest demand; demand ≤ 0 asks for nothing. */
function prepare(constraints: readonly CoverConstraint[]): { vars: number[]; demand: number }[] {
  const byKey = new Map<string, { vars: number[]; demand: number }>();
  for (const c of constraints) {
    if (c.demand <= 0) continue;
    if (c.roles.length === 0) throw new Error('a constraint with no role can never be met');
    const vars = [...new Set(c.roles)].sort((a, b) => a - b);
    const key = vars.join(',');
    const existing = byKey.get(key);
    if (!existing || existing.demand < c.demand) byKey.set(key, { vars, demand: c.demand });
  }
  return [...byKey.values()];
}

/** The fewest hires meeting every constraint. Needs `loadSolver()` to have finished. */
export function solveMinCover(roleCount: number, input: readonly CoverConstraint[]): CoverSolution {
  const { values, total } = minimiseCover(roleCount, prepare(input));
  return { counts: values, total, optimal: true };
}
