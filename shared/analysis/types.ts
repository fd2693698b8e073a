import { z } from 'zod';
import { Area, SkillKind } from '../domain';
import { UnownedWork } from './unowned-work';
import { TeamCoverage } from './team-coverage';
import { StructureAdvice } from './structure-types';
import { BudgetPlan } from './budget-types';

export * from './structure-types';
export * from './budget-types';

/*
 * The analysis result, as zod schemas: the TypeScript types are inferred from them and the
 * JSON report's documented schema (docs/report.schema.json) is generated from them, so the
 * code, the types and the documentation cannot drift apart.
 */

export const RoleFit = z.object({
  roleId: z.string(),
  fit: z
    .number()
    .min(0)
    .max(100)
    .nullable()
    .describe(
      "0–100, one decimal: the weighted share of the role's assessed targets reached, against those targets plus the member's strengths the role does not use. Null when none of the role's targets was assessed.",
    ),
});
export type RoleFit = z.infer<typeof RoleFit>;

export const MemberResult = z.object({
  memberId: z.string(),
  name: z.string(),
  roleId: z.string().describe('The role the member is employed as.'),
  productTeam: z.string(),
  fte: z.number(),
  fits: z
    .array(RoleFit)
    .describe('Fit to every role, in framework role order; empty for a member with no framework role ("other").'),
  bestRoleId: z
    .string()
    .nullable()
    .describe("Role with the highest fit; a tie goes to the member's own role. Null when there is no fit."),
  mismatch: z
    .boolean()
    .describe("True when the best fit beats the fit to the member's own role by more than 10 points."),
  engineeringPercent: z.number().describe("Percent of the member's time on data-engineering responsibilities."),
  engineeringFte: z.number().describe('FTE of data-engineering work: fte × engineeringPercent / 100.'),
});
export type MemberResult = z.infer<typeof MemberResult>;

export const CoverageStatus = z.enum([
  'unknown',
  'uncovered',
  'single-point-of-failure',
  'below-policy',
  'covered',
  'not-required',
]);
export type CoverageStatus = z.infer<typeof CoverageStatus>;

export const SkillCoverage = z.object({
  skillId: z.string(),
  name: z.string(),
  area: Area,
  kind: SkillKind,
  requiredLevel: z
    .int()
    .describe('Level counted as coverage: the highest role target, or the policy override (0: not required).'),
  needed: z.int().describe('People the coverage policy needs at the required level.'),
  holders: z.int().describe('People assessed at or above the required level: the bus factor.'),
  assessed: z.int().describe('People with a level for the skill (0 "none" included).'),
  notAssessed: z.int().describe('People not assessed on the skill: they count as neither holders nor gaps.'),
  bestLevel: z.int().nullable().describe("The team's best assessed level; null when nobody was assessed."),
  gap: z.int().describe('needed − holders, never negative; 0 for a skill nobody was assessed on (status "unknown").'),
  status: CoverageStatus,
  dependsOn: z
    .array(z.string())
    .describe('Member ids the skill hangs on: listed when holders ≤ needed, otherwise empty.'),
  closableBy: z
    .array(z.string())
    .describe('Roles whose profile reaches the required level; empty for a gap means no hire closes it.'),
});
export type SkillCoverage = z.infer<typeof SkillCoverage>;

export const EngineeringCarrier = z.object({
  memberId: z.string(),
  name: z.string(),
  productTeam: z.string(),
  roleId: z.string().describe("The carrier's own role (outside the data-engineering family)."),
  engineeringPercent: z
    .number()
    .describe("Percent of time on engineering responsibilities that are not their own role's work."),
  engineeringFte: z.number(),
  overThreshold: z.boolean(),
  responsibilities: z
    .array(z.object({ skillId: z.string(), percent: z.number() }))
    .describe("Carried engineering responsibilities with their share of the member's time, largest first."),
});
export type EngineeringCarrier = z.infer<typeof EngineeringCarrier>;

