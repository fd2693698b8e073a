import type { Member } from '../domain';
import { solveMinCover, type CoverConstraint } from './cover-solver';
import { isEngineeringArea, type FrameworkIndex } from './framework-index';
import { EPSILON, FTE_TOLERANCE, round2 } from './numbers';
import type { EngineeringLoad } from './separation';
import { compareStrings, listOf } from './text';
import type { Hire, HiringPlan, Priority, ResidualGap, RoleSeparation, SkillCoverage, UpskillCandidate } from './types';

/** How many members one level short are listed per skill; the rest are counted. */
export const UPSKILL_CANDIDATES_PER_SKILL = 3;

const PRIORITY_RANK: Record<Priority, number> = { high: 0, medium: 1, low: 2 };

const fteText = (fte: number): string => `${round2(fte)} FTE`;

interface PlanInput {
  members: readonly Member[];
  index: FrameworkIndex;
  coverage: readonly SkillCoverage[];
  separation: RoleSeparation;
  load: EngineeringLoad;
  searchBudget?: number;
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
  const place = (productTeam: string, amount: number) => {
    let left = amount;
    while (left > FTE_TOLERANCE) {
      const target = free.indexOf(Math.max(...free));
      if (free[target]! <= FTE_TOLERANCE) return;
      const take = Math.min(left, free[target]!);
      free[target] = free[target]! - take;
      left -= take;
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
  for (const list of shares) list.sort((a, b) => b.fte - a.fte || compareStrings(a.productTeam, b.productTeam));
  return shares;
}

/** Engineering hires (1 FTE each) needed to take `excessFte` off scientists. */
export function hiresForLoad(excessFte: number): number {
  return excessFte > FTE_TOLERANCE ? Math.ceil(excessFte - FTE_TOLERANCE) : 0;
}

export function computeHiringPlan({ members, index, coverage, separation, load, searchBudget }: PlanInput): HiringPlan {
  const roles = index.roles;
  const roleIndex = new Map(roles.map((r, i) => [r.role.id, i]));
  const nameOf = new Map(members.map((m) => [m.id, m.name]));
  const gaps = coverage.filter((c) => c.gap > 0);
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

  const constraints: CoverConstraint[] = closable.map((c) => ({
    roles: c.closableBy.map((id) => roleIndex.get(id)!),
    demand: c.gap,
  }));
  if (loadHires > 0) constraints.push({ roles: engineeringRoles, demand: loadHires });
  const solution = solveMinCover(roles.length, constraints, searchBudget);

  // Hand out the gaps and the load to concrete hires, in framework role order.
  const remainingGap = new Map(closable.map((c) => [c.skillId, c.gap]));
  const engineeringHires = roles.reduce(
    (n, r, ri) => n + (isEngineeringArea(r.role.area) ? solution.counts[ri]! : 0),
    0,
  );
  const loadShares = distributeLoad(load.byTeam, engineeringHires);
  // Per product team, once: who carries engineering work over the threshold (named in the
  // reasons) and how much of each responsibility (screened for) — not again for every hire.
  const carriersText = new Map<string, string>();
  const carriedByTeam = new Map<string, Map<string, number>>();
  for (const c of separation.carriers) {
    if (!c.overThreshold) continue;
    const named = `${c.name} ${c.engineeringPercent} %`;
    carriersText.set(
      c.productTeam,
      carriersText.has(c.productTeam) ? `${carriersText.get(c.productTeam)}, ${named}` : named,
    );
    const carried = carriedByTeam.get(c.productTeam) ?? new Map<string, number>();
    for (const resp of c.responsibilities) carried.set(resp.skillId, (carried.get(resp.skillId) ?? 0) + resp.percent);
    carriedByTeam.set(c.productTeam, carried);
  }
  let engineeringHireIndex = 0;
  const drafts: (Hire & { order: number })[] = [];
  roles.forEach((r, ri) => {
    for (let k = 0; k < solution.counts[ri]!; k++) {
      const screened = closable.filter(
        (c) => c.closableBy.includes(r.role.id) && (remainingGap.get(c.skillId) ?? 0) > 0,
      );
      for (const c of screened) remainingGap.set(c.skillId, remainingGap.get(c.skillId)! - 1);
      const shares = isEngineeringArea(r.role.area) ? (loadShares[engineeringHireIndex++] ?? []) : [];
      const absorbsFte = shares.reduce((sum, sh) => sum + sh.fte, 0);
      const productTeam = shares[0]?.productTeam || null;

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
        const holder = nameOf.get(c.dependsOn[0] ?? '') ?? 'one person';
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
      for (const share of shares) {
        const carriers = carriersText.get(share.productTeam);
        const where = share.productTeam ? ` in ${share.productTeam}` : '';
        reasons.push(
          `Takes over ${fteText(share.fte)} of data-engineering work now carried by data scientists${where}${carriers ? ` (${carriers})` : ''}.`,
        );
      }

      let screenFor = screened.map((c) => ({ skillId: c.skillId, level: c.requiredLevel }));
      if (screenFor.length === 0) {
        // A hire made for the load alone is screened for the work it takes over.
        const carried = new Map<string, number>();
        for (const team of new Set(shares.map((sh) => sh.productTeam))) {
          for (const [skillId, percent] of carriedByTeam.get(team) ?? []) {
            carried.set(skillId, (carried.get(skillId) ?? 0) + percent);
          }
        }
        screenFor = [...carried.entries()]
          .sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))
          .slice(0, 4)
          .map(([skillId]) => ({ skillId, level: r.role.targets[skillId]?.level ?? 0 }))
          .filter((s) => s.level > 0);
      }

      const priority: Priority =
        uncovered.length > 0 || absorbsFte > EPSILON ? 'high' : single.length > 0 ? 'medium' : 'low';
      drafts.push({
        number: 0,
        order: drafts.length,
        roleId: r.role.id,
        roleName: r.role.name,
        priority,
        screenFor: screenFor.map((s) => ({
          skillId: s.skillId,
          name: index.skillById.get(s.skillId)?.name ?? s.skillId,
          level: s.level,
          levelName: index.levelName(s.level),
        })),
        absorbsFte: round2(absorbsFte),
        productTeam,
        reasons,
      });
    }
  });
  drafts.sort((a, b) => PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || a.order - b.order);
  const hires: Hire[] = drafts.map(({ order: _order, ...hire }, i) => ({ ...hire, number: i + 1 }));

