import type { Framework, Member, Organisation, Scenario } from '../domain';
import { analyzeTeam, TeamAnalyzer } from './analyze';
import { indexFramework, isEngineeringArea } from './framework-index';
import { FTE_TOLERANCE, round2 } from './numbers';
import { carriedResponsibilities, isOverThreshold } from './separation';
import type { Analysis, AnalysisSummary } from './types';
import { absorbUnowned, unownedWorkOf, type UnownedWork } from './unowned-work';

/**
 * The team as it would be with the scenario applied: departures removed, role moves made,
 * planned hires added at their expected levels (their role's targets where not given).
 * See `scenarioTeam` for the work the leavers leave.
 */
export function applyScenario(
  members: readonly Member[],
  scenario: Scenario,
  framework: Framework,
  organisation: Organisation,
): Member[] {
  return scenarioTeam(members, scenario, framework, organisation).members;
}

/**
 * The team with the scenario applied, and the work nobody owns once the leavers are gone.
 *
 * A leaver's allocation does not vanish: it stays as unowned work the plan must absorb.
 * Planned hires take it over first — an engineering hire the engineering part, a hire in
 * the leaver's role the rest — each up to its FTE. An engineering hire's capacity left after
 * that takes carried engineering time off the scientists over the threshold, heaviest first.
 * A hire's own allocation is left empty; nobody knows yet how their time will split.
 */
export function scenarioTeam(
  members: readonly Member[],
  scenario: Scenario,
  framework: Framework,
  organisation: Organisation,
): { members: Member[]; unowned: readonly UnownedWork[] } {
  const leaving = new Set(scenario.departures);
  const moves = new Map(scenario.roleMoves.map((m) => [m.memberId, m.toRole]));
  const result: Member[] = [];
  const leavers: Member[] = [];
  for (const member of members) {
    if (leaving.has(member.id)) {
      leavers.push(member);
      continue;
    }
    const toRole = moves.get(member.id);
    result.push(toRole === undefined ? member : { ...member, role: toRole });
  }
  const index = indexFramework(framework, organisation.coverage);
  let unowned = unownedWorkOf(leavers, index);
  const roleById = new Map(framework.roles.map((r) => [r.id, r]));
  let capacity = 0;
  for (const hire of scenario.plannedHires) {
    const role = roleById.get(hire.role);
    const levels: Record<string, number> = {};
    for (const [skillId, target] of Object.entries(role?.targets ?? {})) levels[skillId] = target.level;
    Object.assign(levels, hire.levels ?? {});
    const fte = hire.fte ?? 1;
    if (role !== undefined && isEngineeringArea(role.area)) {
      const before = unowned.reduce((sum, w) => sum + w.engineeringFte, 0);
      unowned = absorbUnowned(unowned, fte, (_, r) => r.engineering);
      capacity += fte - (before - unowned.reduce((sum, w) => sum + w.engineeringFte, 0));
    } else {
      unowned = absorbUnowned(unowned, fte, (w, r) => !r.engineering && w.roleId === hire.role);
    }
    result.push({
      id: hire.id,
      name: hire.name || `Planned ${role?.name ?? hire.role}`,
      role: hire.role,
      productTeam: hire.productTeam ?? '',
      fte,
      levels,
      allocation: {},
    });
  }
  return {
    members: capacity > FTE_TOLERANCE ? handOverEngineeringWork(result, capacity, framework, organisation) : result,
    unowned,
  };
}

/**
 * Planned engineering hires take engineering work off the scientists over the threshold,
 * as the hiring plan counts it: first the part above the threshold (largest first), then,
 * with the capacity left, the rest of those scientists' engineering work.
 */
function handOverEngineeringWork(
  members: Member[],
  capacity: number,
  framework: Framework,
  organisation: Organisation,
): Member[] {
  const index = indexFramework(framework, organisation.coverage);
  const threshold = organisation.engineeringLoadThreshold;
  // The same rule as the separation: work carried for others, by members who can carry it.
  const loaded = members
    .map((member, i) => {
      const carried = carriedResponsibilities(member, index);
      let pct = 0;
      if (carried !== null)
        for (const [id, share] of Object.entries(member.allocation)) if (carried.has(id)) pct += share;
      return { i, carried, pct };
    })
    .filter(({ carried, pct }) => carried !== null && isOverThreshold(pct, threshold))
    .map(({ i, carried, pct }) => ({
      i,
      carried: carried!,
      total: (members[i]!.fte * pct) / 100,
      excess: (members[i]!.fte * (pct - threshold)) / 100,
      taken: 0,
    }));
  let left = capacity;
  const take = (entry: (typeof loaded)[number], amount: number) => {
    const t = Math.min(left, amount);
    entry.taken += t;
    left -= t;
  };
  for (const entry of [...loaded].sort((a, b) => b.excess - a.excess || a.i - b.i)) take(entry, entry.excess);
  for (const entry of [...loaded].sort((a, b) => b.total - a.total || a.i - b.i))
    take(entry, entry.total - entry.taken);

  const out = [...members];
  for (const { i, carried, total, taken } of loaded) {
    if (taken <= 0) continue;
    const keep = Math.max(0, 1 - taken / total);
    const member = out[i]!;
    const allocation: Record<string, number> = {};
    for (const [id, share] of Object.entries(member.allocation)) {
      allocation[id] = carried.has(id) ? share * keep : share;
    }
    out[i] = { ...member, allocation };
  }
  return out;
}

