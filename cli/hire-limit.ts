import type { HireLimit, PlanningSettings } from '../shared/domain';
import { quoteCell } from '../shared/interchange/quote';
import { UserError } from './files';

/*
 * `--max-hires N` and `--budget AMOUNT`: the plan within a limit, as the app's Plan screen
 * sets it. A data file's own planning settings apply as they are (its costs per role, its
 * limit); an option replaces the limit for this run only.
 */

export const HIRE_LIMIT_OPTIONS = {
  'max-hires': { type: 'string' },
  budget: { type: 'string' },
} as const;

const MAX_HIRES = 1000;
const MAX_BUDGET = 1_000_000_000_000;

/**
 * parseArgs takes `--budget -5` for a missing value followed by an option and says so in
 * its own words; joined as `--budget=-5`, the value reaches the check below, which names it.
 */
export function joinLimitValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    if ((arg === '--max-hires' || arg === '--budget') && next !== undefined && /^-\d|^-\./.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

function limitOf(values: Record<string, unknown>): HireLimit | undefined {
  const hires = values['max-hires'] as string | undefined;
  const budget = values.budget as string | undefined;
  if (hires !== undefined && budget !== undefined) {
    throw new UserError('--max-hires and --budget are two kinds of limit: give one of them');
  }
  if (hires !== undefined) {
    const n = /^\s*\d+\s*$/.test(hires) ? Number(hires) : Number.NaN;
    if (!Number.isInteger(n) || n > MAX_HIRES) {
      throw new UserError(
        `--max-hires must be a whole number of hires from 0 to ${MAX_HIRES} (got ${quoteCell(hires)})`,
      );
    }
    return { kind: 'hires', hires: n };
  }
  if (budget !== undefined) {
    // Whole currency units: costs are counted in them, and a fraction would be shown rounded.
    const amount = /^\s*\d+\s*$/.test(budget) ? Number(budget) : Number.NaN;
    if (!Number.isFinite(amount) || amount > MAX_BUDGET) {
      throw new UserError(
        `--budget must be a whole amount of money from 0 to ${MAX_BUDGET.toLocaleString('en')}, digits only, in the currency of the data file's settings (got ${quoteCell(budget)})`,
      );
    }
    return { kind: 'money', amount };
  }
  return undefined;
}

/**
 * The planning settings of this run: the data file's, with the limit an option gives.
 * `--budget` needs costs per role, which only a data file's settings hold.
 */
export function planningFor(
  values: Record<string, unknown>,
  fromFile: PlanningSettings | undefined,
): PlanningSettings | undefined {
  const limit = limitOf(values);
  if (limit === undefined) return fromFile;
  if (limit.kind === 'money' && Object.keys(fromFile?.roleCosts ?? {}).length === 0) {
    throw new UserError(
      "--budget needs the yearly cost of each role, from the data file's settings (set them in the app's Settings); this file has none. Use --max-hires for a number of hires.",
    );
  }
  return { ...fromFile, hireLimit: limit };
}

/** Options of the limit given to another command than analyze: a mistake, not ignored. */
export function strayLimitOption(values: Record<string, unknown>): string | undefined {
  return Object.keys(HIRE_LIMIT_OPTIONS).find((o) => values[o] !== undefined);
}
