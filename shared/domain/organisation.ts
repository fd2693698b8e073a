import { z } from 'zod';
import { Id, MultiLineText, NonEmptyText } from './ids';

export const SIZE_CLASSES = ['small', 'medium', 'large'] as const;
export const SizeClass = z.enum(SIZE_CLASSES);
export type SizeClass = z.infer<typeof SizeClass>;

export const CoverageOverride = z.strictObject({
  /** People needed at the required level for this skill (0 = not needed at all). */
  people: z.int().min(0).max(1000).optional(),
  /** Level required instead of the highest role target. */
  level: z.int().min(0).max(10).optional(),
});
export type CoverageOverride = z.infer<typeof CoverageOverride>;

export const CoveragePolicy = z.strictObject({
  /** People needed at the required level for every required skill (2 = no single point of failure). */
  minPeople: z.int().min(1).max(1000),
  overrides: z.record(Id, CoverageOverride).optional(),
});
export type CoveragePolicy = z.infer<typeof CoveragePolicy>;

export const Organisation = z.strictObject({
  name: NonEmptyText(200),
  /** Product teams the data team serves; their number decides the article's structure advice. */
  productTeams: z.array(NonEmptyText(120)).max(500),
  /** Overrides the size class derived from the number of product teams. */
  sizeClass: SizeClass.optional(),
  coverage: CoveragePolicy,
  /** Share of time (percent) on engineering work above which a scientist is flagged. */
  engineeringLoadThreshold: z.number().min(0).max(100),
  /** Months after which a member's assessment shows as stale (DEFAULT_STALE_AFTER_MONTHS when not set). */
  staleAfterMonths: z.int().min(1).max(120).optional(),
  notes: MultiLineText(5000).optional(),
});
export type Organisation = z.infer<typeof Organisation>;

export const DEFAULT_ORGANISATION: Organisation = {
  name: 'My organisation',
  productTeams: [],
  coverage: { minPeople: 2 },
  engineeringLoadThreshold: 20,
};
