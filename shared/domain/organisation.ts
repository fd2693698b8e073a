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

/**
 * Where coverage is asked for: across the whole organisation, inside each product team, or
 * both. At organisation scale the risk is inside product teams: 2,000 people cover every
 * skill somewhere while a product team has nobody for one.
 */
export const COVERAGE_SCOPES = ['org', 'team', 'both'] as const;
export const CoverageScope = z.enum(COVERAGE_SCOPES);
export type CoverageScope = z.infer<typeof CoverageScope>;

/** Below this many members the default scope is the organisation; from it, both. */
export const TEAM_SCOPE_FROM_MEMBERS = 50;

export const CoveragePolicy = z.strictObject({
  /** People needed at the required level for every required skill (2 = no single point of failure). */
  minPeople: z.int().min(1).max(1000),
  overrides: z.record(Id, CoverageOverride).optional(),
  /** Where coverage is asked for (absent: by size, see `coverageScopeOf`). */
  scope: CoverageScope.optional(),
  /** People each product team needs at the required level (absent: 1). */
  teamMinPeople: z.int().min(1).max(1000).optional(),
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
  /** People employed by the whole company, to set the data team's size against (benchmarks). */
  companyHeadcount: z.int().min(1).max(10_000_000).optional(),
});
export type Organisation = z.infer<typeof Organisation>;

export const DEFAULT_ORGANISATION: Organisation = {
  name: 'My organisation',
  productTeams: [],
  coverage: { minPeople: 2 },
  engineeringLoadThreshold: 20,
};

/** The scope in force: the policy's, or by size (both from TEAM_SCOPE_FROM_MEMBERS members). */
export const coverageScopeOf = (policy: CoveragePolicy, members: number): CoverageScope =>
  policy.scope ?? (members >= TEAM_SCOPE_FROM_MEMBERS ? 'both' : 'org');

export const DEFAULT_TEAM_MIN_PEOPLE = 1;