export interface ScenarioSkillChange {
  skillId: string;
  name: string;
  holdersToday: number;
  holdersScenario: number;
  gapToday: number;
  gapScenario: number;
}

export interface ScenarioHireChange {
  roleId: string;
  roleName: string;
  today: number;
  scenario: number;
}

/** A headline figure of today and the scenario; for every one of them, less is better. */
export interface ScenarioFigure {
  label: string;
  today: number;
  scenario: number;
}

/**
 * The headline figures that differ between today and the scenario, in a fixed order. The
 * engineering work to absorb counts what scientists carry and what leavers left: a
 * departure moves work, it does not make it vanish.
 */
const workToAbsorb = (s: AnalysisSummary): number => s.engineeringFteCarriedByScientists + s.unownedEngineeringFte;

export function changedFigures(today: AnalysisSummary, scenario: AnalysisSummary): ScenarioFigure[] {
  const work = (s: AnalysisSummary) => round2(workToAbsorb(s));
  const figures: ScenarioFigure[] = [
    { label: 'Hires recommended', today: today.hiresRecommended, scenario: scenario.hiresRecommended },
    { label: 'Skills with gaps', today: today.skillsWithGaps, scenario: scenario.skillsWithGaps },
    { label: 'Single points of failure', today: today.singlePointsOfFailure, scenario: scenario.singlePointsOfFailure },
    { label: 'Skills not assessed by anyone', today: today.unknownSkills, scenario: scenario.unknownSkills },
    { label: 'Engineering work to absorb (FTE)', today: work(today), scenario: work(scenario) },
    {
      label: 'of which carried by scientists (FTE)',
      today: round2(today.engineeringFteCarriedByScientists),
      scenario: round2(scenario.engineeringFteCarriedByScientists),
    },
    { label: 'Work left by leavers (FTE)', today: today.unownedFte, scenario: scenario.unownedFte },
  ];
  return figures.filter((f) => f.today !== f.scenario);
}

export interface ScenarioComparison {
  scenarioId: string;
  scenarioName: string;
  today: AnalysisSummary;
  scenario: AnalysisSummary;
  /** Skills whose holders or gap differ, in framework order. */
  skillChanges: ScenarioSkillChange[];
  /** Change in recommended hires (negative: the scenario needs fewer). */
  hiresDelta: number;
  /** Roles whose recommended hires differ, in framework role order (only the changes). */
  hireChanges: ScenarioHireChange[];
  /** Change in engineering FTE carried by scientists. */
  carriedFteDelta: number;
  /** Change in engineering work to absorb: carried by scientists plus left by leavers. */
  workToAbsorbDelta: number;
  todayAnalysis: Analysis;
  scenarioAnalysis: Analysis;
}

export function compareScenario(
  input: { framework: Framework; organisation: Organisation; members: readonly Member[] },
  scenario: Scenario,
  today: Analysis = analyzeTeam(input),
  /** Kept across calls for the same scenario, it re-analyses only what changed since. */
  analyzer: TeamAnalyzer = new TeamAnalyzer(),
): ScenarioComparison {
  const applied = scenarioTeam(input.members, scenario, input.framework, input.organisation);
  const scenarioAnalysis = analyzer.analyze({ ...input, members: applied.members, unowned: applied.unowned });
  const countsToday = new Map(today.plan.byRole.map((r) => [r.roleId, r.count]));
  const hireChanges: ScenarioHireChange[] = scenarioAnalysis.plan.byRole
    .map((r) => ({ roleId: r.roleId, roleName: r.roleName, today: countsToday.get(r.roleId) ?? 0, scenario: r.count }))
    .filter((r) => r.today !== r.scenario);
  const after = new Map(scenarioAnalysis.coverage.map((c) => [c.skillId, c]));
  const skillChanges: ScenarioSkillChange[] = [];
  for (const before of today.coverage) {
    const next = after.get(before.skillId);
    if (!next || (next.holders === before.holders && next.gap === before.gap)) continue;
    skillChanges.push({
      skillId: before.skillId,
      name: before.name,
      holdersToday: before.holders,
      holdersScenario: next.holders,
      gapToday: before.gap,
      gapScenario: next.gap,
    });
  }
  return {
    scenarioId: scenario.id,
    scenarioName: scenario.name,
    today: today.summary,
    scenario: scenarioAnalysis.summary,
    skillChanges,
    hiresDelta: scenarioAnalysis.summary.hiresRecommended - today.summary.hiresRecommended,
    hireChanges,
    carriedFteDelta: round2(
      scenarioAnalysis.summary.engineeringFteCarriedByScientists - today.summary.engineeringFteCarriedByScientists,
    ),
    workToAbsorbDelta: round2(workToAbsorb(scenarioAnalysis.summary) - workToAbsorb(today.summary)),
    todayAnalysis: today,
    scenarioAnalysis,
  };
}
