import { NO_PRODUCT_TEAM_LABEL, roleLookup } from '../analysis';
import { compareStrings } from '../analysis/text';
import type { Framework } from '../domain';
import { OTHER_ROLE_ID } from '../domain';
import type { RoundEntry, TrendPoint } from './schema';
import type { RoundLabel } from './types';
import { roundLabel } from './round-view';

/*
 * The tables behind the trend charts: one column per round, oldest first, today's team last.
 * Skills are matched by id across framework versions; a skill some round's framework lacks
 * has no figure there (null), and its row says why (added, retired, renamed).
 */

/** A round's column: its label and the framework it was assessed against. */
export interface TrendColumn extends RoundLabel {
  frameworkId: string;
  frameworkVersion: string;
}

export interface SkillFigures {
  holders: number;
  needed: number;
  gap: number;
  singlePointOfFailure: boolean;
}

export interface SkillTrendRow {
  skillId: string;
  /** Today's name; for a retired skill, the newest name a given framework had for it (else its id). */
  name: string;
  retired: boolean;
  /** Why a column is empty or the name changed: "added in 1.2.0", "retired after 2027 Q1", "renamed from …". */
  notes: string[];
  /** Per column: the figures, or null where the round's framework has no such skill. */
  cells: (SkillFigures | null)[];
}

export interface ProductTeamTrendRow {
  productTeam: string;
  label: string;
  /** Per column: members, required skills covered and gaps in the team, or null when it had nobody. */
  cells: ({ members: number; covered: number; gaps: number } | null)[];
}

export interface RoleTrendRow {
  roleId: string;
  name: string;
  /** Members per column (0 when nobody held the role). */
  counts: number[];
}

export interface TrendsTables {
  columns: TrendColumn[];
  /** Coverage and gaps per skill. */
  skills: SkillTrendRow[];
  /** Single points of failure: how many per column (the rows are `skills`, flagged per cell). */
  singlePointsOfFailure: number[];
  engineeringFte: { carried: number[]; aboveThreshold: number[] };
  headcountByRole: RoleTrendRow[];
  headcountTotal: number[];
  productTeams: ProductTeamTrendRow[];
  stale: { levelsAssessed: number[]; levelsStale: number[] };
  plannedHires: number[];
}

/** A framework a round was assessed against, when the caller has it: names retired skills and finds renames. */
export type PastFramework = Pick<Framework, 'id' | 'version' | 'skills'>;

/**
 * Each trend chart's table from the rounds' entries (their stored figures; no round file is
 * read) and today's figures. `framework` is today's: it names and orders the skills and
 * roles. `pastFrameworks` (the rounds' own, oldest first, when loaded) name retired skills
 * and tell renamed ones; without them a retired skill goes by its id.
 */
export function trendsTable(
  entries: readonly RoundEntry[],
  today: { label: RoundLabel; point: TrendPoint },
  framework: Framework,
  pastFrameworks: readonly PastFramework[] = [],
): TrendsTables {
  const ordered = [...entries].sort((a, b) => compareStrings(a.date, b.date) || compareStrings(a.closedAt, b.closedAt));
  const columns: TrendColumn[] = [
    ...ordered.map((e) => ({ ...roundLabel(e), frameworkId: e.frameworkId, frameworkVersion: e.frameworkVersion })),
    { ...today.label, frameworkId: framework.id, frameworkVersion: framework.version },
  ];
  const points = [...ordered.map((e) => e.trend), today.point];
  const n = points.length;

  return {
    columns,
    skills: skillRows(points, columns, framework, pastFrameworks),
    singlePointsOfFailure: points.map((p) => p.skills.filter((s) => s.singlePointOfFailure).length),
    engineeringFte: {
      carried: points.map((p) => p.engineeringFteCarried),
      aboveThreshold: points.map((p) => p.engineeringFteAboveThreshold),
    },
    headcountByRole: roleRows(points, framework),
    headcountTotal: points.map((p) => Object.values(p.headcountByRole).reduce((sum, c) => sum + c, 0)),
    productTeams: teamRows(points, n),
    stale: { levelsAssessed: points.map((p) => p.levelsAssessed), levelsStale: points.map((p) => p.levelsStale) },
    plannedHires: points.map((p) => p.plannedHires),
  };
}

