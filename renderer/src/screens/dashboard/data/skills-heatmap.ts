import type { Analysis, SkillCoverage } from '@shared/analysis/types';
import type { AppData } from '@shared/data';
import { NOT_ASSESSED } from '@shared/analysis/level-matrix';
import { maxLevel, type Area, type Member, type ProficiencyScale } from '@shared/domain';
import { inSkillOrder } from '@shared/domain/skill-order';
import { changedRun, Interner, memoPerObjectAndKey, unchanged } from '@shared/identity';
import { round1 } from './numbers';
import { AGGREGATE_ABOVE, NO_TEAM } from './product-teams';
import type { TableData } from './table';

/** What a cell (and its table cell) shows for a skill with no level: not assessed is not 0. */
export const NOT_ASSESSED_LABEL = 'not assessed';

export interface HeatmapData {
  /** True when rows are product teams (average levels) rather than members. */
  aggregated: boolean;
  /** The required skills, in the one skill order (the assessment grid's). */
  columns: { skillId: string; name: string; area: Area }[];
  /** A level, an average over the assessed members, or null where nobody was assessed. */
  rows: { key: string; label: string; count: number; levels: (number | null)[] }[];
  max: number;
  table: TableData;
}

/** A member's levels in the columns `key` names (skill ids in column order), NOT_ASSESSED where none. */
const levelsInColumns = memoPerObjectAndKey((member: Member, key: ColumnKey) => {
  const ids = key.ids;
  const row = new Uint8Array(ids.length);
  for (let i = 0; i < ids.length; i++) row[i] = member.levels[ids[i]!] ?? NOT_ASSESSED;
  return row;
});

interface ColumnKey {
  ids: readonly string[];
}

/**
 * One key object per distinct list of columns: every analysis has a new coverage array,
 * but the same framework gives the same columns, so members' cached rows stay valid.
 */
const columnKeys = new Interner((text): ColumnKey => ({ ids: text === '' ? [] : text.split('\u0000') }));
const columnKey = (columns: readonly { skillId: string }[]): ColumnKey =>
  columnKeys.get(columns.map((c) => c.skillId).join('\u0000'));

/** Per product team: its members, and per column the sum of their levels and how many were assessed. */
type TeamSums = Map<string, { count: number; sums: Float64Array; assessed: Int32Array }>;

/** `member`'s levels added to its team's sums (`sign` 1), or taken out of them (−1). */
function addMember(teams: TeamSums, member: Member, key: ColumnKey, sign: 1 | -1): void {
  const name = member.productTeam || NO_TEAM;
  let team = teams.get(name);
  if (!team) {
    team = { count: 0, sums: new Float64Array(key.ids.length), assessed: new Int32Array(key.ids.length) };
    teams.set(name, team);
  }
  team.count += sign;
  const levels = levelsInColumns(member, key);
  const { sums, assessed } = team;
  for (let i = 0; i < levels.length; i++) {
    const level = levels[i]!;
    if (level === NOT_ASSESSED) continue;
    sums[i]! += sign * level;
    assessed[i]! += sign;
  }
  if (team.count === 0) teams.delete(name);
}

/** The sums last computed, and for which members and columns: the next call starts from them. */
let lastSums: { members: readonly Member[]; key: ColumnKey; teams: TeamSums } | null = null;

/**
 * The teams' sums for `members`. After an edit only the members that are new objects are
 * taken out and added again (shared/identity's changed run); levels are whole numbers, so
 * the sums are exactly those of a fresh pass. A change of most members is summed afresh.
 */
function teamSums(members: readonly Member[], key: ColumnKey): TeamSums {
  const last = lastSums !== null && unchanged(lastSums.key, key) ? lastSums : null;
  const run = last === null ? undefined : changedRun(last.members, members);
  let teams: TeamSums;
  if (last !== null && run === null) {
    teams = last.teams;
  } else if (last !== null && run && run.deleteCount + run.insert.length < members.length / 2) {
    // A copy: the last sums may still back a heatmap on screen.
    teams = new Map(
      [...last.teams].map(([name, t]) => [name, { ...t, sums: t.sums.slice(), assessed: t.assessed.slice() }]),
    );
    for (let m = run.start; m < run.start + run.deleteCount; m++) addMember(teams, last.members[m]!, key, -1);
    for (const member of run.insert) addMember(teams, member, key, 1);
  } else {
    teams = new Map();
    for (const member of members) addMember(teams, member, key, 1);
  }
  lastSums = { members, key, teams };
  return teams;
}

/**
 * Members × skills, or product teams × skills (average level) for a team over the limit.
 * A skill nobody assessed is null, never 0; a team's average is over its assessed members.
 */
export function skillsHeatmap(analysis: Analysis, data: AppData): HeatmapData {
  const columns = inSkillOrder(data.framework, analysis.coverage, (c: SkillCoverage) => c.skillId).map((c) => ({
    skillId: c.skillId,
    name: c.name,
    area: c.area,
  }));
  const aggregated = data.members.length > AGGREGATE_ABOVE;
  let rows: HeatmapData['rows'];
  if (!aggregated) {
    rows = data.members.map((m) => ({
      key: m.id,
      label: m.name,
      count: 1,
      levels: columns.map((c) => m.levels[c.skillId] ?? null),
    }));
  } else {
    const teams = teamSums(data.members, columnKey(columns));
    rows = [...teams.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, t]) => ({
        key: name,
        label: name,
        count: t.count,
        levels: Array.from(t.sums, (sum, i) => (t.assessed[i]! === 0 ? null : round1(sum / t.assessed[i]!))),
      }));
  }
  return {
    aggregated,
    columns,
    rows,
    max: maxLevel(data.framework.scale),
    table: {
      header: [aggregated ? 'Product team (average level)' : 'Member', ...columns.map((c) => c.name)],
      rows: rows.map((r) => [
        aggregated ? `${r.label} (${r.count})` : r.label,
        ...r.levels.map((level) => level ?? NOT_ASSESSED_LABEL),
      ]),
      numeric: columns.map((_, i) => i + 1),
    },
  };
}

/** The step (0–4) on the five-step sequential ramp for a level on a scale topping at `max`. */
export function heatStep(level: number, max: number): number {
  if (max <= 0) return 0;
  return Math.max(0, Math.min(4, Math.round((level / max) * 4)));
}

export interface HeatKeyStep {
  step: number;
  /** The levels the step stands for: "3 Practitioner", or "4–6 Advanced to Expert" on a longer scale. */
  label: string;
}

/** The ramp's legend: each step that some level falls on, with those levels' numbers and names. */
export function heatKey(scale: ProficiencyScale): HeatKeyStep[] {
  const max = maxLevel(scale);
  const steps = new Map<number, ProficiencyScale['levels']>();
  for (const level of scale.levels) {
    const step = heatStep(level.level, max);
    steps.set(step, [...(steps.get(step) ?? []), level]);
  }
  return [...steps.entries()].map(([step, levels]) => {
    const first = levels[0]!;
    const last = levels[levels.length - 1]!;
    return {
      step,
      label:
        first === last ? `${first.level} ${first.name}` : `${first.level}–${last.level} ${first.name} to ${last.name}`,
    };
  });
}
