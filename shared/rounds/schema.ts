import { z } from 'zod';
import { Framework, Id, Level, Member, MultiLineText, NonEmptyText, Organisation } from '../domain';

/*
 * Assessment rounds. The manager closes a round ("2027 Q1 review", dated): the team as it
 * was is frozen into its own immutable file, `rounds/<id>.json` beside the data file, and
 * editing goes on in the open round (the live data). The live data keeps only a small entry
 * per closed round, with the figures the trends draw, so it stays the size of today's team.
 */

export const ROUND_KIND = 'gapwise-round';
/** The round file format this build writes. */
export const ROUND_SCHEMA_VERSION = 1;
/** How many closed rounds one data file may list (25 years of quarters). */
export const MAX_ROUNDS = 100;

/** A member's own rating of a skill: a level of the scale, or "not observed". */
export const SelfRating = z.union([Level, z.literal('not-observed')]);
export type SelfRating = z.infer<typeof SelfRating>;

/** What the manager did with a self rating: took it as their level, or kept their own. */
export const SelfDecision = z.enum(['accepted', 'overridden']);
export type SelfDecision = z.infer<typeof SelfDecision>;

/**
 * One member's returned self-assessment form, kept for the round it came in. The manager's
 * level in `Member.levels` stays the one the analysis uses; these are shown beside it.
 */
export const SelfAssessment = z.strictObject({
  memberId: Id,
  /** The day the form was imported. */
  receivedOn: z.iso.date(),
  /** The form's id, so a second import of the same form is recognised. */
  formId: z.string().min(1).max(64),
  ratings: z.record(Id, SelfRating),
  /** The member's note per skill, where they wrote one. */
  skillNotes: z.record(Id, MultiLineText(2000)),
  /** The member's note on the whole form. */
  note: MultiLineText(5000).optional(),
  decisions: z.record(Id, SelfDecision),
});
export type SelfAssessment = z.infer<typeof SelfAssessment>;

/** The figures of one round that the trends draw, computed when the round is closed. */
export const TrendPoint = z.strictObject({
  /** Per skill of the round's framework: holders at the required level, the people needed, the gap. */
  skills: z.array(
    z.strictObject({
      skillId: Id,
      holders: z.int().min(0),
      needed: z.int().min(0),
      gap: z.int().min(0),
      singlePointOfFailure: z.boolean(),
    }),
  ),
  /** Engineering FTE carried by data scientists (all of it, and the part above the threshold). */
  engineeringFteCarried: z.number().min(0),
  engineeringFteAboveThreshold: z.number().min(0),
  /** Members per role id. */
  headcountByRole: z.record(Id, z.int().min(0)),
  /** Per product team: members, required skills covered at the team policy, and gaps. */
  productTeams: z.array(
    z.strictObject({
      productTeam: z.string().max(120),
      members: z.int().min(0),
      covered: z.int().min(0),
      gaps: z.int().min(0),
    }),
  ),
  /** Levels recorded, and how many of them are older than the organisation's stale age on the round's date. */
  levelsAssessed: z.int().min(0),
  levelsStale: z.int().min(0),
  /** The number of hires the round's plan asked for. */
  plannedHires: z.int().min(0),
});
export type TrendPoint = z.infer<typeof TrendPoint>;

/** A closed round as the live data lists it: small, whatever the size of the team. */
export const RoundEntry = z.strictObject({
  id: Id,
  name: NonEmptyText(120),
  /** The date the round stands for (the review date the manager gave). */
  date: z.iso.date(),
  /** When it was closed. */
  closedAt: z.iso.datetime({ offset: true }),
  /** The round this one was reopened from, when it was. */
  basedOn: Id.optional(),
  /** The round file's size and SHA-256, checked when it is read. */
  bytes: z.int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  members: z.int().min(0),
  frameworkId: z.string().max(64),
  frameworkVersion: z.string().max(40),
  trend: TrendPoint,
});
export type RoundEntry = z.infer<typeof RoundEntry>;

/** The frozen team of a closed round: the content of `rounds/<id>.json`, never edited. */
export const RoundSnapshot = z.strictObject({
  kind: z.literal(ROUND_KIND),
  schemaVersion: z.literal(ROUND_SCHEMA_VERSION),
  id: Id,
  name: NonEmptyText(120),
  date: z.iso.date(),
  closedAt: z.iso.datetime({ offset: true }),
  basedOn: Id.optional(),
  organisation: Organisation,
  members: z.array(Member).max(100_000),
  framework: Framework,
  selfAssessments: z.array(SelfAssessment).max(100_000),
});
export type RoundSnapshot = z.infer<typeof RoundSnapshot>;
