import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BENCHMARK_FIGURES, BenchmarksFile } from '@shared/domain';
import { BENCHMARKS_FILE_NAME, describeProblem, parseBenchmarks, shippedBenchmarks } from '@shared/io';
import { ROOT } from '../../support/fixtures';

const shippedText = (): string => readFileSync(join(ROOT, BENCHMARKS_FILE_NAME), 'utf8');
const shippedJson = (): { anchors: Record<string, unknown>[]; omitted: Record<string, unknown>[] } & Record<
  string,
  unknown
> => JSON.parse(shippedText());

describe('the shipped benchmarks file', () => {
  it('is valid, and every published figure has a source with a year', () => {
    const parsed = parseBenchmarks(JSON.parse(shippedText()));
    expect(parsed.ok ? null : describeProblem(parsed.error)).toBeNull();
    const file = shippedBenchmarks();
    expect(file.anchors.length).toBeGreaterThan(0);
    for (const anchor of file.anchors) {
      expect(anchor.source.year).toBeGreaterThanOrEqual(1900);
      expect(anchor.source.title.length).toBeGreaterThan(0);
      expect(anchor.note.length).toBeGreaterThan(0);
    }
  });

  it('cites the anchors the panel was built for and says why any figure was left out', () => {
    const file = shippedBenchmarks();
    const byId = new Map(file.anchors.map((a) => [a.id, a]));
    expect(byId.get('anderson-engineers-per-scientist')).toMatchObject({
      range: { min: 2, max: 5 },
      source: { author: 'Jesse Anderson', publisher: 'Apress', year: 2020 },
    });
    expect(byId.get('anaconda-data-preparation-time')).toMatchObject({
      value: 45,
      unit: '%',
      source: { publisher: 'Anaconda', year: 2020 },
    });
    // Every figure the panel shows either has a published figure or a stated reason for none.
    for (const figure of BENCHMARK_FIGURES) {
      const shown = file.anchors.some((a) => a.figure === figure) || file.omitted.some((o) => o.figure === figure);
      expect(shown, figure).toBe(true);
    }
    for (const omitted of file.omitted) expect(omitted.reason.length).toBeGreaterThan(20);
  });
});

describe('the benchmarks schema and loader', () => {
  const problemOf = (data: unknown): string => {
    const parsed = parseBenchmarks(data);
    return parsed.ok ? 'valid' : describeProblem(parsed.error, BENCHMARKS_FILE_NAME);
  };

  it('names the file and the field of a wrong value', () => {
    const file = shippedJson();
    (file.anchors[1]!.source as Record<string, unknown>).year = 'last year';
    expect(problemOf(file)).toMatch(
      /^resources\/benchmarks\.json: anchors\[1\]\.source\.year: expected number, received string$/,
    );
  });

  it('wants exactly one of a value and a range', () => {
    const both = shippedJson();
    both.anchors[0]!.value = 3;
    expect(problemOf(both)).toMatch(/anchors\[0\]\.value: give either "value" or "range"/);
    const neither = shippedJson();
    delete neither.anchors[2]!.value;
    expect(problemOf(neither)).toMatch(/anchors\[2\]\.value: give either/);
  });

  it('refuses a range upside down, an unknown field, a non-https source and a repeated id', () => {
    const upside = shippedJson();
    upside.anchors[0]!.range = { min: 5, max: 2 };
    expect(problemOf(upside)).toMatch(/anchors\[0\]\.range\.max: min must not be above max/);
    const extra = shippedJson();
    extra.anchors[0]!.verdict = 'good';
    expect(problemOf(extra)).toMatch(/anchors\[0\]\.verdict: unknown field/);
    const http = shippedJson();
    (http.anchors[0]!.source as Record<string, unknown>).url = 'http://example.org/x';
    expect(problemOf(http)).toMatch(/anchors\[0\]\.source\.url: must be an https address/);
    const twice = shippedJson();
    twice.omitted[0]!.id = twice.anchors[0]!.id;
    expect(problemOf(twice)).toMatch(/omitted\[0\]\.id: the id "anderson-engineers-per-scientist" is used twice/);
  });

  it('refuses another kind of file and an unknown figure', () => {
    expect(problemOf({ kind: 'gapwise-framework' })).toMatch(
      /kind: this is a "gapwise-framework" file, expected a benchmarks file/,
    );
    const figure = shippedJson();
    figure.anchors[0]!.figure = 'happiness';
    expect(problemOf(figure)).toMatch(/anchors\[0\]\.figure/);
    expect(BenchmarksFile.safeParse(shippedJson()).success).toBe(true);
  });
});