export const RoleSeparation = z.object({
  thresholdPercent: z.number(),
  scientists: z.int(),
  engineers: z.int(),
  engineeringFteCarriedByScientists: z
    .number()
    .describe('FTE of engineering work carried by members in data-science roles.'),
  engineeringFteOverThreshold: z
    .number()
    .describe('All engineering FTE of the scientists over the threshold: what hires take over when they can.'),
  engineeringFteAboveThreshold: z
    .number()
    .describe('The part of it above the threshold: what hires must take at least, so that no scientist is over it.'),
  carriers: z.array(EngineeringCarrier).describe('Scientists with any engineering time, largest share first.'),
  byProductTeam: z
    .array(z.object({ productTeam: z.string(), engineeringFte: z.number(), aboveThresholdFte: z.number() }))
    .describe('Over-threshold engineering FTE carried by scientists per product team, largest first.'),
});
export type RoleSeparation = z.infer<typeof RoleSeparation>;

export const Priority = z.enum(['high', 'medium', 'low']);
export type Priority = z.infer<typeof Priority>;

export const SkillAtLevel = z.object({
  skillId: z.string(),
  name: z.string(),
  level: z.int(),
  levelName: z.string(),
  levelDescription: z.string().describe("What the level means, from the framework's proficiency scale."),
});
export type SkillAtLevel = z.infer<typeof SkillAtLevel>;

export const MustHaveWhy = z.enum(['gap', 'load', 'gap-and-load']);
export type MustHaveWhy = z.infer<typeof MustHaveWhy>;

export const MustHave = SkillAtLevel.extend({
  why: MustHaveWhy.describe(
    '"gap": the hire closes a coverage gap in it; "load": it is work the hire takes over; "gap-and-load": both.',
  ),
});
export type MustHave = z.infer<typeof MustHave>;

export const SeniorityLabel = z.enum(['Junior', 'Mid-level', 'Senior', 'Lead']);
export type SeniorityLabel = z.infer<typeof SeniorityLabel>;

export const WorkTakenOver = z.object({
  skillId: z.string().describe('The responsibility (a framework skill of kind "responsibility").'),
  name: z.string(),
  fte: z.number().describe('FTE of it the hire takes over, in hundredths.'),
});
export type WorkTakenOver = z.infer<typeof WorkTakenOver>;

export const Hire = z.object({
  number: z.int().min(1).describe('Position in the plan, in priority order.'),
  roleId: z.string(),
  roleName: z.string(),
  priority: Priority,
  screenFor: z
    .array(z.object({ skillId: z.string(), name: z.string(), level: z.int(), levelName: z.string() }))
    .describe('Skills to screen candidates for, at the level the team needs: the same skills as `mustHave`.'),
  absorbsFte: z.number().describe('Engineering FTE this hire takes off scientists (0 for coverage-only hires).'),
  replacesFte: z
    .number()
    .describe("FTE of a leaver's own-role work this hire takes over (a departure scenario; 0 otherwise)."),
  takesOver: z
    .array(WorkTakenOver)
    .describe(
      "The work the hire takes over, per responsibility, largest first, from the members' allocations: rounded to hundredths so that it sums to absorbsFte + replacesFte. Empty for a coverage-only hire.",
    ),
  mustHave: z
    .array(MustHave)
    .describe(
      "Skills the hire must have, at level: those whose coverage gap the hire closes, then the responsibilities it takes over (at the role's target level, or the level the team needs).",
    ),
  niceToHave: z
    .array(SkillAtLevel)
    .describe("The rest of the role's profile: its targets that are not must-haves, at the target level."),
  seniority: z
    .object({ label: SeniorityLabel, basis: z.string().describe('Why, in a sentence.') })
    .describe('From the highest must-have level on the scale (see hire-brief.ts).'),
  productTeam: z.string().nullable().describe('Product team the hire should serve, when the plan can tell.'),
  reasons: z.array(z.string()),
});
export type Hire = z.infer<typeof Hire>;

