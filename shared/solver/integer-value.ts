import { highs } from './load';

/*
 * The most value a limited budget buys: whole numbers of hires per variable (a role, or a
 * role for a product team), each hire costing whole units of the budget, where each "term"
 * (a gap, a share of engineering load) is worth a weight per person it gets up to its cap,
 * plus a bonus for its first person (a single point of failure closed). Every term's value
 * is concave in the people it gets, but the terms share variables, so in general this is an
 * integer program (HiGHS proves the optimum). When no term has two variables the value is a
 * sum of one function per variable and a multiple-choice knapsack (dynamic programming over
 * the budget) is exact, far cheaper, and answers every smaller budget in the same pass.
 */

export interface ValueVariable {
  /** Budget units one hire costs: 1 for a hire limit, whole currency units for money. */
  cost: number;
  /** Hires of this variable that can still add value (the sum of its terms' caps). */
  max: number;
}

export interface ValueTerm {
  vars: readonly number[];
  /** People (or FTE) the term can take; more add nothing. */
  cap: number;
  /** Value of each person up to the cap. */
  perUnit: number;
  /** Value added by the first person (0 for none). */
  firstBonus: number;
}

export interface ValueProblem {
  variables: readonly ValueVariable[];
  terms: readonly ValueTerm[];
}

export interface ValueSolution {
  counts: number[];
  value: number;
  cost: number;
}

/** Values closer than this are equal (sums of the same weights in another order). */
export const VALUE_TOLERANCE = 1e-9;

/** Past this many cells (variables × budget units × hires) the knapsack hands over to HiGHS. */
const KNAPSACK_CELL_LIMIT = 20_000_000;

export function termValue(term: ValueTerm, people: number): number {
  if (people <= 0) return 0;
  return term.perUnit * Math.min(people, term.cap) + term.firstBonus;
}

/** How many people each term gets from `counts`. */
export function termPeople(problem: ValueProblem, counts: readonly number[]): number[] {
  return problem.terms.map((t) => t.vars.reduce((n, v) => n + counts[v]!, 0));
}

export function valueOf(problem: ValueProblem, counts: readonly number[]): number {
  const people = termPeople(problem, counts);
  return problem.terms.reduce((sum, t, i) => sum + termValue(t, people[i]!), 0);
}

export function costOf(problem: ValueProblem, counts: readonly number[]): number {
  return problem.variables.reduce((sum, v, i) => sum + v.cost * counts[i]!, 0);
}

/** True when every term has at most one variable: the value is a sum per variable. */
export function isSeparable(problem: ValueProblem): boolean {
  return problem.terms.every((t) => new Set(t.vars).size <= 1);
}

/**
 * Hires that add nothing are dropped, last variable first: an optimum with fewer hires (and
 * less cost) is the one worth showing.
 */
function withoutIdleHires(problem: ValueProblem, counts: number[]): number[] {
  const value = valueOf(problem, counts);
  for (let v = counts.length - 1; v >= 0; v--) {
    while (counts[v]! > 0) {
      counts[v]!--;
      if (valueOf(problem, counts) < value - VALUE_TOLERANCE) {
        counts[v]!++;
        break;
      }
    }
  }
  return counts;
}

function solution(problem: ValueProblem, counts: number[]): ValueSolution {
  const kept = withoutIdleHires(problem, counts);
  return { counts: kept, value: valueOf(problem, kept), cost: costOf(problem, kept) };
}

/** The multiple-choice knapsack's table: best value per budget up to `budget`, and the choices. */
interface KnapsackTable {
  best: Float64Array;
  /** Hires of variable v chosen at budget b, in row v. */
  choice: Int32Array;
  budget: number;
}

