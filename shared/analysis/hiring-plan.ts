import type { Member } from '../domain';
import type { LevelMatrix } from './level-matrix';
import { solveMinCover, type CoverConstraint } from './cover-solver';
import { isEngineeringArea, type FrameworkIndex } from './framework-index';
import { EPSILON, FTE_TOLERANCE, round2 } from './numbers';
import type { EngineeringLoad } from './separation';
import {
  addWork,
  mustHaveOf,
  niceToHaveOf,
  requiredLevels,
  roundedWork,
  seniorityOf,
  shareOfWork,
  type WorkBySkill,
} from './hire-brief';
import { planAssumptions } from './plan-assumptions';
import { compareStrings, listOf } from './text';
import type { Hire, HiringPlan, Priority, ResidualGap, RoleSeparation, SkillCoverage, UpskillCandidate } from './types';
import { replacesLeaver, type UnownedWork } from './unowned-work';
import type { TeamGap } from './team-coverage';

/** How many members one level short are listed per skill; the rest are counted. */
export const UPSKILL_CANDIDATES_PER_SKILL = 3;

/** How many carriers a hire's reason names per product team; the rest are counted. */
export const CARRIERS_NAMED = 5;

const PRIORITY_RANK: Record<Priority, number> = { high: 0, medium: 1, low: 2 };

const fteText = (fte: number): string => `${round2(fte)} FTE`;

/** Engineering work a hire takes over that no responsibility on record explains (a fallback). */
const ENGINEERING_WORK_ID = 'engineering-load';
const ENGINEERING_WORK_NAME = 'Data-engineering work';

interface PlanInput {
  index: FrameworkIndex;
  /** Names of the people coverage depends on, by member id. */
  names: ReadonlyMap<string, string>;
  coverage: readonly SkillCoverage[];
  separation: RoleSeparation;
  /** Engineering load, the unowned engineering work included (see `withUnownedLoad`). */
  load: EngineeringLoad;
  /** Work left by people who leave (a scenario's departures), which the plan must absorb. */
  unowned?: readonly UnownedWork[];
  /** Gaps inside product teams the plan closes (empty when the scope is the organisation). */
  teamGaps?: readonly TeamGap[];
  /** False when the scope is product teams only: the organisation's gaps are shown, not hired for. */
  orgGaps?: boolean;
}

export interface LoadShare {
  productTeam: string;
  fte: number;
}

/**
 * Splits the engineering load of over-threshold scientists (per product team, largest
 * first) over `hires` engineering hires of 1 FTE each. Each team goes to the hire with the
 * most room, split only when it does not fit, so hires serve few teams each. The part of a
 * team's load above the threshold is always placed (the plan has hires enough for all of
 * it); the rest only as far as it leaves room for the other teams' part above the threshold.
 * Returns one list of shares per hire, largest share first.
 */
export function distributeLoad(byTeam: EngineeringLoad['byTeam'], hires: number): LoadShare[][] {
  const shares: LoadShare[][] = Array.from({ length: hires }, () => []);
  const free = new Array<number>(hires).fill(1);
  if (hires === 0) return shares;
  // Hires by room, most first and then by number: a binary heap whose top only ever shrinks.
  const heap = Array.from({ length: hires }, (_, h) => h);
  const before = (a: number, b: number) => free[a]! > free[b]! || (free[a] === free[b] && a < b);
  const sink = () => {
    for (let at = 0; ;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let first = at;
      if (left < hires && before(heap[left]!, heap[first]!)) first = left;
      if (right < hires && before(heap[right]!, heap[first]!)) first = right;
      if (first === at) return;
      [heap[at], heap[first]] = [heap[first]!, heap[at]!];
      at = first;
    }
  };
  const place = (productTeam: string, amount: number) => {
    let left = amount;
    while (left > FTE_TOLERANCE) {
      // The first hire with the most room.
      const target = heap[0]!;
      if (free[target]! <= FTE_TOLERANCE) return;
      const take = Math.min(left, free[target]!);
      free[target] = free[target]! - take;
      left -= take;
      sink();
      const existing = shares[target]!.find((s) => s.productTeam === productTeam);
      if (existing) existing.fte += take;
      else shares[target]!.push({ productTeam, fte: take });
    }
  };
  let excessLeft = byTeam.reduce((sum, t) => sum + t.excessFte, 0);
  for (const team of byTeam) {
    excessLeft -= team.excessFte;
    const room = free.reduce((sum, f) => sum + f, 0) - team.excessFte - excessLeft;
    place(team.productTeam, team.excessFte + Math.max(0, Math.min(team.overFte - team.excessFte, room)));
  }
  // Largest share first; equal shares (in tenths) keep the order of `byTeam`, which puts the
  // team whose scientists carry the most first, so a hire is for the team that needs it most.
  const tenths = (fte: number) => Math.round(fte * LOAD_STEPS_PER_FTE);
  for (const list of shares) list.sort((a, b) => tenths(b.fte) - tenths(a.fte));
  return shares;
}

