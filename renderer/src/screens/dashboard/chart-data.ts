import type { Analysis, MemberResult, SkillCoverage } from '../../../../shared/analysis/types';
import type { AppData } from '../../../../shared/data';
import { AREA_LABELS, maxLevel, type Area, type Member, type RoleProfile } from '../../../../shared/domain';
import { PALETTE, areaColour } from '../../charts/setup';

/*
 * The dashboard's numbers, derived from the memoised analysis (and the data it came from)
 * by pure functions: each chart and its table view are built from the same result, so the
 * two can never disagree.
 */

/** Above this many members, the heatmap and the time-allocation bars show product teams. */
export const AGGREGATE_ABOVE = 50;
/** Both fits at or above this: the member is doing both roles. */
export const BOTH_ROLES_FIT = 60;

export interface TableData {
  header: string[];
  rows: (string | number)[][];
  /** Columns shown right-aligned. */
  numeric: number[];
}

/**
 * A table whose rows are built when first read. A chart's table view is seldom open, and
 * at 10,000 members its rows would cost more than the chart on every change.
 */
export function lazyTable(header: string[], numeric: number[], build: () => TableData['rows']): TableData {
  let rows: TableData['rows'] | undefined;
  return {
    header,
    numeric,
    get rows() {
      return (rows ??= build());
    },
  };
}

/**
 * A value derived from one member object alone, kept while that object lives. Members are
 * immutable (an edit replaces the object), so after a change only the changed member is
 * derived again. `key` is what else the value depends on (the framework).
 */
function perMember<M extends object, T>(derive: (member: M, key: object) => T) {
  const cache = new WeakMap<M, { key: object; value: T }>();
  return (member: M, key: object): T => {
    const hit = cache.get(member);
    if (hit !== undefined && hit.key === key) return hit.value;
    const value = derive(member, key);
    cache.set(member, { key, value });
    return value;
  };
}

/**
 * One key object per distinct `text`, kept in `keys` (a few at most): what a per-member
 * cache is keyed by must stay the same object from one analysis to the next.
 */
function interned<T extends object>(keys: Map<string, T>, text: string, make: () => T): T {
  let key = keys.get(text);
  if (!key) {
    if (keys.size >= 20) keys.clear();
    keys.set(text, (key = make()));
  }
  return key;
}