function knapsack(problem: ValueProblem, budget: number): KnapsackTable {
  const n = problem.variables.length;
  const width = budget + 1;
  // One function per variable: the value of its first k hires.
  const termsOf: ValueTerm[][] = problem.variables.map(() => []);
  for (const t of problem.terms) if (t.vars.length > 0) termsOf[t.vars[0]!]!.push(t);
  let best = new Float64Array(width);
  let next = new Float64Array(width);
  const choice = new Int32Array(n * width);
  for (let v = 0; v < n; v++) {
    const { cost, max } = problem.variables[v]!;
    const limit = cost === 0 ? max : Math.min(max, Math.floor(budget / cost));
    const gain = Array.from({ length: limit + 1 }, (_, k) => termsOf[v]!.reduce((sum, t) => sum + termValue(t, k), 0));
    for (let b = 0; b < width; b++) {
      let top = best[b]!;
      let pick = 0;
      for (let k = 1; k <= limit && k * cost <= b; k++) {
        const candidate = best[b - k * cost]! + gain[k]!;
        if (candidate > top + VALUE_TOLERANCE) {
          top = candidate;
          pick = k;
        }
      }
      next[b] = top;
      choice[v * width + b] = pick;
    }
    [best, next] = [next, best];
  }
  return { best, choice, budget };
}

function fromTable(problem: ValueProblem, table: KnapsackTable, budget: number): ValueSolution {
  const width = table.budget + 1;
  const counts = new Array<number>(problem.variables.length).fill(0);
  let b = Math.min(budget, table.budget);
  for (let v = problem.variables.length - 1; v >= 0; v--) {
    const k = table.choice[v * width + b]!;
    counts[v] = k;
    b -= k * problem.variables[v]!.cost;
  }
  return solution(problem, counts);
}

const num = (x: number) => (Number.isInteger(x) ? String(x) : x.toPrecision(15));

/** The integer program as CPLEX LP text: maximise the terms' value within the budget. */
export function valueModelText(problem: ValueProblem, budget: number): string {
  const objective: string[] = [];
  const rows: string[] = [];
  const bounds: string[] = [];
  problem.terms.forEach((t, i) => {
    if (t.vars.length === 0) return;
    const sum = t.vars.map((v) => ` - x${v}`).join('');
    if (t.perUnit > 0) {
      objective.push(`${num(t.perUnit)} u${i}`);
      rows.push(` cu${i}: u${i}${sum} <= 0`);
      bounds.push(` 0 <= u${i} <= ${num(t.cap)}`);
    }
    if (t.firstBonus > 0) {
      objective.push(`${num(t.firstBonus)} f${i}`);
      rows.push(` cf${i}: f${i}${sum} <= 0`);
      bounds.push(` 0 <= f${i} <= 1`);
    }
  });
  const vars = problem.variables.map((_, v) => `x${v}`);
  const spend = problem.variables.map((v, i) => `${num(v.cost)} x${i}`).join(' + ');
  problem.variables.forEach((v, i) => bounds.push(` 0 <= x${i} <= ${v.max}`));
  return [
    'Maximize',
    ` value: ${objective.length > 0 ? objective.join(' + ') : '0 x0'}`,
    'Subject To',
    ...rows,
    ` budget: ${spend} <= ${budget}`,
    'Bounds',
    ...bounds,
    'Generals',
    ` ${vars.join(' ')}`,
    'End',
  ].join('\n');
}

function integerProgram(problem: ValueProblem, budget: number): ValueSolution {
  const result = highs().solve(valueModelText(problem, budget), { output_flag: false, mip_rel_gap: 0 });
  if (result.Status !== 'Optimal') {
    throw new Error(`The budgeted plan's integer program ended with status "${result.Status}" instead of an optimum`);
  }
  const counts = problem.variables.map((_, v) => Math.round(result.Columns[`x${v}`]?.Primal ?? 0));
  if (costOf(problem, counts) > budget) throw new Error('HiGHS returned a budgeted plan over the budget');
  return solution(problem, counts);
}

function check(problem: ValueProblem, budget: number): void {
  if (!Number.isInteger(budget) || budget < 0) throw new Error(`budget must be a whole number ≥ 0, got ${budget}`);
  problem.variables.forEach((v, i) => {
    if (!Number.isInteger(v.cost) || v.cost < 0) throw new Error(`variable ${i}: cost must be a whole number ≥ 0`);
    if (!Number.isInteger(v.max) || v.max < 0) throw new Error(`variable ${i}: max must be a whole number ≥ 0`);
  });
  problem.terms.forEach((t, i) => {
    for (const v of t.vars) {
      if (!Number.isInteger(v) || v < 0 || v >= problem.variables.length) {
        throw new Error(`term ${i}: variable ${v} is outside 0…${problem.variables.length - 1}`);
      }
    }
  });
}