export const UpskillCandidate = z.object({
  memberId: z.string(),
  name: z.string(),
  skillId: z.string(),
  skillName: z.string(),
  currentLevel: z.int(),
  requiredLevel: z.int(),
  caution: z
    .string()
    .nullable()
    .describe(
      'Why growing this member is a last resort (null when it is not): an engineering skill for someone already over the engineering-load threshold, listed only when nobody else is one level short.',
    ),
});
export type UpskillCandidate = z.infer<typeof UpskillCandidate>;

export const ResidualGap = z.object({
  skillId: z.string().describe('Skill id, or "engineering-load" for engineering work no role can absorb.'),
  name: z.string(),
  gap: z.int(),
  reason: z.string(),
});
export type ResidualGap = z.infer<typeof ResidualGap>;

export const HiringPlan = z.object({
  hires: z.array(Hire),
  byRole: z.array(z.object({ roleId: z.string(), roleName: z.string(), count: z.int() })),
  hiresForEngineeringLoad: z
    .int()
    .describe('Engineering-role hires needed to bring every scientist within the engineering-load threshold.'),
  optimal: z
    .literal(true)
    .describe('Always true: the hires are the proven minimum (an integer program solved exactly by HiGHS).'),
  assumptions: z
    .array(z.string())
    .describe('What "the fewest hires" rests on, in sentences built from the data: print them wherever it is claimed.'),
  upskilling: z
    .array(UpskillCandidate)
    .describe('Members one level short of a skill with a gap (the best few per skill).'),
  upskillingNotListed: z.int().describe('Further members one level short that the list leaves out.'),
  residualGaps: z.array(ResidualGap).describe('Gaps no role profile can close: listed, never hidden.'),
  assessFirst: z
    .array(z.object({ skillId: z.string(), name: z.string(), requiredLevel: z.int() }))
    .describe('Required skills nobody was assessed on: the plan hires for none of them; assess them before deciding.'),
});
export type HiringPlan = z.infer<typeof HiringPlan>;

export const AnalysisSummary = z.object({
  members: z.int(),
  scientists: z.int(),
  engineers: z.int(),
  requiredSkills: z.int(),
  skillsWithGaps: z.int(),
  totalGap: z.int(),
  uncoveredSkills: z.int(),
  unknownSkills: z.int().describe('Required skills nobody was assessed on: assess them before deciding.'),
  singlePointsOfFailure: z.int(),
  teamGaps: z.int().describe('Product team × skill cells with a gap (see `teamCoverage`).'),
  teamsWithGaps: z.int(),
  mismatches: z.int(),
  engineeringFteCarriedByScientists: z.number(),
  unownedFte: z.number().describe('FTE of work left by people who leave (a scenario), which the plan absorbs.'),
  unownedEngineeringFte: z
    .number()
    .describe('The data-engineering part of `unownedFte`: engineering load beside what scientists carry.'),
  scientistsOverThreshold: z.int(),
  hiresRecommended: z.int(),
  residualGaps: z.int(),
});
export type AnalysisSummary = z.infer<typeof AnalysisSummary>;

export const Analysis = z.object({
  framework: z.object({ id: z.string(), name: z.string(), version: z.string() }),
  organisation: z.object({ name: z.string(), productTeams: z.array(z.string()) }),
  summary: AnalysisSummary,
  members: z.array(MemberResult),
  coverage: z.array(SkillCoverage),
  teamCoverage: TeamCoverage.describe('Coverage inside each product team, with the same required skills.'),
  separation: RoleSeparation,
  structure: StructureAdvice,
  plan: HiringPlan,
  unownedWork: z
    .array(UnownedWork)
    .describe("Work left by people who leave, per leaver: empty for today's team; a departure scenario lists it."),
  budgetPlan: BudgetPlan.optional().describe(
    'The best plan within the hire limit of the settings; absent without a limit.',
  ),
});
export type Analysis = z.infer<typeof Analysis>;
