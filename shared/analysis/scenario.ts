import type { Framework, Member, Organisation, Scenario } from '../domain';
import { analyzeTeam, TeamAnalyzer } from './analyze';
import { indexFramework, isEngineeringArea } from './framework-index';
import { round2 } from './numbers';
import { carriedResponsibilities, isOverThreshold } from './separation';
import type { Analysis, AnalysisSummary } from './types';

/**
 * The team as it would be with the scenario applied: departures removed, role moves made,
 * planned hires added at their expected levels (their role's targets where not given).
 *
 * A planned hire in an engineering role is hired to take engineering work off the people
 * carrying it, so the scenario hands it over: each such hire takes up to its FTE of carried
 * engineering time from the carriers over the threshold, heaviest first. The hire's own allocation is
 * left empty; nobody knows yet how their time will split.
 */
export function applyScenario(
  members: readonly Member[],
  scenario: Scenario,
  framework: Framework,
  organisation: Organisation,
): Member[] {
  const leaving = new Set(scenario.departures);
  const moves = new Map(scenario.roleMoves.map((m) => [m.memberId, m.toRole]));
  const result: Member[] = [];
  for (const member of members) {
    if (leaving.has(member.id)) continue;
    const toRole = moves.get(member.id);
    result.push(toRole === undefined ? member : { ...member, role: toRole });
  }
  const roleById = new Map(framework.roles.map((r) => [r.id, r]));
  let capacity = 0;
  for (const hire of scenario.plannedHires) {
    const role = roleById.get(hire.role);
    const levels: Record<string, number> = {};
    for (const [skillId, target] of Object.entries(role?.targets ?? {})) levels[skillId] = target.level;
    Object.assign(levels, hire.levels ?? {});
    const fte = hire.fte ?? 1;
    if (role !== undefined && isEngineeringArea(role.area)) capacity += fte;
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
  return capacity > 0 ? handOverEngineeringWork(result, capacity, framework, organisation) : result;
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

export interface ScenarioComparison {
  scenarioId: string;
  scenarioName: string;
  today: AnalysisSummary;
  scenario: AnalysisSummary;
  /** Skills whose holders or gap differ, in framework order. */
  skillChanges: ScenarioSkillChange[];
  /** Change in recommended hires (negative: the scenario needs fewer). */
  hiresDelta: number;
  /** Change in engineering FTE carried by scientists. */
  carriedFteDelta: number;
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
  const scenarioAnalysis = analyzer.analyze({
    ...input,
    members: applyScenario(input.members, scenario, input.framework, input.organisation),
  });
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
    carriedFteDelta: round2(
      scenarioAnalysis.summary.engineeringFteCarriedByScientists - today.summary.engineeringFteCarriedByScientists,
    ),
    todayAnalysis: today,
    scenarioAnalysis,
  };
}
