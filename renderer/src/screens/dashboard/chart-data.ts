import type { Analysis, MemberResult, SkillCoverage } from '../../../../shared/analysis/types';
import type { AppData } from '../../../../shared/data';
import { AREA_LABELS, maxLevel, type Area, type RoleProfile } from '../../../../shared/domain';
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

export interface Series {
  label: string;
  values: number[];
  /** One colour for the series, or one per value. */
  colour: string | string[];
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
    const teams = new Map<string, { count: number; sums: number[] }>();
    for (const m of data.members) {
      const name = m.productTeam || NO_TEAM;
      let team = teams.get(name);
      if (!team) {
        team = { count: 0, sums: columns.map(() => 0) };
        teams.set(name, team);
      }
      team.count++;
      columns.forEach((c, i) => (team.sums[i]! += m.levels[c.skillId] ?? 0));
    }
    rows = [...teams.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, t]) => ({
        key: name,
        label: name,
        count: t.count,
        levels: t.sums.map((sum) => round1(sum / t.count)),
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

/** Scientist fit (x) against engineer fit (y): people doing both roles and mismatches stand out. */
export function fitScatter(analysis: Analysis, data: AppData): FitScatterData {
  const roles = data.framework.roles;
  const scienceRole = roles.find((r) => r.area === 'data-science') ?? null;
  const engineeringRole = roles.find((r) => r.area === 'data-engineering') ?? null;
  const roleName = new Map(roles.map((r) => [r.id, r.name]));
  const areaOf = new Map(roles.map((r) => [r.id, r.area]));
  const points = analysis.members.map((m) => {
    const x = fitOf(m, scienceRole?.id);
    const y = fitOf(m, engineeringRole?.id);
    return {
      member: m,
      point: {
        memberId: m.memberId,
        name: m.name,
        x,
        y,
        both: x >= BOTH_ROLES_FIT && y >= BOTH_ROLES_FIT,
        mismatch: m.mismatch,
      },
    };
  });
  const both = points.filter((p) => p.point.both);
  const group = (label: string, colour: string, keep: (m: MemberResult) => boolean) => ({
    label,
    colour,
    points: points.filter((p) => !p.point.both && keep(p.member)).map((p) => p.point),
  });
  const groups = [
    group('Employed as scientists', PALETTE.scientist, (m) => areaOf.get(m.roleId) === 'data-science'),
    group('Employed as engineers', PALETTE.engineer, (m) => areaOf.get(m.roleId) === 'data-engineering'),
    group('Other roles', PALETTE.neutral, (m) => {
      const area = areaOf.get(m.roleId);
      return area !== 'data-science' && area !== 'data-engineering';
    }),
    {
      label: `Doing both roles (both fits ≥ ${BOTH_ROLES_FIT})`,
      colour: PALETTE.warning,
      points: both.map((p) => p.point),
    },
  ].filter((g) => g.points.length > 0);
  const mismatches = points.filter((p) => p.point.mismatch).length;
  const sName = scienceRole?.name ?? 'Scientist';
  const eName = engineeringRole?.name ?? 'Engineer';
  return {
    scienceRole,
    engineeringRole,
    groups,
    table: {
      header: ['Member', 'Employed as', `${sName} fit`, `${eName} fit`, 'Best fit', 'Doing both roles', 'Mismatch'],
      rows: points.map(({ member: m, point: p }) => [
        m.name,
        roleName.get(m.roleId) ?? m.roleId,
        p.x,
        p.y,
        roleName.get(m.bestRoleId) ?? m.bestRoleId,
        p.both ? 'Yes' : 'No',
        p.mismatch ? 'Yes' : 'No',
      ]),
      numeric: [2, 3],
    },
    summary:
      `Scatter of ${points.length} members, ${sName} fit across and ${eName} fit up: ` +
      `${both.length} doing both roles (both fits ≥ ${BOTH_ROLES_FIT}), ${mismatches} whose best fit is another role.`,
  };
}

// ── Time allocation ─────────────────────────────────────────────────────

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
  const byId = new Map(data.members.map((m) => [m.id, m]));
  const shares = analysis.members.map((r) => {
    const member = byId.get(r.memberId);
    let science = 0;
    for (const [id, pct] of Object.entries(member?.allocation ?? {})) if (scienceWork.has(id)) science += pct;
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
  });
  type Share = (typeof shares)[number];
  const aggregated = data.members.length > AGGREGATE_ABOVE;
  let bars: (Share & { count: number })[];
  if (!aggregated) {
    bars = shares.map((s) => ({ ...s, count: 1 }));
  } else {
    const teams = new Map<string, Share & { count: number }>();
    for (const s of shares) {
      const t = teams.get(s.team) ?? {
        label: s.team,
        team: s.team,
        carried: 0,
        engineering: 0,
        science: 0,
        other: 0,
        count: 0,
      };
      t.carried += s.carried;
      t.engineering += s.engineering;
      t.science += s.science;
      t.other += s.other;
      t.count++;
      teams.set(s.team, t);
    }
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
  const names = new Map(data.members.map((m) => [m.id, m.name]));
  return analysis.coverage
    .filter((c) => c.status === 'single-point-of-failure')
    .map((c) => {
      const memberId = c.dependsOn[0] ?? '';
      return { skillId: c.skillId, skill: c.name, area: c.area, memberId, person: names.get(memberId) ?? memberId };
    });
}