/** One variable of the plan's integer program: hires of a role, for a product team or none. */
export interface PlanVariable {
  role: number;
  team: string | null;
}

/**
 * The plan's variables: one per role for hires in no team in particular (they close the
 * organisation's gaps and take load), then one per role and product team where that role
 * closes a gap of that team. `byRole` lists each role's variables.
 */
export function planVariables(
  roleCount: number,
  teamGaps: readonly TeamGap[],
  roleIndex: ReadonlyMap<string, number>,
): { list: PlanVariable[]; byRole: number[][]; teamVariable: Map<string, number> } {
  const list: PlanVariable[] = Array.from({ length: roleCount }, (_, role) => ({ role, team: null }));
  const byRole = list.map((_, role) => [role]);
  const teamVariable = new Map<string, number>();
  for (const g of teamGaps) {
    for (const id of g.closableBy) {
      const role = roleIndex.get(id)!;
      const key = `${role}\u0000${g.productTeam}`;
      if (teamVariable.has(key)) continue;
      teamVariable.set(key, list.length);
      byRole[role]!.push(list.length);
      list.push({ role, team: g.productTeam });
    }
  }
  return { list, byRole, teamVariable };
}

/**
 * The plan counts engineering load in whole tenths of an FTE (half a tenth rounds up): a
 * sliver such as 1.002 FTE is 1.0 FTE and needs one hire, not a second one that would take
 * over nothing. Percentages of time are entered to 0.1 %, so a tenth of an FTE (half a day a
 * week) is the finest load a hire can sensibly be planned for.
 */
export const LOAD_STEPS_PER_FTE = 10;

/** Engineering hires (1 FTE each) needed to take `excessFte` off scientists, counted in tenths. */
export function hiresForLoad(excessFte: number): number {
  const steps = Math.round(excessFte * LOAD_STEPS_PER_FTE);
  return steps > 0 ? Math.ceil(steps / LOAD_STEPS_PER_FTE) : 0;
}

/**
 * Whole tenths for each value that add up to `total` tenths, none below its `floor`: each
 * value's whole tenths first, then the largest remainders (then list order) get the rest.
 * Float noise can leave the floors above the total: the smallest remainders give it back.
 */
function apportionTenths(values: readonly number[], total: number, floors: readonly number[]): number[] {
  const raw = values.map((v) => v * LOAD_STEPS_PER_FTE);
  const steps = raw.map((r, i) => Math.max(floors[i]!, Math.floor(r + FTE_TOLERANCE)));
  let left = total - steps.reduce((a, b) => a + b, 0);
  const byRemainder = raw.map((r, i) => ({ i, rest: r - steps[i]! })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    steps[i]!++;
    left--;
  }
  for (let k = byRemainder.length - 1; k >= 0 && left < 0; k--) {
    const i = byRemainder[k]!.i;
    if (steps[i]! > floors[i]!) {
      steps[i]!--;
      left++;
    }
  }
  return steps;
}

/**
 * The load in whole tenths per product team, for handing out to hires: the teams' excess
 * tenths add up to the total's, so `hiresForLoad(total)` hires hold all of it and every share
 * is at least a tenth. What the teams' carriers carry in all (`overFte`, which a hire with
 * room takes over whole) is apportioned the same way, never below the team's excess, so no
 * hire takes a sliver such as 0.02 FTE and two teams' 0.45 and 0.35 still make 0.8.
 */
