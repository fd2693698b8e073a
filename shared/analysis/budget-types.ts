import { z } from 'zod';
import { HireLimit, PlanWeights } from '../domain/planning';

/*
 * The plan within the manager's limit, as zod schemas (like the rest of the analysis, so the
 * JSON report's schema documents it). Present only when the settings set a limit.
 */

export const BudgetFigures = z.object({
  gapsClosed: z
    .int()
    .describe('People added where a skill is below the coverage policy (organisation and product teams).'),
  singlePointsClosed: z.int().describe('Skills held by one person that the hires make held by two or more.'),
  fteAbsorbed: z
    .number()
    .describe('FTE of work the hires take over (engineering load carried by scientists, and work leavers left).'),
  value: z
    .number()
    .describe('singlePoint × single points closed + belowPolicy × gaps closed + engineeringFte × FTE absorbed.'),
});
export type BudgetFigures = z.infer<typeof BudgetFigures>;

export const BudgetHire = z.object({
  roleId: z.string(),
  roleName: z.string(),
  productTeam: z.string().nullable(),
  count: z.int().min(1),
  costEach: z.number().nullable().describe('Yearly cost of one hire of the role (money limit only).'),
});
export type BudgetHire = z.infer<typeof BudgetHire>;

export const BudgetOpenGap = z.object({
  skillId: z.string(),
  name: z.string(),
  productTeam: z.string().nullable().describe('Null for a gap of the whole organisation.'),
  open: z.int().describe('People still missing at the required level.'),
  singlePoint: z.boolean().describe('True when the skill still hangs on one person.'),
});
export type BudgetOpenGap = z.infer<typeof BudgetOpenGap>;

export const BudgetStep = BudgetFigures.extend({
  limit: z.number().describe('The limit of this step: hires, or money in the settings currency.'),
  hires: z.int(),
  cost: z.number().nullable().describe('What the best plan at this step costs (money limit only).'),
});
export type BudgetStep = z.infer<typeof BudgetStep>;

export const BudgetPlan = z.object({
  limit: HireLimit,
  currency: z.string().nullable(),
  weights: PlanWeights,
  hires: z.array(BudgetHire).describe('The best hires within the limit, by role and product team.'),
  hireCount: z.int(),
  cost: z.number().nullable().describe('What the chosen hires cost in all (money limit only).'),
  closed: BudgetFigures,
  whole: BudgetFigures.describe('What the minimum plan (every gap closed) achieves.'),
  wholePlanFits: z.boolean().describe('True when the limit allows the whole minimum plan: it is the chosen plan.'),
  open: z.array(BudgetOpenGap).describe('Gaps the chosen hires leave open, single points of failure first.'),
  fteOpen: z.number().describe('FTE of work no chosen hire takes over.'),
  series: z
    .array(BudgetStep)
    .describe('The best plan at each number of hires (or money step) from none to the whole minimum plan.'),
  problems: z.array(z.string()).describe('What keeps the limit from being applied fully, such as a role with no cost.'),
  optimal: z.literal(true).describe('Always true: every step is the proven best within its limit.'),
});
export type BudgetPlan = z.infer<typeof BudgetPlan>;