  const { upskilling, notListed } = upskillCandidates(members, index, gaps);
  return {
    hires,
    byRole: roles.map((r, ri) => ({ roleId: r.role.id, roleName: r.role.name, count: solution.counts[ri]! })),
    hiresForEngineeringLoad: loadHires,
    optimal: solution.optimal,
    upskilling,
    upskillingNotListed: notListed,
    residualGaps,
  };
}

/**
 * Members one level short of a skill with a gap: growing them closes the gap without a hire.
 * People whose own role targets the skill come first, then by name.
 */
function upskillCandidates(
  members: readonly Member[],
  index: FrameworkIndex,
  gaps: readonly SkillCoverage[],
): { upskilling: UpskillCandidate[]; notListed: number } {
  const upskilling: UpskillCandidate[] = [];
  let notListed = 0;
  for (const gap of gaps) {
    if (gap.requiredLevel < 1) continue;
    const short = members.filter((m) => (m.levels[gap.skillId] ?? 0) === gap.requiredLevel - 1);
    const targets = (m: Member) => index.roleById.get(m.role)?.role.targets[gap.skillId]?.level ?? 0;
    short.sort((a, b) => targets(b) - targets(a) || compareStrings(a.name, b.name) || compareStrings(a.id, b.id));
    for (const m of short.slice(0, UPSKILL_CANDIDATES_PER_SKILL)) {
      upskilling.push({
        memberId: m.id,
        name: m.name,
        skillId: gap.skillId,
        skillName: gap.name,
        currentLevel: gap.requiredLevel - 1,
        requiredLevel: gap.requiredLevel,
      });
    }
    notListed += Math.max(0, short.length - UPSKILL_CANDIDATES_PER_SKILL);
  }
  return { upskilling, notListed };
}
