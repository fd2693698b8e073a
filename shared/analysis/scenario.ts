import type { Framework, Member, Organisation, Scenario } from '../domain';
import { analyzeTeam, type AnalysisOptions } from './analyze';
import { engineeringPercent } from './fit';
import { indexFramework, isEngineeringArea, isScienceArea } from './framework-index';
import { EPSILON, round2 } from './numbers';
import type { Analysis, AnalysisSummary } from './types';

/**
 * The team as it would be with the scenario applied: departures removed, role moves made,
 * planned hires added at their expected levels (their role's targets where not given).
 *
 * A planned hire in an engineering role is hired to take engineering work off scientists,
 * so the scenario hands it over: each such hire takes up to its FTE of engineering time
 * from the scientists over the threshold, heaviest first. The hire's own allocation is
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

function handOverEngineeringWork(
  members: Member[],
  capacity: number,
  framework: Framework,
  organisation: Organisation,
): Member[] {
  const index = indexFramework(framework, organisation.coverage);
  const isScientist = (m: Member) => {
    const area = index.roleById.get(m.role)?.role.area;
    return area !== undefined && isScienceArea(area);
  };
  const overloaded = members
    .map((m, i) => ({ i, pct: engineeringPercent(m, index) }))
    .filter(({ i, pct }) => isScientist(members[i]!) && pct > organisation.engineeringLoadThreshold + EPSILON)
    .map(({ i, pct }) => ({ i, fte: (members[i]!.fte * pct) / 100 }))
    .sort((a, b) => b.fte - a.fte || a.i - b.i);
  const out = [...members];
  let left = capacity;
  for (const { i, fte } of overloaded) {
    if (left <= EPSILON) break;
    const take = Math.min(left, fte);
    left -= take;
    const keep = 1 - take / fte;
    const member = out[i]!;
    const allocation: Record<string, number> = {};
    for (const [id, share] of Object.entries(member.allocation)) {
      allocation[id] = index.engineeringResponsibilities.has(id) ? share * keep : share;
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
  options: AnalysisOptions = {},
  today: Analysis = analyzeTeam(input, options),
): ScenarioComparison {
  const scenarioAnalysis = analyzeTeam(
    { ...input, members: applyScenario(input.members, scenario, input.framework, input.organisation) },
    options,
  );
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