export interface Series {
  label: string;
  values: number[];
  colour: string;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;
const formatFte = (n: number): string => n.toFixed(2);
const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Required skills only: the ones the policy asks coverage for. */
export const requiredCoverage = (analysis: Analysis): SkillCoverage[] =>
  analysis.coverage.filter((c) => c.status !== 'not-required');

// ── Summary tiles ───────────────────────────────────────────────────────

export interface Tile {
  id: string;
  label: string;
  value: string;
  hint: string;
}

export function summaryTiles(analysis: Analysis): Tile[] {
  const s = analysis.summary;
  return [
    {
      id: 'members',
      label: 'Members',
      value: String(s.members),
      hint: `${count(s.scientists, 'scientist', 'scientists')}, ${count(s.engineers, 'engineer', 'engineers')}`,
    },
    {
      id: 'gaps',
      label: 'Skills with gaps',
      value: String(s.skillsWithGaps),
      hint: `of ${s.requiredSkills} required skills; ${count(s.totalGap, 'person', 'people')} short`,
    },
    {
      id: 'spof',
      label: 'Single points of failure',
      value: String(s.singlePointsOfFailure),
      hint: 'skills only one person holds',
    },
    {
      id: 'carried',
      label: 'Engineering FTE carried by scientists',
      value: formatFte(s.engineeringFteCarriedByScientists),
      hint: `${count(s.scientistsOverThreshold, 'scientist', 'scientists')} over the ${analysis.separation.thresholdPercent} % threshold`,
    },
    {
      id: 'hires',
      label: 'Hires recommended',
      value: String(s.hiresRecommended),
      hint: s.residualGaps > 0 ? `${s.residualGaps} gaps no hire closes` : 'to close the gaps and the load',
    },
  ];
}

// ── Team coverage radar ─────────────────────────────────────────────────

export interface RadarData {
  labels: string[];
  series: Series[];
  max: number;
  table: TableData;
  summary: string;
}

/** Per required skill: the team's best level against every role's target level. */
export function coverageRadar(analysis: Analysis, data: AppData): RadarData {
  const skills = requiredCoverage(analysis);
  const roles = data.framework.roles;
  const team: Series = { label: 'Team best level', values: skills.map((c) => c.bestLevel), colour: PALETTE.team };
  const targets: Series[] = roles.map((role) => ({
    label: `${role.name} target`,
    values: skills.map((c) => role.targets[c.skillId]?.level ?? 0),
    colour: areaColour(role.area),
  }));
  const below = skills.filter((c) => c.bestLevel < c.requiredLevel).length;
  return {
    labels: skills.map((c) => c.name),
    series: [team, ...targets],
    max: maxLevel(data.framework.scale),
    table: {
      header: ['Skill', 'Team best level', ...roles.map((r) => `${r.name} target`)],
      rows: skills.map((c, i) => [c.name, c.bestLevel, ...targets.map((t) => t.values[i] ?? 0)]),
      numeric: [1, ...roles.map((_, i) => i + 2)],
    },
    summary:
      `Radar of ${skills.length} required skills: the team's best level against the ${roles
        .map((r) => r.name)
        .join(' and ')} targets; ` +
      (below === 0 ? 'the team reaches every required level.' : `${below} skills are below the required level.`),
  };
}

// ── Gap bars ────────────────────────────────────────────────────────────

export interface GapData {
  labels: string[];
  gaps: number[];
  colours: string[];
  areas: Area[];
  table: TableData;
  summary: string;
}

const STATUS_LABELS: Record<SkillCoverage['status'], string> = {
  uncovered: 'Uncovered',
  'single-point-of-failure': 'Single point of failure',
  'below-policy': 'Below policy',
  covered: 'Covered',
  'not-required': 'Not required',
};

/** Per required skill: people short of the coverage policy. */
export function gapBars(analysis: Analysis): GapData {
  const skills = requiredCoverage(analysis);
  const withGap = skills.filter((c) => c.gap > 0);
  const total = withGap.reduce((sum, c) => sum + c.gap, 0);
  return {
    labels: skills.map((c) => c.name),
    gaps: skills.map((c) => c.gap),
    colours: skills.map((c) => areaColour(c.area)),
    areas: skills.map((c) => c.area),
    table: {
      header: ['Skill', 'Area', 'Required level', 'Needed', 'Holders', 'Gap', 'Status'],
      rows: skills.map((c) => [
        c.name,
        AREA_LABELS[c.area],
        c.requiredLevel,
        c.needed,
        c.holders,
        c.gap,
        STATUS_LABELS[c.status],
      ]),
      numeric: [2, 3, 4, 5],
    },
    summary:
      withGap.length === 0
        ? `Bar chart of ${skills.length} required skills: none is short of the coverage policy.`
        : `Bar chart of ${skills.length} required skills: ${withGap.length} are short of the coverage policy, ` +
          `${total} people in all; the largest gap is ${[...withGap].sort((a, b) => b.gap - a.gap)[0]!.name}.`,
  };
}

// ── Skills heatmap ──────────────────────────────────────────────────────

export interface HeatmapData {
  /** True when rows are product teams (average levels) rather than members. */
  aggregated: boolean;
  columns: { skillId: string; name: string; area: Area }[];
  rows: { key: string; label: string; count: number; levels: number[] }[];
  max: number;
  table: TableData;
}

const NO_TEAM = 'No product team';

/** A member's levels in the columns `key` names (skill ids in coverage order). */
const levelsInColumns = perMember((member: Member, key: object) => {
  const ids = (key as ColumnKey).ids;
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
const columnKeys = new Map<string, ColumnKey>();
function columnKey(coverage: readonly SkillCoverage[]): ColumnKey {
  const ids = coverage.map((c) => c.skillId);
  return interned(columnKeys, ids.join('\u0000'), () => ({ ids }));
}

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

// ── Role-fit scatter ────────────────────────────────────────────────────

export interface FitPoint {
  memberId: string;
  name: string;
  x: number;
  y: number;
  both: boolean;
  mismatch: boolean;
}

export interface FitScatterData {
  /** The two roles plotted, or null when the framework lacks a science or an engineering role. */
  scienceRole: RoleProfile | null;
  engineeringRole: RoleProfile | null;
  groups: { label: string; colour: string; points: FitPoint[] }[];
  table: TableData;
  summary: string;
}

const fitOf = (member: MemberResult, roleId: string | undefined): number =>
  member.fits.find((f) => f.roleId === roleId)?.fit ?? 0;

/** A member's point: kept with the member's result, which an edit of someone else leaves as it is. */
const pointOf = perMember((m: MemberResult, key: object): FitPoint => {
  const { science, engineering } = key as RolePair;
  const x = fitOf(m, science);
  const y = fitOf(m, engineering);
  return {
    memberId: m.memberId,
    name: m.name,
    x,
    y,
    both: x >= BOTH_ROLES_FIT && y >= BOTH_ROLES_FIT,
    mismatch: m.mismatch,
  };
});

interface RolePair {
  science: string | undefined;
  engineering: string | undefined;
}
const rolePairs = new Map<string, RolePair>();
const rolePair = (science: string | undefined, engineering: string | undefined): RolePair =>
  interned(rolePairs, `${science ?? ''}\u0000${engineering ?? ''}`, () => ({ science, engineering }));

/** Scientist fit (x) against engineer fit (y): people doing both roles and mismatches stand out. */
export function fitScatter(analysis: Analysis, data: AppData): FitScatterData {
  const roles = data.framework.roles;
  const scienceRole = roles.find((r) => r.area === 'data-science') ?? null;
  const engineeringRole = roles.find((r) => r.area === 'data-engineering') ?? null;
  const roleName = new Map(roles.map((r) => [r.id, r.name]));
  const areaOf = new Map(roles.map((r) => [r.id, r.area]));
  const pair = rolePair(scienceRole?.id, engineeringRole?.id);
  // One pass, in member order: each point to its group.
  const scientists: FitPoint[] = [];
  const engineers: FitPoint[] = [];
  const others: FitPoint[] = [];
  const both: FitPoint[] = [];
  let mismatches = 0;
  for (const m of analysis.members) {
    const point = pointOf(m, pair);
    if (point.mismatch) mismatches++;
    if (point.both) {
      both.push(point);
      continue;
    }
    const area = areaOf.get(m.roleId);
    (area === 'data-science' ? scientists : area === 'data-engineering' ? engineers : others).push(point);
  }
  const groups = [
    { label: 'Employed as scientists', colour: PALETTE.scientist, points: scientists },
    { label: 'Employed as engineers', colour: PALETTE.engineer, points: engineers },
    { label: 'Other roles', colour: PALETTE.neutral, points: others },
    { label: `Doing both roles (both fits ≥ ${BOTH_ROLES_FIT})`, colour: PALETTE.warning, points: both },
  ].filter((g) => g.points.length > 0);
  const sName = scienceRole?.name ?? 'Scientist';
  const eName = engineeringRole?.name ?? 'Engineer';
  return {
    scienceRole,
    engineeringRole,
    groups,
    table: lazyTable(
      ['Member', 'Employed as', `${sName} fit`, `${eName} fit`, 'Best fit', 'Doing both roles', 'Mismatch'],
      [2, 3],
      () =>
        analysis.members.map((m) => {
          const p = pointOf(m, pair);
          return [
            m.name,
            roleName.get(m.roleId) ?? m.roleId,
            p.x,
            p.y,
            roleName.get(m.bestRoleId) ?? m.bestRoleId,
            p.both ? 'Yes' : 'No',
            p.mismatch ? 'Yes' : 'No',
          ];
        }),
    ),
    summary:
      `Scatter of ${analysis.members.length} members, ${sName} fit across and ${eName} fit up: ` +
      `${both.length} doing both roles (both fits ≥ ${BOTH_ROLES_FIT}), ${mismatches} whose best fit is another role.`,
  };
}

export interface AllocationData {
  aggregated: boolean;
  labels: string[];
  /** Stacked series, percent of time: carried engineering, role engineering, science, other. */
  series: Series[];
  threshold: number;
  table: TableData;
  summary: string;
}

/**
 * Share of time on engineering, science and other work, per member (or the average per
 * product team over the limit), with the engineering work carried by scientists apart.
 */
export function timeAllocation(analysis: Analysis, data: AppData): AllocationData {
  const areaOfRole = new Map(data.framework.roles.map((r) => [r.id, r.area]));
  const scienceWork = new Set(
    data.framework.skills
      .filter((s) => !s.retired && s.kind === 'responsibility' && s.area === 'data-science')
      .map((s) => s.id),
  );
  // Results are in member order: the member beside a result is found by position (by id
  // only if the two ever disagree), not through a map of the whole team.
  let byId: Map<string, AppData['members'][number]> | undefined;
  const memberOf = (r: MemberResult, i: number) => {
    const member = data.members[i];
    if (member?.id === r.memberId) return member;
    byId ??= new Map(data.members.map((m) => [m.id, m]));
    return byId.get(r.memberId);
  };
  interface Share {
    label: string;
    team: string;
    carried: number;
    engineering: number;
    science: number;
    other: number;
  }
  const shareOf = (r: MemberResult, i: number): Share => {
    const allocation = memberOf(r, i)?.allocation ?? {};
    let science = 0;
    for (const id in allocation) if (scienceWork.has(id)) science += allocation[id]!;
    const engineering = r.engineeringPercent;
    const scientist = areaOfRole.get(r.roleId) === 'data-science';
    return {
      label: r.name,
      team: r.productTeam || NO_TEAM,
      carried: scientist ? engineering : 0,
      engineering: scientist ? 0 : engineering,
      science,
      other: Math.max(0, 100 - engineering - science),
    };
  };
  const aggregated = data.members.length > AGGREGATE_ABOVE;
  let bars: (Share & { count: number })[];
  if (!aggregated) {
    bars = analysis.members.map((r, i) => ({ ...shareOf(r, i), count: 1 }));
  } else {
    const teams = new Map<string, Share & { count: number }>();
    analysis.members.forEach((r, i) => {
      const s = shareOf(r, i);
      let t = teams.get(s.team);
      if (!t) {
        t = { label: s.team, team: s.team, carried: 0, engineering: 0, science: 0, other: 0, count: 0 };
        teams.set(s.team, t);
      }
      t.carried += s.carried;
      t.engineering += s.engineering;
      t.science += s.science;
      t.other += s.other;
      t.count++;
    });
    bars = [...teams.values()]
      .sort((a, b) => a.label.localeCompare(b.label))
      .map((t) => ({
        ...t,
        carried: t.carried / t.count,
        engineering: t.engineering / t.count,
        science: t.science / t.count,
        other: t.other / t.count,
      }));
  }
  const pick = (key: 'carried' | 'engineering' | 'science' | 'other') => bars.map((b) => round1(b[key]));
  const series: Series[] = [
    { label: 'Engineering carried by scientists', values: pick('carried'), colour: PALETTE.warning },
    { label: 'Engineering (engineering roles)', values: pick('engineering'), colour: PALETTE.engineer },
    { label: 'Science', values: pick('science'), colour: PALETTE.scientist },
    { label: 'Other and unallocated', values: pick('other'), colour: PALETTE.neutral },
  ];
  const threshold = analysis.separation.thresholdPercent;
  const over = analysis.separation.carriers.filter((c) => c.overThreshold).length;
  return {
    aggregated,
    labels: bars.map((b) => (aggregated ? `${b.label} (${b.count})` : b.label)),
    series,
    threshold,
    table: {
      header: [
        aggregated ? 'Product team (average %)' : 'Member',
        'Engineering carried by scientists %',
        'Engineering (engineering roles) %',
        'Science %',
        'Other and unallocated %',
      ],
      rows: bars.map((b, i) => [
        aggregated ? `${b.label} (${b.count})` : b.label,
        ...series.map((s) => s.values[i] ?? 0),
      ]),
      numeric: [1, 2, 3, 4],
    },
    summary:
      `Stacked bars of the share of time on engineering, science and other work ${aggregated ? 'per product team' : 'per member'}; ` +
      `${over === 1 ? '1 scientist spends' : `${over} scientists spend`} more than the ${threshold} % threshold on engineering, ` +
      `${formatFte(analysis.separation.engineeringFteCarriedByScientists)} FTE in all.`,
  };
}

// ── Single points of failure ────────────────────────────────────────────

export interface SinglePoint {
  skillId: string;
  skill: string;
  area: Area;
  memberId: string;
  person: string;
}

/** Skills exactly one person holds while the policy needs more: skill → that person. */
export function singlePointsOfFailure(analysis: Analysis, data: AppData): SinglePoint[] {
  const single = analysis.coverage.filter((c) => c.status === 'single-point-of-failure');
  // Names of only the few people skills hang on, not a map of the whole team.
  const wanted = new Set(single.map((c) => c.dependsOn[0] ?? ''));
  const names = new Map<string, string>();
  if (wanted.size > 0) {
    for (const m of data.members) if (wanted.has(m.id)) names.set(m.id, m.name);
  }
  return single.map((c) => {
    const memberId = c.dependsOn[0] ?? '';
    return { skillId: c.skillId, skill: c.name, area: c.area, memberId, person: names.get(memberId) ?? memberId };
  });
}
