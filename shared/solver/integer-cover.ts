import { highs } from './load';

/** "The variables at these indices add up to at least `demand`." */
export interface CoverRow {
  vars: readonly number[];
  demand: number;
}

export interface IntegerSolution {
  /** Value of each variable, a non-negative integer. */
  values: number[];
  total: number;
}

// HiGHS options: silent, and a proven optimum (no relative gap left, whatever the size).
const OPTIONS = { output_flag: false, mip_rel_gap: 0 } as const;
// The LP format allows a row to continue on the next line; short lines keep the text tidy.
const TERMS_PER_LINE = 20;

const name = (v: number) => `x${v}`;

function sumText(vars: readonly number[]): string {
  const lines: string[] = [];
  for (let i = 0; i < vars.length; i += TERMS_PER_LINE) {
    lines.push(
      vars
        .slice(i, i + TERMS_PER_LINE)
        .map(name)
        .join(' + '),
    );
  }
  return lines.join('\n +');
}

/**
 * The integer program: minimise the sum of `variableCount` non-negative integer variables
 * subject to every row's sum ≥ its demand, as CPLEX LP text (what HiGHS reads).
 */
export function coverModelText(variableCount: number, rows: readonly CoverRow[]): string {
  const all = Array.from({ length: variableCount }, (_, v) => v);
  const out = ['Minimize', ` total: ${sumText(all)}`, 'Subject To'];
  rows.forEach((row, r) => out.push(` c${r}: ${sumText(row.vars)} >= ${row.demand}`));
  out.push('Bounds');
  for (const v of all) out.push(` ${name(v)} >= 0`);
  out.push('Generals', ` ${all.map(name).join(' ')}`, 'End');
  return out.join('\n');
}

/**
 * Rows another row already implies: a row whose variables include all of another row's and
 * whose demand is no larger is met whenever that one is. Dropping them changes no solution
 * and leaves HiGHS a smaller model (random frameworks at the schema's limits lose most rows).
 * Variable sets are bit sets, so a subset test is a few word operations.
 */
export function withoutImpliedRows(variableCount: number, rows: readonly CoverRow[]): CoverRow[] {
  const words = Math.ceil(variableCount / 32);
  const bits = rows.map((row) => {
    const set = new Uint32Array(words);
    for (const v of row.vars) set[v >>> 5]! |= 1 << (v & 31);
    return set;
  });
  const sizes = rows.map((_, r) => bits[r]!.reduce((n, w) => n + popcount(w), 0));
  // Smaller sets and larger demands first: a row can only be implied by one before it.
  const order = rows
    .map((_, r) => r)
    .sort((a, b) => sizes[a]! - sizes[b]! || rows[b]!.demand - rows[a]!.demand || a - b);
  const kept: number[] = [];
  for (const r of order) {
    const set = bits[r]!;
    const implied = kept.some((k) => {
      if (rows[k]!.demand < rows[r]!.demand) return false;
      const other = bits[k]!;
      for (let w = 0; w < words; w++) if ((other[w]! & ~set[w]!) !== 0) return false;
      return true;
    });
    if (!implied) kept.push(r);
  }
  return kept.sort((a, b) => a - b).map((r) => rows[r]!);
}

function popcount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * The exact minimum: HiGHS's branch and cut proves the optimum, so the total is the fewest
 * possible. Rows must be valid (integer demand ≥ 1, at least one variable, indices in range);
 * `minimiseCover` checks that.
 */
export function minimiseCover(variableCount: number, rows: readonly CoverRow[]): IntegerSolution {
  const values = new Array<number>(variableCount).fill(0);
  if (rows.length === 0) return { values, total: 0 };
  rows.forEach((row, r) => {
    if (!Number.isInteger(row.demand) || row.demand < 1) {
      throw new Error(`cover row ${r}: demand must be a whole number ≥ 1, got ${row.demand}`);
    }
    if (row.vars.length === 0) throw new Error(`cover row ${r}: a row with no variable can never be met`);
    for (const v of row.vars) {
      if (!Number.isInteger(v) || v < 0 || v >= variableCount) {
        throw new Error(`cover row ${r}: variable ${v} is outside 0…${variableCount - 1}`);
      }
    }
  });
  // Loaded or not, whatever the rows: a caller that forgot loadSolver learns it at once, not
  // on the first framework whose roles can stand in for each other.
  const solver = highs();
  // Every row on one variable: each variable's least value is its largest demand, and that
  // is the one optimum, so no solver is needed. The usual plan (every gap and the load closed
  // by one role) is this; HiGHS takes any plan where roles could stand in for each other.
  if (rows.every((row) => row.vars.length === 1)) {
    let total = 0;
    for (const row of rows) values[row.vars[0]!] = Math.max(values[row.vars[0]!]!, row.demand);
    for (const value of values) total += value;
    return { values, total };
  }
  const result = solver.solve(coverModelText(variableCount, withoutImpliedRows(variableCount, rows)), OPTIONS);
  if (result.Status !== 'Optimal') {
    throw new Error(`The hiring integer program ended with status "${result.Status}" instead of an optimum`);
  }
  let total = 0;
  for (let v = 0; v < variableCount; v++) {
    const column = result.Columns[name(v)];
    // Integral up to HiGHS's feasibility tolerance; a variable in no row may be absent.
    const value = column ? Math.round(column.Primal) : 0;
    values[v] = value;
    total += value;
  }
  rows.forEach((row, r) => {
    const sum = row.vars.reduce((s, v) => s + values[v]!, 0);
    if (sum < row.demand)
      throw new Error(`HiGHS returned a plan that leaves cover row ${r} short (${sum} < ${row.demand})`);
  });
  return { values, total };
}