export function loadInTenths(byTeam: EngineeringLoad['byTeam'], excessFte: number): EngineeringLoad['byTeam'] {
  const tenthsOf = (fte: number) => Math.max(0, Math.round(fte * LOAD_STEPS_PER_FTE));
  const excess = apportionTenths(
    byTeam.map((t) => t.excessFte),
    tenthsOf(excessFte),
    byTeam.map(() => 0),
  );
  const over = apportionTenths(
    byTeam.map((t) => t.overFte),
    tenthsOf(byTeam.reduce((sum, t) => sum + t.overFte, 0)),
    excess,
  );
  return byTeam.map((t, i) => ({
    productTeam: t.productTeam,
    excessFte: excess[i]! / LOAD_STEPS_PER_FTE,
    overFte: over[i]! / LOAD_STEPS_PER_FTE,
  }));
}

/** The plan without the upskilling list: everything the hires depend on. */
export type PlannedHires = Omit<HiringPlan, 'upskilling' | 'upskillingNotListed' | 'assessFirst' | 'assumptions'>;

/**
 * What the hires depend on in the coverage, as text: equal keys, equal hires (given the
 * same framework index and separation).
 */
export function hiresKey(coverage: readonly SkillCoverage[], names: ReadonlyMap<string, string>): string {
  const gaps = coverage.filter((c) => c.gap > 0);
  return JSON.stringify(
    gaps.map((c) => [
      c.skillId,
      c.gap,
      c.holders,
      c.status,
      c.requiredLevel,
      c.needed,
      names.get(c.dependsOn[0] ?? ''),
    ]),
  );
}

/** The whole plan: the hires (see `planHires`) and who could grow into a gap instead. */
export function computeHiringPlan(
  input: PlanInput & { members: readonly Member[]; matrix: LevelMatrix },
  hires: PlannedHires = planHires(input),
): HiringPlan {
  const gaps = input.coverage.filter((c) => c.gap > 0);
  const overloaded = new Map(
    input.separation.carriers.filter((c) => c.overThreshold).map((c) => [c.memberId, c.engineeringPercent]),
  );
  const { upskilling, notListed } = upskillCandidates(input.members, input.index, input.matrix, gaps, {
    overloaded,
    threshold: input.separation.thresholdPercent,
  });
  return {
    hires: hires.hires,
    byRole: hires.byRole,
    hiresForEngineeringLoad: hires.hiresForEngineeringLoad,
    optimal: hires.optimal,
    assumptions: planAssumptions(input.index, input.coverage, input.separation),
    upskilling,
    upskillingNotListed: notListed,
    residualGaps: hires.residualGaps,
    assessFirst: input.coverage
      .filter((c) => c.status === 'unknown')
      .map((c) => ({ skillId: c.skillId, name: c.name, requiredLevel: c.requiredLevel })),
  };
}

