import { z } from 'zod';
import { Id, MultiLineText, NonEmptyText, Text } from './ids';
import { Level } from './member';

/*
 * What the manager tells Gapwise about hiring beyond the team itself: what a hire costs and
 * how long it takes, how much the plan may spend, how the value of closing a gap is weighed,
 * and the candidates interviewed for planned hires. All of it is optional: a file without
 * it plans as before (the fewest hires, no budget, default lead times).
 */

/** ISO 4217 currency code, such as "EUR" or "USD": costs are shown in it, never converted. */
export const CurrencyCode = z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as "EUR"');

/** A yearly cost in the settings' currency (salary plus overhead, as the manager counts it). */
export const Money = z.number().min(0).max(1_000_000_000);

/**
 * The plan's limit: a number of hires ("two requisitions this year") or money spent on the
 * yearly cost of the hires, at the cost per role in the settings.
 */
export const HireLimit = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('hires'), hires: z.int().min(0).max(1000) }),
  z.strictObject({ kind: z.literal('money'), amount: z.number().min(0).max(1_000_000_000_000) }),
]);
export type HireLimit = z.infer<typeof HireLimit>;

/**
 * How much closing each kind of gap is worth when the budget cannot close them all. The
 * defaults put a single point of failure before a below-policy gap, and both before
 * engineering FTE taken off scientists.
 */
export const PlanWeights = z.strictObject({
  /** A skill only one person holds at the required level, made held by two or more. */
  singlePoint: z.number().min(0).max(1000),
  /** One person more at the required level where the coverage policy asks for more. */
  belowPolicy: z.number().min(0).max(1000),
  /** One FTE of engineering work taken off data scientists. */
  engineeringFte: z.number().min(0).max(1000),
});
export type PlanWeights = z.infer<typeof PlanWeights>;

export const DEFAULT_PLAN_WEIGHTS: PlanWeights = { singlePoint: 10, belowPolicy: 3, engineeringFte: 1 };

/** Months from opening a requisition to the hire's first day, when the settings name none for the role. */
export const DEFAULT_LEAD_TIME_MONTHS = 3;

/** Months for a member to grow one level on a skill, when the settings name none. */
export const DEFAULT_UPSKILL_MONTHS_PER_LEVEL = 6;

export const PlanningSettings = z.strictObject({
  currency: CurrencyCode.optional(),
  /** Yearly cost of a hire per role id, in `currency`. */
  roleCosts: z.record(Id, Money).optional(),
  /** Months to hire per role id (absent: DEFAULT_LEAD_TIME_MONTHS). */
  leadTimeMonths: z.record(Id, z.int().min(0).max(36)).optional(),
  /** Months to grow one level (absent: DEFAULT_UPSKILL_MONTHS_PER_LEVEL). */
  upskillMonthsPerLevel: z.int().min(1).max(36).optional(),
  /** Absent: no limit, the plan is the fewest hires that close every gap. */
  hireLimit: HireLimit.optional(),
  /** Absent: DEFAULT_PLAN_WEIGHTS. */
  weights: PlanWeights.optional(),
});
export type PlanningSettings = z.infer<typeof PlanningSettings>;

/**
 * Someone interviewed for a planned hire: the role and product team they were seen for, and
 * the levels the interviews assessed (a skill left out was not assessed). Kept apart from
 * the team: no analysis counts a candidate until they are hired and become a member.
 */
export const Candidate = z.strictObject({
  id: Id,
  name: NonEmptyText(120),
  role: Id,
  productTeam: Text(120).optional(),
  levels: z.record(Id, Level),
  interviewedOn: z.iso.date().optional(),
  notes: MultiLineText(2000).optional(),
});
export type Candidate = z.infer<typeof Candidate>;

/** How many candidates one data file may hold. */
export const MAX_CANDIDATES = 10_000;