/**
 * Variables in the same terms at the same cost are interchangeable: one variable stands for
 * them all (its hires go to the first), so that two engineering roles sharing the load
 * leave the value separable. Variables in no term are left out.
 */
function merged(problem: ValueProblem): { reduced: ValueProblem; standsFor: number[][] } {
  const termsOf: number[][] = problem.variables.map(() => []);
  problem.terms.forEach((t, i) => {
    for (const v of new Set(t.vars)) termsOf[v]!.push(i);
  });
  const classOf = new Map<string, number>();
  const standsFor: number[][] = [];
  const newIndex = new Array<number>(problem.variables.length).fill(-1);
  const variables: ValueVariable[] = [];
  problem.variables.forEach((v, i) => {
    if (termsOf[i]!.length === 0 || v.max === 0) return;
    const key = `${v.cost}:${termsOf[i]!.join(',')}`;
    let at = classOf.get(key);
    if (at === undefined) {
      at = variables.length;
      classOf.set(key, at);
      standsFor.push([]);
      variables.push({ cost: v.cost, max: 0 });
    }
    newIndex[i] = at;
    standsFor[at]!.push(i);
    // The same terms, the same cost: hires of either count alike, up to both their maxima.
    variables[at] = { cost: v.cost, max: variables[at]!.max + v.max };
  });
  const terms = problem.terms.map((t) => ({
    ...t,
    vars: [...new Set(t.vars.map((v) => newIndex[v]!).filter((v) => v >= 0))],
  }));
  return { reduced: { variables, terms }, standsFor };
}

/**
 * The best plan within each budget of `budgets` (whole units), exactly: one knapsack pass for
 * all of them when the value is separable and the table small, else one integer program each.
 */
export function maximiseValue(problem: ValueProblem, budgets: readonly number[]): ValueSolution[] {
  for (const b of budgets) check(problem, b);
  if (budgets.length === 0) return [];
  const { reduced, standsFor } = merged(problem);
  return solveReduced(reduced, budgets).map((s) => {
    const counts = new Array<number>(problem.variables.length).fill(0);
    // A merged count goes back to the variables it stands for, each up to its own maximum.
    s.counts.forEach((k, v) => {
      let left = k;
      for (const original of standsFor[v]!) {
        const take = Math.min(left, problem.variables[original]!.max);
        counts[original] = take;
        left -= take;
      }
    });
    return { counts, value: s.value, cost: s.cost };
  });
}

/** How `maximiseValue` solves a problem (after merging interchangeable variables). */
export type ValueMethod = 'knapsack' | 'pooled-knapsack' | 'integer-program';

/**
 * The variables every term with more than one variable shares, when those terms all have the
 * same set (a pool, such as the engineering roles taking the load); null when they differ.
 */
function poolOf(problem: ValueProblem): number[] | null {
  let pool: number[] | null = null;
  for (const t of problem.terms) {
    if (t.vars.length <= 1) continue;
    const set = [...t.vars].sort((a, b) => a - b);
    if (pool === null) pool = set;
    else if (pool.length !== set.length || pool.some((v, i) => v !== set[i])) return null;
  }
  return pool;
}

function methodOf(problem: ValueProblem, top: number): ValueMethod {
  const pool = isSeparable(problem) ? [] : poolOf(problem);
  if (pool === null) return 'integer-program';
  const poolCap = pool.length === 0 ? 0 : poolSize(problem, pool);
  const cells = problem.variables.reduce(
    (n, v) => n + (top + 1) * (poolCap + 1) * Math.max(1, Math.min(v.max, top)),
    0,
  );
  if (cells > KNAPSACK_CELL_LIMIT) return 'integer-program';
  return pool.length === 0 ? 'knapsack' : 'pooled-knapsack';
}