/** The fewest hires that close the gaps and take the engineering load, with their reasons. */
export function planHires({
  index,
  names,
  coverage,
  separation,
  load,
  unowned = [],
  teamGaps = [],
  orgGaps = true,
}: PlanInput): PlannedHires {
  const roles = index.roles;
  const roleIndex = new Map(roles.map((r, i) => [r.role.id, i]));
  const gaps = orgGaps ? coverage.filter((c) => c.gap > 0) : [];
  const closable = gaps.filter((c) => c.closableBy.length > 0);

  const residualGaps: ResidualGap[] = gaps
    .filter((c) => c.closableBy.length === 0)
    .map((c) => ({
      skillId: c.skillId,
      name: c.name,
      gap: c.gap,
      reason: `The policy asks for ${c.needed} people at ${index.levelName(c.requiredLevel)} (level ${c.requiredLevel}), but no role profile targets that level, so no hire by profile closes it. Raise a role's target or lower the requirement.`,
    }));

  const engineeringRoles = roles.filter((r) => isEngineeringArea(r.role.area)).map((r) => r.index);
  let loadHires = hiresForLoad(load.excessFte);
  if (loadHires > 0 && engineeringRoles.length === 0) {
    residualGaps.push({
      skillId: 'engineering-load',
      name: 'Engineering work carried by scientists',
      gap: loadHires,
      reason: `Scientists carry ${fteText(load.excessFte)} of engineering work above the ${separation.thresholdPercent} % threshold, but the framework has no data-engineering role to hire for it.`,
    });
    loadHires = 0;
  }

  // The non-engineering work a leaver leaves goes to a hire of the leaver's role.
  const replacement = new Map<
    number,
    { name: string; fte: number; whole: number; responsibilities: string[]; work: WorkBySkill }[]
  >();
  for (const w of unowned) {
    const fte = w.fte - w.engineeringFte;
    if (fte <= FTE_TOLERANCE) continue;
    // The heaviest few, largest first; the rest counted.
    const own = w.responsibilities.filter((r) => !r.engineering).map((r) => r.name);
    const responsibilities = own.length > 3 ? [...own.slice(0, 3), `${own.length - 3} more`] : own;
    const ri = roleIndex.get(w.roleId);
    if (ri === undefined || !replacesLeaver(index, w.roleId)) {
      residualGaps.push({
        skillId: `unowned:${w.memberId}`,
        name: `Work left by ${w.name}`,
        gap: hiresForLoad(fte),
        reason: `${w.name} leaves ${fteText(fte)} of work (${listOf(responsibilities)}) that no framework role takes over: plan who absorbs it.`,
      });
      continue;
    }
    const work: WorkBySkill = new Map();
    for (const r of w.responsibilities) if (!r.engineering) addWork(work, r.skillId, r.fte);
    replacement.set(ri, [...(replacement.get(ri) ?? []), { name: w.name, fte, whole: fte, responsibilities, work }]);
  }

  // Variables: hires of each role for no team in particular, and hires of a role for a
  // product team where it closes a gap of that team.
  const teamGapsClosable = teamGaps.filter((g) => g.closableBy.length > 0);
  for (const g of teamGaps) {
    if (g.closableBy.length > 0) continue;
    residualGaps.push({
      skillId: g.skillId,
      name: `${g.name} in ${g.productTeam}`,
      gap: g.gap,
      reason: `${g.productTeam} needs ${g.gap} more at ${index.levelName(g.requiredLevel)} (level ${g.requiredLevel}), but no role profile targets that level.`,
    });
  }
  const variables = planVariables(roles.length, teamGapsClosable, roleIndex);
  const ofRole = (ri: number) => variables.byRole[ri]!;
  const constraints: CoverConstraint[] = closable.map((c) => ({
    roles: c.closableBy.flatMap((id) => ofRole(roleIndex.get(id)!)),
    demand: c.gap,
  }));
  for (const g of teamGapsClosable) {
    constraints.push({
      roles: g.closableBy.map((id) => variables.teamVariable.get(`${roleIndex.get(id)!}\u0000${g.productTeam}`)!),
      demand: g.gap,
    });
  }
  if (loadHires > 0) constraints.push({ roles: engineeringRoles.flatMap(ofRole), demand: loadHires });
  for (const [ri, work] of replacement) {
    constraints.push({ roles: ofRole(ri), demand: hiresForLoad(work.reduce((sum, w) => sum + w.fte, 0)) });
  }
  const solution = solveMinCover(variables.list.length, constraints);
  const countsByRole = roles.map((_, ri) => ofRole(ri).reduce((n, v) => n + solution.counts[v]!, 0));

  // Hand out the gaps and the load to concrete hires, in framework role order.
  const remainingGap = new Map(closable.map((c) => [c.skillId, c.gap]));
  const remainingTeamGap = new Map(teamGapsClosable.map((g) => [`${g.productTeam}\u0000${g.skillId}`, g.gap]));
  const engineeringHires = roles.reduce((n, r, ri) => n + (isEngineeringArea(r.role.area) ? countsByRole[ri]! : 0), 0);
  const loadShares = distributeLoad(loadInTenths(load.byTeam, load.excessFte), engineeringHires);
  const sharesTaken = new Array<boolean>(loadShares.length).fill(false);
  // A hire for a product team takes the share of that team's load when there is one.
  const takeShares = (team: string | null): LoadShare[] => {
    let at = team === null ? -1 : loadShares.findIndex((sh, i) => !sharesTaken[i] && sh[0]?.productTeam === team);
    if (at < 0) at = sharesTaken.indexOf(false);
    if (at < 0) return [];
    sharesTaken[at] = true;
    return loadShares[at]!;
  };
  // Per product team, once: who carries engineering work over the threshold (named in the
  // reasons) and how much of each responsibility, in FTE (what its hires take over).
  const carriersNamed = new Map<string, { named: string[]; count: number }>();
  const carriedByTeam = new Map<string, WorkBySkill>();
  for (const c of separation.carriers) {
    if (!c.overThreshold) continue;
    let team = carriersNamed.get(c.productTeam);
    if (!team) carriersNamed.set(c.productTeam, (team = { named: [], count: 0 }));
    // A reason names the heaviest few carriers; a large organisation's hundreds are counted.
    if (team.count++ < CARRIERS_NAMED) team.named.push(`${c.name} ${c.engineeringPercent} %`);
    let carried = carriedByTeam.get(c.productTeam);
    if (!carried) carriedByTeam.set(c.productTeam, (carried = new Map<string, number>()));
    // The carrier's engineering FTE split by the responsibilities' shares of their time.
    if (c.engineeringPercent <= 0) continue;
    for (const resp of c.responsibilities) {
      addWork(carried, resp.skillId, (c.engineeringFte * resp.percent) / c.engineeringPercent);
    }
  }
  const carriersText = new Map(
    [...carriersNamed].map(([productTeam, { named, count }]) => [
      productTeam,
      count > named.length ? `${named.join(', ')} and ${count - named.length} more` : named.join(', '),
    ]),
  );
  // Engineering work left by leavers, per product team: named in the reasons, screened for.
  const leftByTeam = new Map<string, string[]>();
  for (const w of unowned) {
    if (w.engineeringFte <= FTE_TOLERANCE) continue;
    leftByTeam.set(w.productTeam, [...(leftByTeam.get(w.productTeam) ?? []), `${w.name} ${fteText(w.engineeringFte)}`]);
    let carried = carriedByTeam.get(w.productTeam);
    if (!carried) carriedByTeam.set(w.productTeam, (carried = new Map<string, number>()));
    for (const r of w.responsibilities) if (r.engineering) addWork(carried, r.skillId, r.fte);
  }
  const requiredLevel = requiredLevels(coverage);
  const nameOf = (skillId: string) =>
    skillId === ENGINEERING_WORK_ID ? ENGINEERING_WORK_NAME : (index.skillById.get(skillId)?.name ?? skillId);
  const drafts: { hire: Hire; order: number }[] = [];
  // Hires for a product team first (by team), then those for no team in particular.
  const slots = variables.list
    .map((v, vi) => ({ ...v, count: solution.counts[vi]! }))
    .filter((v) => v.count > 0)
    .sort(
      (a, b) =>
        a.role - b.role ||
        Number(a.team === null) - Number(b.team === null) ||
        compareStrings(a.team ?? '', b.team ?? ''),
    );
  for (const slot of slots) {
    const ri = slot.role;
    const r = roles[ri]!;
    for (let k = 0; k < slot.count; k++) {
      const screened = closable.filter(
        (c) => c.closableBy.includes(r.role.id) && (remainingGap.get(c.skillId) ?? 0) > 0,
      );
      for (const c of screened) remainingGap.set(c.skillId, remainingGap.get(c.skillId)! - 1);
      const teamScreened =
        slot.team === null
          ? []
          : teamGapsClosable.filter(
              (g) =>
                g.productTeam === slot.team &&
                g.closableBy.includes(r.role.id) &&
                (remainingTeamGap.get(`${g.productTeam}\u0000${g.skillId}`) ?? 0) > 0,
            );
      for (const g of teamScreened) {
        const key = `${g.productTeam}\u0000${g.skillId}`;
        remainingTeamGap.set(key, remainingTeamGap.get(key)! - 1);
      }
      const shares = isEngineeringArea(r.role.area) ? takeShares(slot.team) : [];
      const absorbsFte = shares.reduce((sum, sh) => sum + sh.fte, 0);
      const productTeam = slot.team ?? (shares[0]?.productTeam || null);

      const uncovered = screened.filter((c) => c.holders === 0);
      const single = screened.filter((c) => c.status === 'single-point-of-failure');
      const below = screened.filter((c) => c.status === 'below-policy');
      const reasons: string[] = [];
      if (uncovered.length > 0) {
        reasons.push(`Nobody on the team holds ${listOf(uncovered.map((c) => c.name))} at the level needed.`);
      }
      // Single points of failure, grouped by the one person each skill hangs on.
      const byHolder = new Map<string, string[]>();
      for (const c of single) {
        const holder = names.get(c.dependsOn[0] ?? '') ?? 'one person';
        byHolder.set(holder, [...(byHolder.get(holder) ?? []), c.name]);
      }
      for (const [holder, skills] of byHolder) {
        reasons.push(
          `${listOf(skills)} depend${skills.length === 1 ? 's' : ''} on ${holder} alone (single point of failure).`,
        );
      }
      if (below.length > 0) {
        reasons.push(`Brings ${listOf(below.map((c) => c.name))} up to the coverage policy.`);
      }
      const teamUncovered = teamScreened.filter((g) => g.holders === 0);
      const teamBelow = teamScreened.filter((g) => g.holders > 0);
      if (teamUncovered.length > 0) {
        reasons.push(`Nobody in ${slot.team} holds ${listOf(teamUncovered.map((g) => g.name))} at the level needed.`);
      }
      if (teamBelow.length > 0) {
        reasons.push(`Brings ${listOf(teamBelow.map((g) => g.name))} in ${slot.team} up to the team policy.`);
      }
      for (const share of shares) {
        const carriers = carriersText.get(share.productTeam);
        const left = leftByTeam.get(share.productTeam);
        const where = share.productTeam ? ` in ${share.productTeam}` : '';
        const whose = [
          ...(carriers ? [`carried by data scientists (${carriers})`] : []),
          ...(left ? [`left by ${listOf(left)}, who leave${left.length === 1 ? 's' : ''}`] : []),
        ];
        reasons.push(`Takes over ${fteText(share.fte)} of data-engineering work${where}, ${listOf(whose)}.`);
      }
      // A replacement takes up to one FTE of the work its role's leavers left.
      let replaced = 0;
      const replacedWork: WorkBySkill = new Map();
      const queue = replacement.get(ri) ?? [];
      while (queue.length > 0 && replaced < 1 - FTE_TOLERANCE) {
        const next = queue[0]!;
        const take = Math.min(next.fte, 1 - replaced);
        replaced += take;
        for (const [skillId, fte] of next.work) addWork(replacedWork, skillId, (fte * take) / next.whole);
        reasons.push(`Takes over ${fteText(take)} of the work ${next.name} leaves (${listOf(next.responsibilities)}).`);
        if (next.fte - take <= FTE_TOLERANCE) queue.shift();
        else queue[0] = { ...next, fte: next.fte - take };
      }

      // The work taken over: each team's share split over the responsibilities its
      // scientists (and leavers) carry, then the leaver's own-role work this hire replaces.
      const engineeringWork: WorkBySkill = new Map();
      for (const share of shares) {
        for (const [skillId, fte] of shareOfWork(carriedByTeam.get(share.productTeam), share.fte, ENGINEERING_WORK_ID))
          addWork(engineeringWork, skillId, fte);
      }
      const takesOver = [
        ...roundedWork(engineeringWork, absorbsFte, nameOf),
        ...roundedWork(replacedWork, replaced, nameOf),
      ].sort((a, b) => b.fte - a.fte || compareStrings(a.skillId, b.skillId));
      const gapsClosed = screened.map((c) => ({ skillId: c.skillId, level: c.requiredLevel }));
      for (const g of teamScreened) gapsClosed.push({ skillId: g.skillId, level: g.requiredLevel });
      const mustHave = mustHaveOf(
        index,
        r,
        gapsClosed,
        takesOver.filter((w) => w.skillId !== ENGINEERING_WORK_ID),
        requiredLevel,
      );

      const priority: Priority =
        uncovered.length > 0 || teamUncovered.length > 0 || absorbsFte > EPSILON || replaced > EPSILON
          ? 'high'
          : single.length > 0
            ? 'medium'
            : 'low';
      drafts.push({
        order: drafts.length,
        hire: {
          number: 0,
          roleId: r.role.id,
          roleName: r.role.name,
          priority,
          // The screening list is the must-haves: the gaps closed and the work taken over.
          screenFor: mustHave.map((m) => ({
            skillId: m.skillId,
            name: m.name,
            level: m.level,
            levelName: m.levelName,
          })),
          absorbsFte: round2(absorbsFte),
          replacesFte: round2(replaced),
          takesOver,
          mustHave,
          niceToHave: niceToHaveOf(index, r, mustHave),
          seniority: seniorityOf(index, r, mustHave),
          productTeam,
          reasons,
        },
      });
    }
  }
  drafts.sort((a, b) => PRIORITY_RANK[a.hire.priority] - PRIORITY_RANK[b.hire.priority] || a.order - b.order);
  const hires: Hire[] = drafts.map(({ hire }, i) => {
    hire.number = i + 1;
    return hire;
  });
  return {
    hires,
    byRole: roles.map((r, ri) => ({ roleId: r.role.id, roleName: r.role.name, count: countsByRole[ri]! })),
    hiresForEngineeringLoad: loadHires,
    optimal: solution.optimal,
    residualGaps,
  };
}

