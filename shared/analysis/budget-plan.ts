import { DEFAULT_PLAN_WEIGHTS, type HireLimit, type PlanningSettings, type PlanWeights } from '../domain/planning';
import {
  maximiseValue,
  termPeople,
  valueMethod,
  type ValueProblem,
  type ValueSolution,
  type ValueTerm,
} from '../solver';
import type { BudgetFigures, BudgetHire, BudgetOpenGap, BudgetPlan, BudgetStep } from './budget-types';
import { isEngineeringArea, type FrameworkIndex } from './framework-index';
import { groupHires } from './hire-groups';
import { planVariables } from './hiring-plan';
import { round2 } from './numbers';
import type { TeamGap } from './team-coverage';
import type { Hire, SkillCoverage } from './types';

/*
 * The best plan within the manager's limit. It is built on the minimum plan's own model (the
 * same variables: a role, or a role for a product team; the same gaps), so the coverage is
 * computed once and every limit only re-solves a small problem. Value of a plan: each person
 * it adds where a skill is below policy, each skill it stops hanging on one person, and each
 * FTE of work it takes over, weighted by the settings' weights.
 */

export interface BudgetInput {
  index: FrameworkIndex;
  coverage: readonly SkillCoverage[];
  /** Gaps inside product teams the minimum plan closes. */
  teamGaps: readonly TeamGap[];
  /** False when the scope is product teams only (the organisation's gaps are not hired for). */
  orgGaps: boolean;
  /** The minimum plan's hires: what "no limit" means, and the work hires can take over. */
  minimumHires: readonly Hire[];
  planning: PlanningSettings;
}

/** Money steps of the marginal-value series when the limit is money. */
const MONEY_STEPS = 20;

/** Steps of the series at most when each step is an integer program of its own. */
const PROGRAM_STEPS = 40;

interface GapTerm {
  skillId: string;
  name: string;
  productTeam: string | null;
  singlePoint: boolean;
}

