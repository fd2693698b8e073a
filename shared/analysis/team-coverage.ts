import { z } from 'zod';
import { CoverageScope, coverageScopeOf, DEFAULT_TEAM_MIN_PEOPLE, type CoveragePolicy, type Member } from '../domain';
import type { FrameworkIndex } from './framework-index';
import { NO_PRODUCT_TEAM_LABEL } from './product-teams';
import { LEVEL_BINS, MAX_LEVEL, NOT_ASSESSED, type LevelMatrix } from './level-matrix';
import { compareStrings } from './text';

/*
 * Coverage inside each product team: the same required skills and levels as the
 * organisation's, with the team's own people. A skill that only a `when-staffed` role
 * requires is required in the teams where someone holds such a role.
 */

export const TeamCellStatus = z.enum(['not-required', 'unknown', 'uncovered', 'below-policy', 'covered']);
export type TeamCellStatus = z.infer<typeof TeamCellStatus>;

export const TeamCoverage = z.object({
  scope: CoverageScope.describe('Where coverage is asked for: the policy or, absent, by size.'),
  scopeDerived: z.boolean().describe('True when the scope comes from the team size, not the policy.'),
  minPeople: z.int().describe('People each product team needs at the required level.'),
  skills: z
    .array(z.object({ skillId: z.string(), name: z.string(), requiredLevel: z.int() }))
    .describe("The organisation's required skills, in framework order: the columns of every team's arrays."),
  teams: z
    .array(
      z.object({
        productTeam: z.string().describe('As written on the members; empty for no product team.'),
        label: z.string(),
        members: z.int(),
        holders: z.array(z.int()).describe('Per skill column: team members at or above the required level.'),
        notAssessed: z.array(z.int()).describe('Per skill column: team members not assessed on the skill.'),
        gaps: z.array(z.int()).describe('Per skill column: people missing against `minPeople` (0 when unknown).'),
        status: z.array(TeamCellStatus),
        gapCount: z.int().describe('Skills with a gap in this team.'),
      }),
    )
    .describe('Product teams, the ones with the most gaps first, then by name; no product team last.'),
  gapCount: z.int().describe('Team × skill cells with a gap, over every team.'),
  teamsWithGaps: z.int(),
});
export type TeamCoverage = z.infer<typeof TeamCoverage>;

/** Team names as people sort them ("Payments 2" before "Payments 10"), the same on every machine. */
const TEAM_NAMES = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' });

/** One team × skill gap, with the roles whose hire closes it: what the plan hires for. */
export interface TeamGap {
  productTeam: string;
  skillId: string;
  name: string;
  requiredLevel: number;
  gap: number;
  holders: number;
  closableBy: readonly string[];
}

/**
 * Per-team coverage from the level matrix: one pass over the members, counting per team
 * and required skill. Linear in members × required skills.
 */