function skillRows(
  points: readonly TrendPoint[],
  columns: readonly TrendColumn[],
  framework: Framework,
  pastFrameworks: readonly PastFramework[],
): SkillTrendRow[] {
  const n = points.length;
  const rows = new Map<string, SkillTrendRow>();
  for (const skill of framework.skills) {
    rows.set(skill.id, {
      skillId: skill.id,
      name: skill.name,
      retired: false,
      notes: [],
      cells: new Array(n).fill(null),
    });
  }
  points.forEach((point, c) => {
    for (const s of point.skills) {
      let row = rows.get(s.skillId);
      if (row === undefined) {
        row = { skillId: s.skillId, name: s.skillId, retired: true, notes: [], cells: new Array(n).fill(null) };
        rows.set(s.skillId, row);
      }
      row.cells[c] = { holders: s.holders, needed: s.needed, gap: s.gap, singlePointOfFailure: s.singlePointOfFailure };
    }
  });
  // The newest name each given past framework had for a skill, to name retired ones and spot renames.
  const pastNames = new Map<string, string[]>();
  for (const past of pastFrameworks) {
    for (const skill of past.skills) {
      const names = pastNames.get(skill.id) ?? [];
      if (names[names.length - 1] !== skill.name) names.push(skill.name);
      pastNames.set(skill.id, names);
    }
  }
  for (const row of rows.values()) {
    const names = pastNames.get(row.skillId) ?? [];
    if (row.retired) {
      if (names.length > 0) row.name = names[names.length - 1]!;
      const last = lastIndexWith(row.cells);
      row.notes.push(
        last >= 0
          ? `retired after ${columns[last]!.name}: not in the current framework`
          : 'retired: not in the current framework',
      );
    } else {
      const first = row.cells.findIndex((cell) => cell !== null);
      if (first > 0) row.notes.push(`added in framework ${columns[first]!.frameworkVersion} (${columns[first]!.name})`);
      const earlier = names.filter((name) => name !== row.name);
      if (earlier.length > 0) row.notes.push(`renamed from ${earlier.map((name) => `"${name}"`).join(', ')}`);
    }
  }
  return [...rows.values()];
}

function lastIndexWith<T>(cells: readonly (T | null)[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i] !== null) return i;
  return -1;
}

function roleRows(points: readonly TrendPoint[], framework: Framework): RoleTrendRow[] {
  const roleOf = roleLookup(framework);
  const ids = [...framework.roles.map((r) => r.id), OTHER_ROLE_ID];
  const known = new Set(ids);
  for (const point of points) {
    for (const id of Object.keys(point.headcountByRole).sort(compareStrings)) {
      if (!known.has(id)) {
        known.add(id);
        ids.push(id);
      }
    }
  }
  return ids
    .map((roleId) => ({
      roleId,
      name: roleOf(roleId).name,
      counts: points.map((p) => p.headcountByRole[roleId] ?? 0),
    }))
    .filter((row) => row.counts.some((c) => c > 0));
}

const TEAM_NAMES = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' });

function teamRows(points: readonly TrendPoint[], n: number): ProductTeamTrendRow[] {
  const rows = new Map<string, ProductTeamTrendRow>();
  points.forEach((point, c) => {
    for (const team of point.productTeams) {
      let row = rows.get(team.productTeam);
      if (row === undefined) {
        row = {
          productTeam: team.productTeam,
          label: team.productTeam || NO_PRODUCT_TEAM_LABEL,
          cells: new Array(n).fill(null),
        };
        rows.set(team.productTeam, row);
      }
      row.cells[c] = { members: team.members, covered: team.covered, gaps: team.gaps };
    }
  });
  // Teams by name as people sort them; people with no product team last.
  return [...rows.values()].sort(
    (a, b) =>
      Number(a.productTeam === '') - Number(b.productTeam === '') ||
      TEAM_NAMES.compare(a.productTeam, b.productTeam) ||
      compareStrings(a.productTeam, b.productTeam),
  );
}
