import { isUnstable, round, samplePair, spreadOf, type SampleOptions, type Timing } from './measure';

/*
 * One line of the bench's table: a timing beside its baseline from the same run, its target
 * and whether it met it. A figure whose runs (or its baseline's) spread by more than 25 % is
 * unstable: reported, not judged.
 */

export interface Target {
  maxMs?: number;
  maxRatio?: number;
}

export interface Figure {
  /** Stable id of the measurement, the same at every size (growth lines group by it). */
  id: string;
  label: string;
  /** What the baseline is, in words; empty when the figure has none. */
  baseline: string;
  /** Members in the organisation measured. */
  size: number;
  ms: Timing;
  baselineMs: Timing | null;
  /** median ÷ baseline median; null without a baseline. */
  ratio: number | null;
  target: Target;
  /** The size the target applies at (10,000 members unless the target says another). */
  targetSize: number;
  /** Judged only at `targetSize`, and only when stable: null otherwise. */
  met: boolean | null;
  unstable: boolean;
  /** Largest spread of the figure and its baseline, (max − min) ÷ median. */
  spread: number;
}

export const TARGET_SIZE = 10_000;

export interface FigureInput {
  id: string;
  label: string;
  baseline?: string;
  size: number;
  ms: Timing;
  baselineMs?: Timing | null;
  target?: Target;
  targetSize?: number;
}

export function figureOf(input: FigureInput): Figure {
  const { id, label, size, ms, target = {}, targetSize = TARGET_SIZE } = input;
  const baselineMs = input.baselineMs ?? null;
  const ratio = baselineMs === null ? null : baselineMs.median > 0 ? round(ms.median / baselineMs.median) : null;
  const spread = Math.max(spreadOf(ms), baselineMs === null ? 0 : spreadOf(baselineMs));
  const unstable = isUnstable(ms) || (baselineMs !== null && isUnstable(baselineMs));
  const judged = size === targetSize && (target.maxMs !== undefined || target.maxRatio !== undefined) && !unstable;
  const met = judged
    ? (target.maxMs === undefined || ms.median <= target.maxMs) &&
      (target.maxRatio === undefined || (ratio !== null && ratio <= target.maxRatio))
    : null;
  return {
    id,
    label,
    baseline: input.baseline ?? '',
    size,
    ms,
    baselineMs,
    ratio,
    target,
    targetSize,
    met,
    unstable,
    spread: round(spread, 3),
  };
}

/** A figure and its baseline timed in turns (see `samplePair`), as one table line. */
export async function pairedFigure(
  input: Omit<FigureInput, 'ms' | 'baselineMs'>,
  figure: () => unknown,
  baseline: () => unknown,
  options: SampleOptions,
): Promise<Figure> {
  const pair = await samplePair(figure, baseline, options);
  return figureOf({ ...input, ms: pair.figure, baselineMs: pair.baseline });
}
