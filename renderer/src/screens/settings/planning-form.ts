import type { z } from 'zod';
import {
  CurrencyCode,
  DEFAULT_LEAD_TIME_MONTHS,
  DEFAULT_PLAN_WEIGHTS,
  DEFAULT_UPSKILL_MONTHS_PER_LEVEL,
  Money,
  Organisation,
  PlanningSettings,
  PlanWeights,
  type HireLimit,
} from '@shared/domain';

/*
 * The Settings section for hiring and planning, as pure logic: what the form shows for the
 * stored settings (the draft, all text as typed), which fields are wrong and why, and the
 * settings and company headcount a valid draft saves. Ranges come from the stored schema, so
 * the form cannot accept what the main process would refuse.
 */

/** Currencies offered in the list; any other three-letter code can be typed. */
export const COMMON_CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CAD', 'AUD', 'JPY', 'INR'];

export const WEIGHT_KEYS = ['singlePoint', 'belowPolicy', 'engineeringFte'] as const;
export type WeightKey = (typeof WEIGHT_KEYS)[number];

/** A framework role as the form lists it. */
export interface PlanningRole {
  id: string;
  name: string;
}

/** The form's fields as typed: blank means "not set" (or the default, shown as placeholder). */
export interface PlanningDraft {
  currency: string;
  /** Role id → yearly cost as typed, for every role of the framework. */
  roleCosts: Record<string, string>;
  /** Role id → months to hire as typed, for every role of the framework. */
  leadTimeMonths: Record<string, string>;
  upskillMonthsPerLevel: string;
  weights: Record<WeightKey, string>;
  companyHeadcount: string;
}

/** A field's key: `currency`, `roleCosts.<role id>`, `weights.singlePoint`, `companyHeadcount`… */
export type PlanningField = string;

/** What saving a valid draft stores. */
export interface PlanningSave {
  /** The planning settings (undefined: nothing set at all). */
  planning: PlanningSettings | undefined;
  companyHeadcount: number | undefined;
}

export type PlanningCheck =
  { ok: true; save: PlanningSave } | { ok: false; problems: ReadonlyMap<PlanningField, string> };

const LEAD_TIME = PlanningSettings.shape.leadTimeMonths.unwrap().valueType;
const UPSKILL = PlanningSettings.shape.upskillMonthsPerLevel.unwrap();
const HEADCOUNT = Organisation.shape.companyHeadcount.unwrap();

const text = (value: number | undefined): string => (value === undefined ? '' : String(value));

const defaultWeights = (): Record<WeightKey, string> => ({
  singlePoint: String(DEFAULT_PLAN_WEIGHTS.singlePoint),
  belowPolicy: String(DEFAULT_PLAN_WEIGHTS.belowPolicy),
  engineeringFte: String(DEFAULT_PLAN_WEIGHTS.engineeringFte),
});

/** The weights' fields set back to the defaults (the "Reset to defaults" button). */
export const DEFAULT_WEIGHT_FIELDS: Readonly<Record<WeightKey, string>> = defaultWeights();

/**
 * The form for what is stored. Only the framework's roles get a row: an entry for a role the
 * framework no longer has is not shown (and is kept as stored, see `planningToSave`).
 */
export function planningDraft(
  planning: PlanningSettings | undefined,
  companyHeadcount: number | undefined,
  roles: readonly PlanningRole[],
): PlanningDraft {
  const weights = planning?.weights;
  return {
    currency: planning?.currency ?? '',
    roleCosts: Object.fromEntries(roles.map((r) => [r.id, text(planning?.roleCosts?.[r.id])])),
    leadTimeMonths: Object.fromEntries(roles.map((r) => [r.id, text(planning?.leadTimeMonths?.[r.id])])),
    upskillMonthsPerLevel: text(planning?.upskillMonthsPerLevel),
    weights: weights
      ? {
          singlePoint: String(weights.singlePoint),
          belowPolicy: String(weights.belowPolicy),
          engineeringFte: String(weights.engineeringFte),
        }
      : defaultWeights(),
    companyHeadcount: text(companyHeadcount),
  };
}

