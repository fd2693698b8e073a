import { z } from 'zod';
import { SizeClass } from '../domain';

/*
 * The team-structure advice, as zod schemas (kept apart from types.ts so that the advice can
 * change without touching the rest of the analysis result). Every piece of advice carries
 * the numbers it was drawn from, so a reader can check it against their own team.
 */

export const RoleHeadcount = z.object({
  roleId: z.string(),
  roleName: z.string(),
  area: z
    .string()
    .nullable()
    .describe("The role's family ('data-science', 'data-engineering', …); null for a member with no framework role."),
  people: z.int(),
});
export type RoleHeadcount = z.infer<typeof RoleHeadcount>;

export const ProductTeamHeadcount = z.object({
  name: z.string().describe("The product team's name; empty for members with no product team."),
  label: z.string().describe('The name to show: the name, or "No product team".'),
  unassigned: z.boolean().describe('True for the members whose product team is empty.'),
  listed: z.boolean().describe("True when the team is typed in the organisation's settings."),
  people: z.int(),
  scientists: z.int().describe('Members in data-science roles.'),
  engineers: z.int().describe('Members in data-engineering roles.'),
  roles: z.array(RoleHeadcount).describe('Headcount by role, largest first.'),
  carriedFte: z.number().describe('Engineering FTE carried by its members for others (the separation).'),
  carriersOverThreshold: z.int(),
});
export type ProductTeamHeadcount = z.infer<typeof ProductTeamHeadcount>;

export const TeamHeadcount = z.object({
  people: z.int(),
  scientists: z.int(),
  engineers: z.int(),
  productTeams: z.int().describe('Named product teams: those members belong to plus those typed in the settings.'),
  areas: z.array(z.object({ area: z.string(), people: z.int() })).describe('Headcount by role family, largest first.'),
  roles: z.array(RoleHeadcount).describe('Headcount by role, largest first.'),
  noFrameworkRole: z.int().describe("Members with no framework role ('other')."),
  carriedFte: z.number(),
  carriersOverThreshold: z.int(),
  thresholdPercent: z.number(),
});
export type TeamHeadcount = z.infer<typeof TeamHeadcount>;

export const STRUCTURE_STAGES = ['first-engineer', 'shared-team', 'product-sub-teams', 'embedded-teams'] as const;
export const StructureStage = z
  .enum(STRUCTURE_STAGES)
  .describe(
    "Data engineering's stage: no engineer yet; one shared team; a central team with product sub-teams (the article's small/medium structure); teams inside product teams plus a central architecture team (the article's large structure).",
  );
export type StructureStage = z.infer<typeof StructureStage>;

export const StructureUnit = z.object({
  name: z.string(),
  purpose: z.string(),
  basis: z.string().describe('The numbers this unit is drawn from.'),
});
export type StructureUnit = z.infer<typeof StructureUnit>;

export const TeamAdvice = z.object({
  summary: z.string(),
  basis: z.string().describe('The numbers that led to the summary.'),
  units: z.array(StructureUnit),
  source: z
    .string()
    .nullable()
    .describe("The article's sentence when the advice is one of the article's structures; null otherwise."),
});
export type TeamAdvice = z.infer<typeof TeamAdvice>;

export const StructureAdvice = z.object({
  sizeClass: SizeClass,
  derived: z.boolean().describe('True when the size class was derived from the organisation rather than set.'),
  stage: StructureStage,
  headcount: TeamHeadcount,
  productTeams: z
    .array(ProductTeamHeadcount)
    .describe('Product teams from the members and the settings, by name; members with no product team last.'),
  dataScience: TeamAdvice,
  dataEngineering: TeamAdvice,
});
export type StructureAdvice = z.infer<typeof StructureAdvice>;