/**
 * Members one level short of a skill with a gap: growing them closes the gap without a hire.
 * People whose own role targets the skill come first, then by name (then id, then member
 * order). Each gap's column of the matrix is walked once, keeping only the best few.
 *
 * An engineering skill is never suggested to someone already carrying engineering work over
 * the threshold — growing them there adds to the load the plan is taking off them — unless
 * nobody else is one level short; then they are listed with that caution.
 */
function upskillCandidates(
  members: readonly Member[],
  index: FrameworkIndex,
  matrix: LevelMatrix,
  gaps: readonly SkillCoverage[],
  load: { overloaded: ReadonlyMap<string, number>; threshold: number },
): { upskilling: UpskillCandidate[]; notListed: number } {
  const upskilling: UpskillCandidate[] = [];
  let notListed = 0;
  const { cells, width } = matrix;
  for (const gap of gaps) {
    if (gap.requiredLevel < 1) continue;
    const position = index.positionOf.get(gap.skillId);
    if (position === undefined) continue;
    const targetOf = (m: Member) => index.roleById.get(m.role)?.role.targets[gap.skillId]?.level ?? 0;
    const before = (a: { member: Member; target: number }, b: { member: Member; target: number }) =>
      b.target - a.target || compareStrings(a.member.name, b.member.name) || compareStrings(a.member.id, b.member.id);
    const engineering = isEngineeringArea(gap.area);
    const best: { member: Member; target: number }[] = [];
    const lastResort: { member: Member; target: number }[] = [];
    let short = 0;
    const wanted = gap.requiredLevel - 1;
    const keep = (list: { member: Member; target: number }[], entry: { member: Member; target: number }) => {
      // Insert after every entry that is not after it: equal entries keep member order.
      let at = list.length;
      while (at > 0 && before(entry, list[at - 1]!) < 0) at--;
      if (at < UPSKILL_CANDIDATES_PER_SKILL) {
        list.splice(at, 0, entry);
        if (list.length > UPSKILL_CANDIDATES_PER_SKILL) list.pop();
      }
    };
    let spared = 0;
    for (let m = 0; m < members.length; m++) {
      if (cells[m * width + position] !== wanted) continue;
      const entry = { member: members[m]!, target: targetOf(members[m]!) };
      if (engineering && load.overloaded.has(entry.member.id)) {
        spared++;
        keep(lastResort, entry);
        continue;
      }
      short++;
      keep(best, entry);
    }
    const listed = best.length > 0 ? best : lastResort;
    for (const { member } of listed) {
      const percent = load.overloaded.get(member.id);
      upskilling.push({
        memberId: member.id,
        name: member.name,
        skillId: gap.skillId,
        skillName: gap.name,
        currentLevel: wanted,
        requiredLevel: gap.requiredLevel,
        caution:
          best.length === 0 && percent !== undefined
            ? `Already spends ${percent} % of their time on engineering work, over the ${load.threshold} % threshold: growing them here adds to that load. Listed only because nobody else is one level short.`
            : null,
      });
    }
    notListed += Math.max(0, (best.length > 0 ? short : spared) - UPSKILL_CANDIDATES_PER_SKILL);
  }
  return { upskilling, notListed };
}
