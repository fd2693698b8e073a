import { z } from 'zod';
import { HttpsUrl } from './framework';
import { Id, NonEmptyText } from './ids';

/*
 * Published figures the dashboard sets the team's own beside. They are external figures with
 * their sources, never targets: they live in a data file (resources/benchmarks.json) so that
 * a figure can be corrected or a newer survey added without touching code.
 */

export const BENCHMARKS_KIND = 'gapwise-benchmarks';
export const BENCHMARKS_SCHEMA_VERSION = 1;

/** Which of the team's figures a published figure sits beside. */
export const BENCHMARK_FIGURES = ['engineers-per-scientist', 'scientist-time', 'data-team-share-of-company'] as const;
export const BenchmarkFigure = z.enum(BENCHMARK_FIGURES);
export type BenchmarkFigure = z.infer<typeof BenchmarkFigure>;

/** What a published value counts, written after it: "%", "data engineers per data scientist". */
export const BenchmarkUnit = NonEmptyText(100);

export const BenchmarkSource = z.strictObject({
  author: NonEmptyText(200).optional(),
  title: NonEmptyText(300),
  publisher: NonEmptyText(200),
  year: z.int().min(1900).max(2100),
  /** Where a reader can check the figure; absent when no stable address is known. */
  url: HttpsUrl.optional(),
});
export type BenchmarkSource = z.infer<typeof BenchmarkSource>;

const Figure = z.number().min(0).max(1_000_000);

export const BenchmarkRange = z
  .strictObject({ min: Figure, max: Figure })
  .refine((r) => r.min <= r.max, { message: 'min must not be above max', path: ['max'] });
export type BenchmarkRange = z.infer<typeof BenchmarkRange>;

/** One published figure: a single value or a range, with its source and what it counts. */
export const BenchmarkAnchor = z
  .strictObject({
    id: Id,
    figure: BenchmarkFigure,
    /** What kind of figure it is ("Practitioner's advice", "Survey of data professionals"). */
    label: NonEmptyText(200),
    value: Figure.optional(),
    range: BenchmarkRange.optional(),
    unit: BenchmarkUnit,
    source: BenchmarkSource,
    /** What the figure counts and how far it compares with the team's: shown beside it. */
    note: NonEmptyText(1000),
  })
  .superRefine((anchor, ctx) => {
    if ((anchor.value === undefined) === (anchor.range === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'give either "value" or "range", not both or neither' });
    }
  });
export type BenchmarkAnchor = z.infer<typeof BenchmarkAnchor>;

/** A figure looked for and left out, with the reason, so the gap is visible rather than filled. */
export const OmittedAnchor = z.strictObject({
  id: Id,
  figure: BenchmarkFigure,
  label: NonEmptyText(200),
  reason: NonEmptyText(1000),
  url: HttpsUrl.optional(),
});
export type OmittedAnchor = z.infer<typeof OmittedAnchor>;

export const BenchmarksFile = z
  .strictObject({
    kind: z.literal(BENCHMARKS_KIND),
    schemaVersion: z.literal(BENCHMARKS_SCHEMA_VERSION),
    anchors: z.array(BenchmarkAnchor).max(100),
    omitted: z.array(OmittedAnchor).max(100),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    [...file.anchors, ...file.omitted].forEach((entry, i) => {
      if (seen.has(entry.id)) {
        const inAnchors = i < file.anchors.length;
        ctx.addIssue({
          code: 'custom',
          path: inAnchors ? ['anchors', i, 'id'] : ['omitted', i - file.anchors.length, 'id'],
          message: `the id "${entry.id}" is used twice`,
        });
      }
      seen.add(entry.id);
    });
  });
export type BenchmarksFile = z.infer<typeof BenchmarksFile>;
