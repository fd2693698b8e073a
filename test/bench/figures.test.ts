import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureOf } from '../../bench/figure';
import { growthKind, growthOf, growthText } from '../../bench/growth';
import { isUnstable, sample, samplePair, spreadOf, timingOf } from '../../bench/measure';
import { readmeTables, TABLES_END, TABLES_START, writeReadmeTables } from '../../bench/readme-tables';
import { figuresTable } from '../../bench/table';

const steady = (median: number) => timingOf([median * 0.95, median, median * 1.05]);

describe('bench timings', () => {
  it('reports min, quartiles, median and max, and the spread of the middle half as a share of the median', () => {
    const t = timingOf([30, 10, 20, 12, 11]);
    expect(t).toEqual({ min: 10, q1: 11, median: 12, q3: 20, max: 30, runs: 5 });
    expect(spreadOf(t)).toBeCloseTo(9 / 12);
    expect(isUnstable(t)).toBe(true);
    // One interrupted run among many does not make a figure unstable; min and max still show it.
    const interrupted = timingOf([10, 10.2, 10.1, 10.3, 10.1, 10, 10.2, 10.1, 60]);
    expect(interrupted.max).toBe(60);
    expect(isUnstable(interrupted)).toBe(false);
    expect(isUnstable(timingOf([10, 11, 12]))).toBe(false);
    expect(() => timingOf([])).toThrow(/at least one run/);
  });

  it('samples as many runs as asked, and a pair in turns', async () => {
    const order: string[] = [];
    const t = await sample(() => order.push('a'), { runs: 4, warmup: 1 });
    expect(t.runs).toBe(4);
    order.length = 0;
    const pair = await samplePair(
      () => {
        const end = performance.now() + 3;
        while (performance.now() < end);
        order.push('f');
      },
      () => {
        const end = performance.now() + 3;
        while (performance.now() < end);
        order.push('b');
      },
      { runs: 3, warmup: 0 },
    );
    expect(pair.figure.runs).toBe(3);
    expect(pair.baseline.runs).toBe(3);
    // Calibration calls each once, then the runs alternate baseline, figure.
    expect(order.slice(2).join('')).toBe('bfbfbf');
  });
});

describe('bench figures', () => {
  it('judges a stable figure at its target size only', () => {
    const input = { id: 'x', label: 'X', target: { maxMs: 25, maxRatio: 15 } };
    const at10k = figureOf({ ...input, size: 10_000, ms: steady(20), baselineMs: steady(1) });
    expect(at10k.ratio).toBe(20);
    expect(at10k.met).toBe(false);
    expect(figureOf({ ...input, size: 10_000, ms: steady(20), baselineMs: steady(2) }).met).toBe(true);
    expect(figureOf({ ...input, size: 1_000, ms: steady(20), baselineMs: steady(2) }).met).toBeNull();
    expect(figureOf({ ...input, size: 1_000, targetSize: 1_000, ms: steady(20), baselineMs: steady(2) }).met).toBe(
      true,
    );
  });

  it('marks a figure unstable, and does not judge it, when the middle half of its runs or its baseline spreads over 25 %', () => {
    const f = figureOf({
      id: 'x',
      label: 'X',
      size: 10_000,
      ms: steady(20),
      baselineMs: timingOf([1, 2, 3]),
      target: { maxRatio: 100 },
    });
    expect(f.unstable).toBe(true);
    expect(f.met).toBeNull();
    expect(figuresTable([f])).toContain('unstable (spread 100 %)');
  });

  it('says how each figure grows from one size to the next', () => {
    expect(growthKind(1)).toBe('linear');
    expect(growthKind(0.5)).toBe('less than linear');
    expect(growthKind(1.5)).toBe('faster than linear');
    const figures = [100, 1_000, 10_000].map((size) => figureOf({ id: 'a', label: 'A', size, ms: steady(size / 100) }));
    figures.push(
      ...[1_000, 10_000].map((size) => figureOf({ id: 'b', label: 'B', size, ms: steady((size / 1000) ** 2) })),
    );
    const [a, b] = growthOf(figures);
    expect(a!.factor).toBe(10);
    expect(growthText(a!)).toBe('×10 from 1,000 to 10,000: linear');
    expect(b!.kind).toBe('faster than linear');
  });

  it('writes one table row per figure, with text from labels kept inside its cell', () => {
    const table = figuresTable([
      figureOf({ id: 'p', label: 'a | b', size: 100, ms: steady(1) }),
      figureOf({ id: 'p', label: 'a | b', size: 10_000, ms: steady(50), target: { maxMs: 25 } }),
    ]);
    const rows = table.split('\n');
    expect(rows).toHaveLength(3);
    expect(rows[2]).toContain('a \\| b');
    expect(rows[2]).toContain('**no**');
    expect(rows[2]).toContain('50.0 (47.5–52.5)');
  });
});

describe('a figure with a target at two sizes', () => {
  it('shows each target with its verdict in the one row', () => {
    const row = figuresTable([
      figureOf({
        id: 'redraw',
        label: 'Redraw',
        size: 1_000,
        targetSize: 1_000,
        ms: steady(30),
        target: { maxMs: 50 },
      }),
      figureOf({ id: 'redraw', label: 'Redraw', size: 10_000, ms: steady(200), target: { maxMs: 150 } }),
    ]).split('\n')[2]!;
    expect(row).toContain('≤ 50 ms at 1,000; ≤ 150 ms');
    expect(row).toContain('yes at 1,000; **no**');
  });
});

describe('README tables', () => {
  const results = {
    date: '2026-12-06T12:00:00.000Z',
    machine: { node: 'v20', cpus: 2, cpu: 'test cpu', loadAverage: [0.5] },
    node: [figureOf({ id: 'analysis', label: 'Full analysis', size: 10_000, ms: steady(20), target: { maxMs: 25 } })],
  };

  it('rewrites only what is between the markers, from a full run', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gapwise-bench-test-'));
    const readme = join(dir, 'README.md');
    await writeFile(readme, `# Title\n\nBefore.\n\n${TABLES_START}\n\nold table\n\n${TABLES_END}\n\nAfter.\n`);
    await writeFile(join(dir, 'results.json'), JSON.stringify(results));
    await writeReadmeTables(join(dir, 'results.json'), readme);
    const text = await readFile(readme, 'utf8');
    expect(text).not.toContain('old table');
    expect(text).toContain('Before.');
    expect(text).toContain('After.');
    expect(text).toContain('Full analysis');
    expect(readmeTables(results)).toContain('load average 0.5');
  });

  it('keeps the README as it is for a quick run, and names the file when the markers are missing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gapwise-bench-test-'));
    const readme = join(dir, 'README.md');
    await writeFile(readme, '# No markers\n');
    await writeFile(join(dir, 'quick.json'), JSON.stringify({ ...results, quick: true }));
    expect(await writeReadmeTables(join(dir, 'quick.json'), readme)).toMatch(/quick run/);
    await writeFile(join(dir, 'results.json'), JSON.stringify(results));
    await expect(writeReadmeTables(join(dir, 'results.json'), readme)).rejects.toThrow(/README\.md: the markers/);
  });
});
