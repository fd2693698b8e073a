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

/** Per-team coverage of these members, counted afresh (the analyzer keeps the counts instead). */
export function teamCoverageFrom(
  members: readonly Member[],
  index: FrameworkIndex,
  matrix: LevelMatrix,
  policy: CoveragePolicy,
): TeamCoverage {
  return teamCoverageOf(countTeams(members, index, matrix), index, policy, members.length);
}

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
 * What per-team coverage is counted from, kept by the analyzer across edits like the level
 * histogram: per product team its members and roles, and per team and required skill the
 * holders and the members not assessed. An edit takes the changed members' rows out and
 * puts them back, so a re-analysis does not walk every member again.
 */
export interface TeamCounts {
  teamOf: Map<string, number>;
  /** In order of first appearance; a team whose last member left stays, with 0 members. */
  teams: { productTeam: string; members: number; roles: Map<string, number> }[];
  /** Team × required skill (`columns` per team). */
  holders: Int32Array;
  unassessed: Int32Array;
  columns: number;
  /** Per required skill, its position in the matrix row. */
  positions: Int32Array;
  /** Per required skill and cell value: 1 when the value holds the skill at its required level. */
  holds: Uint8Array;
}

/** A row's cell as "not assessed" (1) or not (0): a look-up, like `holds`. */
const UNKNOWN_CELL = Uint8Array.from({ length: LEVEL_BINS }, (_, cell) => (cell === NOT_ASSESSED ? 1 : 0));

/** Every member counted: one pass over the members and the required skills. */
export function countTeams(members: readonly Member[], index: FrameworkIndex, matrix: LevelMatrix): TeamCounts {
  const required = index.required;
  const columns = required.length;
  const holds = new Uint8Array(columns * LEVEL_BINS);
  required.forEach((req, c) => {
    for (let cell = req.level; cell <= MAX_LEVEL; cell++) holds[c * LEVEL_BINS + cell] = 1;
  });
  const counts: TeamCounts = {
    teamOf: new Map(),
    teams: [],
    holders: new Int32Array(0),
    unassessed: new Int32Array(0),
    columns,
    positions: Int32Array.from(required, (req) => req.position),
    holds,
  };
  for (let m = 0; m < members.length; m++) countTeamRow(counts, matrix, m, members[m]!, 1);
  return counts;
}

/**
 * Adds (+1) or removes (−1) member `member`, in row `row` of the matrix, from the counts.
 * Removing must see the row as it was counted: before the matrix row is refilled.
 */
export function countTeamRow(counts: TeamCounts, matrix: LevelMatrix, row: number, member: Member, sign: 1 | -1): void {
  const { columns, positions, holds } = counts;
  let t = counts.teamOf.get(member.productTeam);
  if (t === undefined) {
    t = counts.teams.length;
    counts.teamOf.set(member.productTeam, t);
    counts.teams.push({ productTeam: member.productTeam, members: 0, roles: new Map() });
    if ((t + 1) * columns > counts.holders.length) grow(counts, t + 1);
  }
  const team = counts.teams[t]!;
  team.members += sign;
  team.roles.set(member.role, (team.roles.get(member.role) ?? 0) + sign);
  const { holders, unassessed } = counts;
  const { cells, width } = matrix;
  const base = t * columns;
  const offset = row * width;
  // Table look-ups rather than two branches per cell: unassessed skills fall anywhere.
  for (let c = 0; c < columns; c++) {
    const cell = cells[offset + positions[c]!]!;
    holders[base + c]! += sign * holds[c * LEVEL_BINS + cell]!;
    unassessed[base + c]! += sign * UNKNOWN_CELL[cell]!;
  }
}

/** Room for at least `teams` teams, doubling: organisations add teams one member at a time. */
function grow(counts: TeamCounts, teams: number): void {
  const size = Math.max(teams, (counts.holders.length / Math.max(1, counts.columns)) * 2, 8) * counts.columns;
  const holders = new Int32Array(size);
  holders.set(counts.holders);
  const unassessed = new Int32Array(size);
  unassessed.set(counts.unassessed);
  counts.holders = holders;
  counts.unassessed = unassessed;
}

/** Per-team coverage from the counts, for `memberCount` members under `policy`. */
export function teamCoverageOf(
  counts: TeamCounts,
  index: FrameworkIndex,
  policy: CoveragePolicy,
  memberCount: number,
): TeamCoverage {
  const scope = coverageScopeOf(policy, memberCount);
  const minPeople = policy.teamMinPeople ?? DEFAULT_TEAM_MIN_PEOPLE;
  const required = index.required;
  const { columns, holders, unassessed } = counts;
  // Teams nobody is in any more (everyone moved or left) are not shown.
  const teams = counts.teams
    .map((team, t) => ({ productTeam: team.productTeam, members: team.members, roles: team.roles, t }))
    .filter((team) => team.members > 0);
  // A skill required only by `when-staffed` roles is required where such a role is staffed.
  const alwaysRequired = required.map((req) =>
    req.closableBy.some((id) => index.roleById.get(id)?.role.requires !== 'when-staffed'),
  );
  const result = teams.map((team) => {
    const base = team.t * columns;
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
      const inTeam = alwaysRequired[c] || req.closableBy.some((id) => (team.roles.get(id) ?? 0) > 0);
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
