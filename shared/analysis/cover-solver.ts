/**
 * Exact minimum integer cover: choose how many hires of each role so that every
 * constraint ("at least `demand` hires among these roles") holds, with the fewest hires.
 *
 * Coverage gaps and the engineering-load requirement are both such constraints. The
 * problem is NP-hard in general, but frameworks have few roles (2–10) and demands are
 * small (the coverage policy, usually 2), so a depth-first search with dominance
 * reduction and a bound proves the optimum quickly. A node budget keeps pathological
 * inputs bounded; the result then says it is not proven optimal.
 */
export interface CoverConstraint {
  /** Indices of the roles that satisfy this constraint. */
  roles: readonly number[];
  demand: number;
}

export interface CoverSolution {
  /** Hires per role index. */
  counts: number[];
  total: number;
  /** False only when the search budget ran out before the optimum was proven. */
  optimal: boolean;
}

export const DEFAULT_SEARCH_BUDGET = 2_000_000;

interface Prepared {
  /** Role sets as sorted arrays, deduplicated (max demand kept), demand > 0. */
  constraints: { roles: number[]; demand: number }[];
}

function prepare(constraints: readonly CoverConstraint[]): Prepared {
  const byKey = new Map<string, { roles: number[]; demand: number }>();
  for (const c of constraints) {
    if (c.demand <= 0) continue;
    if (c.roles.length === 0) throw new Error('a constraint with no role can never be met');
    const roles = [...new Set(c.roles)].sort((a, b) => a - b);
    const key = roles.join(',');
    const existing = byKey.get(key);
    if (!existing || existing.demand < c.demand) byKey.set(key, { roles, demand: c.demand });
  }
  return { constraints: [...byKey.values()] };
}

/** Roles whose constraint set is contained in another role's set are never needed. */
function undominatedRoles(roleCount: number, constraints: Prepared['constraints']): number[] {
  const sets: Set<number>[] = Array.from({ length: roleCount }, () => new Set<number>());
  constraints.forEach((c, ci) => c.roles.forEach((r) => sets[r]!.add(ci)));
  const keep: number[] = [];
  for (let a = 0; a < roleCount; a++) {
    const setA = sets[a]!;
    if (setA.size === 0) continue;
    let dominated = false;
    for (let b = 0; b < roleCount && !dominated; b++) {
      if (a === b) continue;
      const setB = sets[b]!;
      if (setB.size < setA.size) continue;
      let subset = true;
      for (const ci of setA) {
        if (!setB.has(ci)) {
          subset = false;
          break;
        }
      }
      // Equal sets: keep the lower index so the choice is deterministic.
      if (subset && (setB.size > setA.size || b < a)) dominated = true;
    }
    if (!dominated) keep.push(a);
  }
  return keep;
}

function greedy(roleCount: number, roles: number[], constraints: Prepared['constraints']): number[] {
  const counts = new Array<number>(roleCount).fill(0);
  const residual = constraints.map((c) => c.demand);
  for (;;) {
    let bestRole = -1;
    let bestGain = 0;
    for (const r of roles) {
      let gain = 0;
      constraints.forEach((c, ci) => {
        if (residual[ci]! > 0 && c.roles.includes(r)) gain++;
      });
      if (gain > bestGain) {
        bestGain = gain;
        bestRole = r;
      }
    }
    if (bestRole < 0) return counts;
    counts[bestRole]!++;
    constraints.forEach((c, ci) => {
      if (residual[ci]! > 0 && c.roles.includes(bestRole)) residual[ci]!--;
    });
  }
}

export function solveMinCover(
  roleCount: number,
  input: readonly CoverConstraint[],
  budget: number = DEFAULT_SEARCH_BUDGET,
): CoverSolution {
  const { constraints } = prepare(input);
  const counts0 = new Array<number>(roleCount).fill(0);
  if (constraints.length === 0) return { counts: counts0, total: 0, optimal: true };

  const candidates = undominatedRoles(roleCount, constraints);
  // Roles that cover most constraints first: good solutions early, tighter bound.
  const coverCount = (r: number) => constraints.reduce((n, c) => n + (c.roles.includes(r) ? 1 : 0), 0);
  const order = [...candidates].sort((a, b) => coverCount(b) - coverCount(a) || a - b);
  const position = new Map(order.map((r, i) => [r, i]));
  // For each constraint, the last search position that can still add to it.
  const lastPos = constraints.map((c) => Math.max(...c.roles.map((r) => position.get(r) ?? -1)));
  const constraintsOfPos = order.map((r) =>
    constraints.map((c, ci) => (c.roles.includes(r) ? ci : -1)).filter((ci) => ci >= 0),
  );
  const closingAt = order.map((_, i) => lastPos.map((p, ci) => (p === i ? ci : -1)).filter((ci) => ci >= 0));

  let best = greedy(roleCount, order, constraints);
  let bestTotal = best.reduce((a, b) => a + b, 0);
  const residual = constraints.map((c) => c.demand);
  const current = new Array<number>(roleCount).fill(0);
  let nodes = 0;
  let exhausted = false;

  const search = (pos: number, total: number): void => {
    if (exhausted) return;
    if (++nodes > budget) {
      exhausted = true;
      return;
    }
    let maxResidual = 0;
    for (const r of residual) if (r > maxResidual) maxResidual = r;
    if (maxResidual === 0) {
      if (total < bestTotal) {
        bestTotal = total;
        best = [...current];
      }
      return;
    }
    if (pos >= order.length || total + maxResidual >= bestTotal) return;
    const role = order[pos]!;
    const mine = constraintsOfPos[pos]!;
    let hi = 0;
    for (const ci of mine) hi = Math.max(hi, residual[ci]!);
    hi = Math.min(hi, bestTotal - 1 - total);
    for (let c = hi; c >= 0; c--) {
      const saved = mine.map((ci) => residual[ci]!);
      for (const ci of mine) residual[ci] = Math.max(0, residual[ci]! - c);
      current[role] = c;
      let feasible = true;
      for (const ci of closingAt[pos]!) {
        if (residual[ci]! > 0) {
          feasible = false;
          break;
        }
      }
      if (feasible) search(pos + 1, total + c);
      mine.forEach((ci, k) => (residual[ci] = saved[k]!));
      current[role] = 0;
      if (exhausted) break;
    }
  };
  search(0, 0);
  return { counts: best, total: bestTotal, optimal: !exhausted };
}