export function teamCoverageFrom(
  members: readonly Member[],
  index: FrameworkIndex,
  matrix: LevelMatrix,
  policy: CoveragePolicy,
): TeamCoverage {
  const scope = coverageScopeOf(policy, members.length);
  const minPeople = policy.teamMinPeople ?? DEFAULT_TEAM_MIN_PEOPLE;
  const required = index.required;
  const columns = required.length;
  const teamOf = new Map<string, number>();
  const teams: { productTeam: string; members: number; staffed: Set<string> }[] = [];
  const rowTeam = new Int32Array(members.length);
  for (let m = 0; m < members.length; m++) {
    const member = members[m]!;
    let t = teamOf.get(member.productTeam);
    if (t === undefined) {
      t = teams.length;
      teamOf.set(member.productTeam, t);
      teams.push({ productTeam: member.productTeam, members: 0, staffed: new Set() });
    }
    teams[t]!.members++;
    teams[t]!.staffed.add(member.role);
    rowTeam[m] = t;
  }
  const holders = new Int32Array(teams.length * columns);
  const unassessed = new Int32Array(teams.length * columns);
  const { cells, width } = matrix;
  // Per column, what each cell value adds to the holders and to the not assessed: table
  // look-ups instead of two branches per cell, which unassessed skills scattered through
  // the rows would mispredict.
  const positions = Int32Array.from(required, (req) => req.position);
  const holds = new Uint8Array(columns * LEVEL_BINS);
  const unknown = new Uint8Array(LEVEL_BINS);
  unknown[NOT_ASSESSED] = 1;
  required.forEach((req, c) => {
    for (let cell = req.level; cell <= MAX_LEVEL; cell++) holds[c * LEVEL_BINS + cell] = 1;
  });
  for (let m = 0; m < members.length; m++) {
    const base = rowTeam[m]! * columns;
    const row = m * width;
    for (let c = 0; c < columns; c++) {
      const cell = cells[row + positions[c]!]!;
      holders[base + c]! += holds[c * LEVEL_BINS + cell]!;
      unassessed[base + c]! += unknown[cell]!;
    }
  }
  // A skill required only by `when-staffed` roles is required where such a role is staffed.
  const alwaysRequired = required.map((req) =>
    req.closableBy.some((id) => index.roleById.get(id)?.role.requires !== 'when-staffed'),
  );
  const result = teams.map((team, t) => {
    const base = t * columns;
    const h: number[] = [];
    const na: number[] = [];
    const gaps: number[] = [];
    const status: TeamCellStatus[] = [];
    let gapCount = 0;
    for (let c = 0; c < columns; c++) {
      const req = required[c]!;
      const held = holders[base + c]!;
      const notAssessed = unassessed[base + c]!;
      h.push(held);
      na.push(notAssessed);
      const needed = Math.min(minPeople, req.people);
      const inTeam = alwaysRequired[c] || req.closableBy.some((id) => team.staffed.has(id));
      let cell: TeamCellStatus;
      let gap = 0;
      if (!inTeam) cell = 'not-required';
      else if (notAssessed === team.members) cell = 'unknown';
      else if (held >= needed) cell = 'covered';
      else {
        gap = needed - held;
        cell = held === 0 ? 'uncovered' : 'below-policy';
      }
      if (gap > 0) gapCount++;
      gaps.push(gap);
      status.push(cell);
    }
    return {
      productTeam: team.productTeam,
      label: team.productTeam || NO_PRODUCT_TEAM_LABEL,
      members: team.members,
      holders: h,
      notAssessed: na,
      gaps,
      status,
      gapCount,
    };
  });
  result.sort(
    (a, b) =>
      Number(a.productTeam === '') - Number(b.productTeam === '') ||
      b.gapCount - a.gapCount ||
      TEAM_NAMES.compare(a.productTeam, b.productTeam) ||
      compareStrings(a.productTeam, b.productTeam),
  );
  return {
    scope,
    scopeDerived: policy.scope === undefined,
    minPeople,
    skills: required.map((req) => ({ skillId: req.skill.id, name: req.skill.name, requiredLevel: req.level })),
    teams: result,
    gapCount: result.reduce((sum, t) => sum + t.gapCount, 0),
    teamsWithGaps: result.filter((t) => t.gapCount > 0).length,
  };
}

/**
 * The gaps the plan hires for inside product teams: only when the scope asks for teams,
 * and only in real product teams (people with no product team have no team to hire into).
 */
export function teamGapsToPlan(coverage: TeamCoverage, index: FrameworkIndex): TeamGap[] {
  if (coverage.scope === 'org') return [];
  const gaps: TeamGap[] = [];
  for (const team of coverage.teams) {
    if (team.productTeam === '') continue;
    team.gaps.forEach((gap, c) => {
      if (gap <= 0) return;
      const req = index.required[c]!;
      gaps.push({
        productTeam: team.productTeam,
        skillId: req.skill.id,
        name: req.skill.name,
        requiredLevel: req.level,
        gap,
        holders: team.holders[c]!,
        closableBy: req.closableBy,
      });
    });
  }
  return gaps;
}

/** The team gaps as text: equal keys, equal hires (with the same organisation-wide key). */
export const teamGapsKey = (gaps: readonly TeamGap[]): string =>
  JSON.stringify(gaps.map((g) => [g.productTeam, g.skillId, g.gap, g.holders]));