interface Model {
  problem: ValueProblem;
  /** Per term: the gap it is, or null for work taken over. */
  gaps: (GapTerm | null)[];
  /** Per variable: role index and product team. */
  variables: { role: number; team: string | null }[];
  /** Per role index: cost of one hire in whole budget units, or null when unpriced. */
  unitCost: (number | null)[];
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

function buildModel(input: BudgetInput, weights: PlanWeights, roleCost: (number | null)[]): Model {
  const { index, coverage, teamGaps, orgGaps, minimumHires } = input;
  const roles = index.roles;
  const roleIndex = new Map(roles.map((r, i) => [r.role.id, i]));
  const closableTeamGaps = teamGaps.filter((g) => g.closableBy.length > 0);
  const { list, byRole, teamVariable } = planVariables(roles.length, closableTeamGaps, roleIndex);
  const terms: ValueTerm[] = [];
  const gaps: (GapTerm | null)[] = [];
  const gapTerm = (vars: number[], cap: number, gap: GapTerm) => {
    terms.push({ vars, cap, perUnit: weights.belowPolicy, firstBonus: gap.singlePoint ? weights.singlePoint : 0 });
    gaps.push(gap);
  };
  if (orgGaps) {
    for (const c of coverage) {
      if (c.gap <= 0 || c.closableBy.length === 0) continue;
      gapTerm(
        c.closableBy.flatMap((id) => byRole[roleIndex.get(id)!]!),
        c.gap,
        { skillId: c.skillId, name: c.name, productTeam: null, singlePoint: c.status === 'single-point-of-failure' },
      );
    }
  }
  for (const g of closableTeamGaps) {
    gapTerm(
      g.closableBy.map((id) => teamVariable.get(`${roleIndex.get(id)!}\u0000${g.productTeam}`)!),
      g.gap,
      { skillId: g.skillId, name: g.name, productTeam: g.productTeam, singlePoint: g.holders === 1 },
    );
  }
  // Work taken over: the engineering load the minimum plan's engineering hires absorb, and
  // per role the work leavers left that its hires replace; each hire takes at most 1 FTE.
  const engineering = roles.filter((r) => isEngineeringArea(r.role.area)).flatMap((r) => byRole[r.index]!);
  const absorbed = round2(minimumHires.reduce((sum, h) => sum + h.absorbsFte, 0));
  if (absorbed > 0 && engineering.length > 0) {
    terms.push({ vars: engineering, cap: absorbed, perUnit: weights.engineeringFte, firstBonus: 0 });
    gaps.push(null);
  }
  const replaced = new Map<number, number>();
  for (const h of minimumHires) {
    const ri = roleIndex.get(h.roleId);
    if (ri !== undefined && h.replacesFte > 0) replaced.set(ri, (replaced.get(ri) ?? 0) + h.replacesFte);
  }
  for (const [ri, fte] of replaced) {
    terms.push({ vars: byRole[ri]!, cap: round2(fte), perUnit: weights.engineeringFte, firstBonus: 0 });
    gaps.push(null);
  }
  // Each hire adds one person to each of its terms: more than the largest cap adds nothing.
  const max = list.map(() => 0);
  for (const t of terms) for (const v of t.vars) max[v] = Math.max(max[v]!, Math.ceil(t.cap));
  const variables = list.map((v, i) => ({ cost: roleCost[v.role] ?? 0, max: roleCost[v.role] === null ? 0 : max[i]! }));
  return { problem: { variables, terms }, gaps, variables: list, unitCost: roleCost };
}

function figuresOf(model: Model, people: readonly number[]): BudgetFigures {
  let gapsClosed = 0;
  let singlePointsClosed = 0;
  let fteAbsorbed = 0;
  let value = 0;
  model.problem.terms.forEach((t, i) => {
    const got = Math.min(people[i]!, t.cap);
    if (got > 0) value += t.perUnit * got + t.firstBonus;
    const gap = model.gaps[i];
    if (gap === null) fteAbsorbed += got;
    else {
      gapsClosed += got;
      if (gap?.singlePoint && got > 0) singlePointsClosed++;
    }
  });
  return { gapsClosed, singlePointsClosed, fteAbsorbed: round2(fteAbsorbed), value: round2(value) };
}

function openOf(model: Model, people: readonly number[]): { open: BudgetOpenGap[]; fteOpen: number } {
  const open: BudgetOpenGap[] = [];
  let fteOpen = 0;
  model.problem.terms.forEach((t, i) => {
    const left = t.cap - Math.min(people[i]!, t.cap);
    if (left <= 0) return;
    const gap = model.gaps[i];
    if (!gap) fteOpen += left;
    else
      open.push({
        skillId: gap.skillId,
        name: gap.name,
        productTeam: gap.productTeam,
        open: left,
        singlePoint: gap.singlePoint && people[i] === 0,
      });
  });
  open.sort((a, b) => Number(b.singlePoint) - Number(a.singlePoint));
  return { open, fteOpen: round2(fteOpen) };
}

/**
 * The last few problems solved, by their text: an edit that changes no gap (most edits of a
 * level) re-solves nothing. The solutions are never changed by their users.
 */
const recent = new Map<string, ValueSolution[]>();
const RECENT = 4;

function solvedOf(problem: ValueProblem, budgets: number[]): ValueSolution[] {
  const key = JSON.stringify([problem, budgets]);
  let solved = recent.get(key);
  if (!solved) {
    solved = maximiseValue(problem, budgets);
    if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
  }
  recent.delete(key);
  recent.set(key, solved);
  return solved;
}

/** Empties the cache of solved problems (the bench times the solving itself). */
export function forgetSolvedBudgets(): void {
  recent.clear();
}

/** Full caps: what the minimum plan gets. */
const fullPeople = (model: Model) => model.problem.terms.map((t) => Math.ceil(t.cap));

/**
 * The plan within `planning.hireLimit`, or null without a limit. Exact: every step is the
 * best value its limit allows (see shared/solver/integer-value.ts).
 */
export function budgetPlanOf(input: BudgetInput): BudgetPlan | null {
  const limit: HireLimit | undefined = input.planning.hireLimit;
  if (!limit) return null;
  const weights = input.planning.weights ?? DEFAULT_PLAN_WEIGHTS;
  const roles = input.index.roles;
  const problems: string[] = [];
  const money = limit.kind === 'money';
  // Costs in whole currency units (rounded up, so a plan that fits really fits), divided by
  // their greatest common divisor so the knapsack's table stays small.
  const costs = input.planning.roleCosts ?? {};
  const wholeCost = roles.map((r) =>
    money ? (costs[r.role.id] === undefined ? null : Math.ceil(costs[r.role.id]!)) : 1,
  );
  const step = money ? wholeCost.reduce<number>((g, c) => (c ? gcd(g, c) : g), 0) || 1 : 1;
  const unitCost = wholeCost.map((c) => (c === null ? null : c / step));
  const model = buildModel(input, weights, unitCost);
  if (money) {
    const unpriced = new Set(
      model.problem.terms
        .flatMap((t) => t.vars.map((v) => model.variables[v]!.role))
        .filter((ri) => unitCost[ri] === null),
    );
    for (const ri of unpriced) {
      problems.push(
        `No cost is set for ${roles[ri]!.role.name}: the plan within the budget leaves its hires out. Set its yearly cost in Settings.`,
      );
    }
  }
  const budgetUnits = money ? Math.floor(limit.amount / step) : limit.hires;
  const minimum = input.minimumHires;
  const costOfRole = (roleId: string): number | null => {
    const ri = input.index.roleById.get(roleId)?.index;
    return ri === undefined ? null : (wholeCost[ri] ?? null);
  };
  const minimumCost = minimum.reduce<number | null>((sum, h) => {
    const c = costOfRole(h.roleId);
    return sum === null || c === null ? null : sum + c;
  }, 0);
  const wholeUnits = money ? (minimumCost === null ? null : minimumCost / step) : minimum.length;
  const whole = figuresOf(model, fullPeople(model));
  const wholePlanFits = wholeUnits !== null && budgetUnits >= wholeUnits;

  const stepOf = (units: number, counts: readonly number[]): BudgetStep => {
    const people = termPeople(model.problem, counts);
    const hires = counts.reduce((n, k) => n + k, 0);
    const cost = counts.reduce((sum, k, v) => sum + k * (unitCost[model.variables[v]!.role] ?? 0), 0) * step;
    return { limit: units * step, hires, cost: money ? cost : null, ...figuresOf(model, people) };
  };
  const wholeStep = (units: number): BudgetStep => ({
    limit: units * step,
    hires: minimum.length,
    cost: money ? minimumCost : null,
    ...whole,
  });

  // The marginal series: every hire count up to the minimum plan's, or money in even steps.
  // When only an integer program solves the problem exactly (one solve per step), a long
  // series is drawn at even steps too, so a large plan's every edit stays quick.
  const top = wholeUnits ?? budgetUnits;
  const steps =
    money || (top > PROGRAM_STEPS && valueMethod(model.problem, top) === 'integer-program')
      ? Math.min(top, money ? MONEY_STEPS : PROGRAM_STEPS)
      : top;
  const seriesUnits = [
    ...new Set(Array.from({ length: steps + 1 }, (_, i) => Math.floor((top * i) / Math.max(1, steps)))),
  ];
  const toSolve = seriesUnits.filter((u) => wholeUnits === null || u < wholeUnits);
  if (!wholePlanFits) toSolve.push(budgetUnits);
  const solved = solvedOf(model.problem, toSolve);
  const series = seriesUnits.map((u) => {
    const at = toSolve.indexOf(u);
    return at >= 0 ? stepOf(u, solved[at]!.counts) : wholeStep(u);
  });

  let hires: BudgetHire[];
  let closed: BudgetFigures;
  let open: BudgetOpenGap[] = [];
  let fteOpen = 0;
  let cost: number | null;
  if (wholePlanFits) {
    hires = groupHires(minimum).map((g) => ({
      roleId: g.roleId,
      roleName: g.roleName,
      productTeam: g.productTeam,
      count: g.count,
      costEach: money ? costOfRole(g.roleId) : null,
    }));
    closed = whole;
    cost = money ? minimumCost : null;
  } else {
    const counts = solved[solved.length - 1]!.counts;
    hires = [];
    counts.forEach((k, v) => {
      if (k === 0) return;
      const { role, team } = model.variables[v]!;
      const r = roles[role]!.role;
      hires.push({
        roleId: r.id,
        roleName: r.name,
        productTeam: team,
        count: k,
        costEach: money ? wholeCost[role]! : null,
      });
    });
    const people = termPeople(model.problem, counts);
    closed = figuresOf(model, people);
    ({ open, fteOpen } = openOf(model, people));
    cost = stepOf(budgetUnits, counts).cost;
  }
  return {
    limit,
    currency: input.planning.currency ?? null,
    weights,
    hires,
    hireCount: hires.reduce((n, h) => n + h.count, 0),
    cost,
    closed,
    whole,
    wholePlanFits,
    open,
    fteOpen,
    series,
    problems,
    optimal: true,
  };
}