/** People the pool's terms can take: more add nothing to them. */
function poolSize(problem: ValueProblem, pool: readonly number[]): number {
  return pool.length === 0
    ? 0
    : problem.terms.reduce((n, t) => (t.vars.length > 1 ? Math.max(n, Math.ceil(t.cap)) : n), 0);
}

/** How `maximiseValue` would solve `problem` for budgets up to `top` (for tests and the bench). */
export function valueMethod(problem: ValueProblem, top: number): ValueMethod {
  return methodOf(merged(problem).reduced, top);
}

/**
 * The knapsack with one more dimension: the people the pool has so far (capped where its
 * terms stop adding value). Exact when the terms with several variables all share one set:
 * the value is then a sum per variable plus one concave function of the pool's total.
 */
function pooledKnapsack(problem: ValueProblem, budgets: readonly number[]): ValueSolution[] {
  const top = Math.max(...budgets);
  const pool = poolOf(problem)!;
  const inPool = new Set(pool);
  const size = poolSize(problem, pool);
  const depth = size + 1;
  const width = (top + 1) * depth;
  const n = problem.variables.length;
  const own: ValueTerm[][] = problem.variables.map(() => []);
  const shared: ValueTerm[] = [];
  for (const t of problem.terms) {
    if (t.vars.length > 1) shared.push(t);
    else if (t.vars.length === 1) own[t.vars[0]!]!.push(t);
  }
  let best = new Float64Array(width).fill(Number.NEGATIVE_INFINITY);
  for (let b = 0; b <= top; b++) best[b * depth] = 0;
  let next = new Float64Array(width);
  const pickK = new Int32Array(n * width);
  const fromE = new Int32Array(n * width);
  for (let v = 0; v < n; v++) {
    const { cost, max } = problem.variables[v]!;
    const limit = cost === 0 ? max : Math.min(max, Math.floor(top / cost));
    const gain = Array.from({ length: limit + 1 }, (_, k) => own[v]!.reduce((sum, t) => sum + termValue(t, k), 0));
    const pooled = inPool.has(v);
    next.fill(Number.NEGATIVE_INFINITY);
    for (let b = 0; b <= top; b++) {
      for (let e = 0; e < depth; e++) {
        const here = best[b * depth + e]!;
        if (here === Number.NEGATIVE_INFINITY) continue;
        for (let k = 0; k <= limit && b + k * cost <= top; k++) {
          const e2 = pooled ? Math.min(size, e + k) : e;
          const at = (b + k * cost) * depth + e2;
          const candidate = here + gain[k]!;
          if (candidate > next[at]! + VALUE_TOLERANCE) {
            next[at] = candidate;
            pickK[v * width + at] = k;
            fromE[v * width + at] = e;
          }
        }
      }
    }
    [best, next] = [next, best];
  }
  const poolValue = (e: number) => shared.reduce((sum, t) => sum + termValue(t, e), 0);
  return budgets.map((budget) => {
    // The best end state with cost at most the budget.
    let at = -1;
    let top2 = Number.NEGATIVE_INFINITY;
    for (let b = 0; b <= budget; b++) {
      for (let e = 0; e < depth; e++) {
        const here = best[b * depth + e]!;
        if (here === Number.NEGATIVE_INFINITY) continue;
        const total = here + poolValue(e);
        if (total > top2 + VALUE_TOLERANCE) {
          top2 = total;
          at = b * depth + e;
        }
      }
    }
    const counts = new Array<number>(n).fill(0);
    for (let v = n - 1; v >= 0; v--) {
      const k = pickK[v * width + at]!;
      const e = fromE[v * width + at]!;
      counts[v] = k;
      const b = Math.floor(at / depth) - k * problem.variables[v]!.cost;
      at = b * depth + e;
    }
    return solution(problem, counts);
  });
}

function solveReduced(problem: ValueProblem, budgets: readonly number[]): ValueSolution[] {
  const top = Math.max(...budgets);
  const method = methodOf(problem, top);
  if (method === 'knapsack') {
    const table = knapsack(problem, top);
    return budgets.map((b) => fromTable(problem, table, b));
  }
  if (method === 'pooled-knapsack') return pooledKnapsack(problem, budgets);
  return budgets.map((b) => integerProgram(problem, b));
}
