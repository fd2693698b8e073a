import type { Analysis, SkillCoverage } from '@shared/analysis/types';
import type { AppData } from '@shared/data';
import { maxLevel, type Area, type Member, type ProficiencyScale } from '@shared/domain';
import { Interner, memoPerObjectAndKey } from '@shared/identity';
import { round1 } from './numbers';
import { AGGREGATE_ABOVE, NO_TEAM } from './product-teams';
import type { TableData } from './table';

export interface HeatmapData {
  /** True when rows are product teams (average levels) rather than members. */
  aggregated: boolean;
  columns: { skillId: string; name: string; area: Area }[];
  rows: { key: string; label: string; count: number; levels: number[] }[];
  max: number;
  table: TableData;
}

/** A member's levels in the columns `key` names (skill ids in coverage order). */
const levelsInColumns = memoPerObjectAndKey((member: Member, key: ColumnKey) => {
  const ids = key.ids;
  const row = new Uint8Array(ids.length);
  for (let i = 0; i < ids.length; i++) row[i] = member.levels[ids[i]!] ?? 0;
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
const columnKey = (coverage: readonly SkillCoverage[]): ColumnKey =>
  columnKeys.get(coverage.map((c) => c.skillId).join('\u0000'));

/** Members × skills, or product teams × skills (average level) for a team over the limit. */
export function skillsHeatmap(analysis: Analysis, data: AppData): HeatmapData {
  const columns = analysis.coverage.map((c) => ({ skillId: c.skillId, name: c.name, area: c.area }));
  const aggregated = data.members.length > AGGREGATE_ABOVE;
  let rows: HeatmapData['rows'];
  if (!aggregated) {
    rows = data.members.map((m) => ({
      key: m.id,
      label: m.name,
      count: 1,
      levels: columns.map((c) => m.levels[c.skillId] ?? 0),
    }));
  } else {
    const teams = new Map<string, { count: number; sums: Float64Array }>();
    const key = columnKey(analysis.coverage);
    for (const m of data.members) {
      const name = m.productTeam || NO_TEAM;
      let team = teams.get(name);
      if (!team) {
        team = { count: 0, sums: new Float64Array(columns.length) };
        teams.set(name, team);
      }
      team.count++;
      const levels = levelsInColumns(m, key);
      const sums = team.sums;
      for (let i = 0; i < levels.length; i++) sums[i]! += levels[i]!;
    }
    rows = [...teams.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, t]) => ({
        key: name,
        label: name,
        count: t.count,
        levels: Array.from(t.sums, (sum) => round1(sum / t.count)),
      }));
  }
  return {
    aggregated,
    columns,
    rows,
    max: maxLevel(data.framework.scale),
    table: {
      header: [aggregated ? 'Product team (average level)' : 'Member', ...columns.map((c) => c.name)],
      rows: rows.map((r) => [aggregated ? `${r.label} (${r.count})` : r.label, ...r.levels]),
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