/** The number typed, or undefined when the field is blank; NaN when it is not a number. */
export function parseNumber(typed: string): number | undefined {
  const trimmed = typed.trim().replace(/[\s_']/g, '');
  if (trimmed === '') return undefined;
  // Only plain decimals: Number() would take "0x10", "1e3" and "Infinity" too.
  return /^-?(\d+\.?\d*|\.\d+)$/.test(trimmed) ? Number(trimmed) : NaN;
}

const grouped = (n: number) => n.toLocaleString('en-US');

/** Why `value` does not fit `schema`'s range (and whole-number rule), or undefined when it fits. */
function rangeProblem(value: number, schema: z.ZodNumber, what: string): string | undefined {
  const min = schema.minValue ?? 0;
  const max = schema.maxValue ?? Number.MAX_SAFE_INTEGER;
  const whole = schema.isInt;
  if (Number.isNaN(value)) return `${what} must be a number.`;
  if ((whole && !Number.isInteger(value)) || value < min || value > max) {
    return `${what} must be ${whole ? 'a whole number' : 'a number'} from ${grouped(min)} to ${grouped(max)}.`;
  }
  return undefined;
}

/**
 * Checks the draft against the stored schema. A valid draft gives what to save: the stored
 * planning settings with the form's fields replaced, everything the form does not edit (the
 * plan's hire limit, entries for roles the framework no longer has) kept as stored.
 */
export function checkPlanningDraft(
  draft: PlanningDraft,
  stored: PlanningSettings | undefined,
  roles: readonly PlanningRole[],
): PlanningCheck {
  const problems = new Map<PlanningField, string>();
  const number = (field: PlanningField, typed: string, schema: z.ZodNumber, what: string): number | undefined => {
    const value = parseNumber(typed);
    if (value === undefined) return undefined;
    const problem = rangeProblem(value, schema, what);
    if (problem) problems.set(field, problem);
    return problem ? undefined : value;
  };

  const currency = draft.currency.trim().toUpperCase();
  if (currency && !CurrencyCode.safeParse(currency).success) {
    problems.set('currency', 'The currency must be a three-letter code such as EUR or USD.');
  }

  const roleCosts: Record<string, number> = keptForOtherRoles(stored?.roleCosts, roles);
  const leadTimeMonths: Record<string, number> = keptForOtherRoles(stored?.leadTimeMonths, roles);
  for (const role of roles) {
    const cost = number(`roleCosts.${role.id}`, draft.roleCosts[role.id] ?? '', Money, `${role.name}: the yearly cost`);
    if (cost !== undefined) roleCosts[role.id] = cost;
    const months = number(
      `leadTimeMonths.${role.id}`,
      draft.leadTimeMonths[role.id] ?? '',
      LEAD_TIME,
      `${role.name}: the months to hire`,
    );
    if (months !== undefined) leadTimeMonths[role.id] = months;
  }
  const upskill = number('upskillMonthsPerLevel', draft.upskillMonthsPerLevel, UPSKILL, 'The months per level');

  const weights = { ...DEFAULT_PLAN_WEIGHTS };
  for (const key of WEIGHT_KEYS) {
    const weight = number(`weights.${key}`, draft.weights[key], PlanWeights.shape[key], 'A weight');
    if (weight !== undefined) weights[key] = weight;
  }

  const companyHeadcount = number('companyHeadcount', draft.companyHeadcount, HEADCOUNT, "The company's headcount");

  if (problems.size > 0) return { ok: false, problems };

  const planning: PlanningSettings = {};
  if (currency) planning.currency = currency;
  if (Object.keys(roleCosts).length > 0) planning.roleCosts = roleCosts;
  if (Object.keys(leadTimeMonths).length > 0) planning.leadTimeMonths = leadTimeMonths;
  if (upskill !== undefined) planning.upskillMonthsPerLevel = upskill;
  if (stored?.hireLimit) planning.hireLimit = stored.hireLimit;
  // The defaults are left unstored, so that a later change of the defaults reaches managers who never chose.
  if (WEIGHT_KEYS.some((key) => weights[key] !== DEFAULT_PLAN_WEIGHTS[key])) planning.weights = weights;
  return {
    ok: true,
    save: { planning: Object.keys(planning).length > 0 ? planning : undefined, companyHeadcount },
  };
}

/** The stored entries for roles the framework does not have now: not shown, not used, kept. */
function keptForOtherRoles(
  entries: Record<string, number> | undefined,
  roles: readonly PlanningRole[],
): Record<string, number> {
  const shown = new Set(roles.map((r) => r.id));
  return Object.fromEntries(Object.entries(entries ?? {}).filter(([id]) => !shown.has(id)));
}

/** How the plan's limit reads here: it is set on the Plan screen, in the currency above. */
export function hireLimitText(limit: HireLimit | undefined, currency: string | undefined): string {
  if (!limit) return 'none (the plan is the fewest hires that close every gap).';
  if (limit.kind === 'hires') return `at most ${grouped(limit.hires)} ${limit.hires === 1 ? 'hire' : 'hires'}.`;
  return `a budget of ${grouped(limit.amount)} ${currency ?? '(no currency set)'} in yearly cost.`;
}

/** The lead time shown as placeholder for a role with none set. */
export const LEAD_TIME_PLACEHOLDER = String(DEFAULT_LEAD_TIME_MONTHS);
/** The months per level shown as placeholder when none is set. */
export const UPSKILL_PLACEHOLDER = String(DEFAULT_UPSKILL_MONTHS_PER_LEVEL);
