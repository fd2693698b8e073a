import type { Figure, Target } from './figure';
import { growthOf, growthText } from './growth';
import type { Timing } from './measure';
import type { SolverFigure } from './solver-bench';

/*
 * The bench's figures as a Markdown table, one row per figure and a column per size: the
 * median with min–max, the baseline and ratio where the target is judged, the target and
 * whether it was met, and how the figure grows. Printed after a run and written into the
 * README after a full one.
 */

const number = (ms: number): string =>
  ms >= 100 ? Math.round(ms).toLocaleString('en') : ms >= 10 ? ms.toFixed(1) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3);

export const timingText = (t: Timing): string => `${number(t.median)} (${number(t.min)}–${number(t.max)})`;

export function targetText(target: Target): string {
  return [
    target.maxMs !== undefined ? `≤ ${target.maxMs.toLocaleString('en')} ms` : '',
    target.maxRatio !== undefined ? `≤ ${target.maxRatio}×` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

export function verdictText(f: Figure): string {
  if (f.unstable && (f.target.maxMs !== undefined || f.target.maxRatio !== undefined)) {
    return `unstable (spread ${Math.round(f.spread * 100)} %)`;
  }
  return f.met === null ? '' : f.met ? 'yes' : '**no**';
}

/** Table cells can hold text from figure labels: pipes would split the row. */
const cell = (text: string): string => text.replace(/\|/g, '\\|');

/** A size as a column heading: members, or "any size" for figures that do not depend on it. */
const sizeHeading = (size: number): string => (size === 0 ? 'any size' : `${size.toLocaleString('en')} members`);

export function figuresTable(figures: readonly Figure[]): string {
  const sizes = [...new Set(figures.map((f) => f.size))].sort((a, b) => a - b);
  const growth = new Map(growthOf(figures).map((g) => [g.id, g]));
  const ids = [...new Set(figures.map((f) => f.id))];
  const header = [
    'figure (ms unless it says)',
    ...sizes.map(sizeHeading),
    'baseline',
    'ratio',
    'target',
    'met',
    'growth',
  ];
  const rows = [`| ${header.join(' | ')} |`, `|---|${sizes.map(() => '---:').join('|')}|---:|---:|---|---|---|`];
  for (const id of ids) {
    const list = figures.filter((f) => f.id === id);
    // The figures with a target at their own size (one figure may have a target per size);
    // the baseline and ratio shown are those of the first, else of the largest size.
    const targeted = list.filter((f) => f.size === f.targetSize && targetText(f.target) !== '');
    const largest = list.reduce((a, b) => (b.size > a.size ? b : a), list[0]!);
    const shown = targeted[0] ?? largest;
    const at = (f: Figure) => (f.targetSize !== 10_000 ? ` at ${f.targetSize.toLocaleString('en')}` : '');
    const bySize = new Map(list.map((f) => [f.size, f]));
    rows.push(
      `| ${[
        cell(shown.label),
        ...sizes.map((s) => (bySize.has(s) ? timingText(bySize.get(s)!.ms) : '')),
        shown.baselineMs === null ? '' : `${timingText(shown.baselineMs)}: ${cell(shown.baseline)}`,
        shown.ratio === null ? '' : `${shown.ratio}×`,
        targeted.map((f) => `${targetText(f.target)}${at(f)}`).join('; '),
        targeted.map((f) => verdictText(f) + (targeted.length > 1 ? at(f) : '')).join('; '),
        growthText(growth.get(id)!),
      ].join(' | ')} |`,
    );
  }
  return rows.join('\n');
}

export function solverTable(figures: readonly SolverFigure[]): string {
  const rows = ['| targets | roles × skills | runs | median ms | slowest ms | hires |', '|---|---|---:|---:|---:|---|'];
  for (const f of figures) {
    rows.push(
      `| ${f.shape} | ${f.roles} × ${f.skills} | ${f.instances} × ${f.runsPerInstance} | ${f.medianMs} | ${f.slowestMs} | ${f.hires[0]}–${f.hires[1]} |`,
    );
  }
  return rows.join('\n');
}
