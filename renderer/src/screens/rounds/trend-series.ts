import type { Framework } from '@shared/domain';
import { roleNamesOf } from '@shared/domain';
import { OKABE_ITO, SERIES } from '@shared/design/tokens';
import type { TrendPoint } from '@shared/rounds/schema';
import type { RoundLabel } from '@shared/rounds/types';
import type { TableData } from '../dashboard/data/table';

/*
 * The trends' charts and tables, from the figures each closed round stored when it was
 * closed (RoundEntry.trend) and today's, computed live. Each chart and its table come from
 * the same rows here, so the two cannot disagree. Pure, so it is tested without a canvas.
 */

/** One round's figures, oldest first; today's last. */
export interface LabelledPoint {
  label: RoundLabel;
  point: TrendPoint;
}

export interface TrendLine {
  label: string;
  /** One value per round; null where the round has no such series (a role that did not exist yet). */
  values: (number | null)[];
  colour: string;
  /** A dash pattern, so lines of the same hue stay apart without colour. */
  dash: number[];
}

export interface TrendChart {
  id: string;
  title: string;
  description: string;
  /** One label per round: its name. */
  labels: string[];
  lines: TrendLine[];
  /** The y axis's title. */
  axis: string;
  /** Values are whole numbers (people, skills, levels). */
  integer: boolean;
  table: TableData;
  /** What the chart shows, read by screen readers in place of the canvas. */
  summary: string;
}

const HUES = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.vermillion,
  OKABE_ITO.yellow,
];
const DASHES = [[], [6, 3], [2, 3], [8, 3, 2, 3]];

/** The n-th line's colour and dash: hues first, then the same hues dashed. */
const styleOf = (n: number) => ({
  colour: HUES[n % HUES.length]!,
  dash: DASHES[Math.floor(n / HUES.length) % DASHES.length]!,
});

/** A skill's name in the current framework; a skill no longer in it is named by its id and said so. */
function skillNamer(framework: Framework): (skillId: string) => string {
  const names = new Map(framework.skills.map((s) => [s.id, s.retired ? `${s.name} (retired)` : s.name]));
  return (skillId) => names.get(skillId) ?? `${skillId} (no longer in the framework)`;
}

const roundNames = (points: readonly LabelledPoint[]) => points.map((p) => p.label.name);

/** "2027 Q1 review: 3 → Today: 5" over the first and last rounds. */
function change(points: readonly LabelledPoint[], value: (p: TrendPoint) => number, what: string): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return `No rounds to show ${what} for.`;
  if (first === last) return `${what}: ${value(first.point)} (${first.label.name}).`;
  return `${what}: ${value(first.point)} in ${first.label.name}, ${value(last.point)} in ${last.label.name}.`;
}

const totalGap = (p: TrendPoint) => p.skills.reduce((sum, s) => sum + s.gap, 0);
const skillsWithGap = (p: TrendPoint) => p.skills.filter((s) => s.gap > 0).length;

/** Every skill any round has figures for, in the current framework's order, then the others. */
function skillIdsOf(points: readonly LabelledPoint[], framework: Framework): string[] {
  const seen = new Set(points.flatMap((p) => p.point.skills.map((s) => s.skillId)));
  const ordered = framework.skills.map((s) => s.id).filter((id) => seen.has(id));
  const others = [...seen].filter((id) => !ordered.includes(id)).sort();
  return [...ordered, ...others];
}

/**
 * Coverage and gaps per skill: the chart draws the organisation's total gap and the number of
 * skills with a gap; the table has every skill's holders, people needed and gap in each round.
 */
export function coverageTrend(points: readonly LabelledPoint[], framework: Framework): TrendChart {
  const nameOf = skillNamer(framework);
  const skillIds = skillIdsOf(points, framework);
  const cell = (p: TrendPoint, skillId: string): string => {
    const s = p.skills.find((x) => x.skillId === skillId);
    return s ? `${s.holders} of ${s.needed}${s.gap > 0 ? `, gap ${s.gap}` : ''}` : '—';
  };
  return {
    id: 'coverage',
    title: 'Coverage and gaps per skill',
    description:
      'People short of the coverage policy, summed over the skills, and how many skills have a gap. The table has each skill: holders of the people needed, and the gap.',
    labels: roundNames(points),
    lines: [
      { label: 'People short, all skills', values: points.map((p) => totalGap(p.point)), ...styleOf(0) },
      { label: 'Skills with a gap', values: points.map((p) => skillsWithGap(p.point)), ...styleOf(1) },
    ],
    axis: 'People or skills',
    integer: true,
    table: {
      header: ['Skill', ...roundNames(points)],
      rows: skillIds.map((id) => [nameOf(id), ...points.map((p) => cell(p.point, id))]),
      numeric: [],
    },
    summary: change(points, totalGap, 'People short of the coverage policy'),
  };
}

/** Skills only one person holds at the required level, per round. */
export function singlePointsTrend(points: readonly LabelledPoint[], framework: Framework): TrendChart {
  const nameOf = skillNamer(framework);
  const count = (p: TrendPoint) => p.skills.filter((s) => s.singlePointOfFailure).length;
  return {
    id: 'single-points',
    title: 'Single points of failure',
    description: 'Skills only one person holds at the required level.',
    labels: roundNames(points),
    lines: [{ label: 'Single points of failure', values: points.map((p) => count(p.point)), ...styleOf(5) }],
    axis: 'Skills',
    integer: true,
    table: {
      header: ['Round', 'Single points of failure', 'Skills'],
      rows: points.map((p) => [
        p.label.name,
        count(p.point),
        p.point.skills
          .filter((s) => s.singlePointOfFailure)
          .map((s) => nameOf(s.skillId))
          .join(', ') || '—',
      ]),
      numeric: [1],
    },
    summary: change(points, count, 'Single points of failure'),
  };
}

const fte = (n: number) => Math.round(n * 100) / 100;

/** Data-engineering FTE carried by data scientists, all of it and the part above the threshold. */
export function engineeringTrend(points: readonly LabelledPoint[]): TrendChart {
  return {
    id: 'engineering',
    title: 'Engineering FTE carried by scientists',
    description: "Data-engineering work done by data scientists, and the part above the organisation's threshold.",
    labels: roundNames(points),
    lines: [
      { label: 'Carried', values: points.map((p) => fte(p.point.engineeringFteCarried)), ...styleOf(1) },
      {
        label: 'Above the threshold',
        values: points.map((p) => fte(p.point.engineeringFteAboveThreshold)),
        ...styleOf(5),
      },
    ],
    axis: 'FTE',
    integer: false,
    table: {
      header: ['Round', 'FTE carried', 'FTE above the threshold'],
      rows: points.map((p) => [
        p.label.name,
        fte(p.point.engineeringFteCarried),
        fte(p.point.engineeringFteAboveThreshold),
      ]),
      numeric: [1, 2],
    },
    summary: change(points, (p) => fte(p.engineeringFteCarried), 'Engineering FTE carried by data scientists'),
  };
}

/** Members per role, per round; a role no round has anyone in is left out. */
export function headcountTrend(points: readonly LabelledPoint[], framework: Framework): TrendChart {
  const names = roleNamesOf(framework);
  const roleIds = [...new Set(points.flatMap((p) => Object.keys(p.point.headcountByRole)))].sort((a, b) =>
    (names.get(a) ?? a).localeCompare(names.get(b) ?? b),
  );
  const nameOf = (id: string) => names.get(id) ?? `${id} (no longer in the framework)`;
  const total = (p: TrendPoint) => Object.values(p.headcountByRole).reduce((sum, n) => sum + n, 0);
  return {
    id: 'headcount',
    title: 'Headcount by role',
    description: 'Members employed in each role.',
    labels: roundNames(points),
    lines: roleIds.map((id, i) => ({
      label: nameOf(id),
      values: points.map((p) => p.point.headcountByRole[id] ?? 0),
      ...styleOf(i),
    })),
    axis: 'Members',
    integer: true,
    table: {
      header: ['Role', ...roundNames(points)],
      rows: roleIds.map((id) => [nameOf(id), ...points.map((p) => p.point.headcountByRole[id] ?? 0)]),
      numeric: points.map((_, i) => i + 1),
    },
    summary: change(points, total, 'Members'),
  };
}

/** Per product team: required skills with a gap, per round (the table adds members and skills covered). */
export function productTeamTrend(points: readonly LabelledPoint[]): TrendChart {
  const teams = [...new Set(points.flatMap((p) => p.point.productTeams.map((t) => t.productTeam)))].sort((a, b) =>
    a.localeCompare(b),
  );
  const teamOf = (p: TrendPoint, team: string) => p.productTeams.find((t) => t.productTeam === team);
  const gaps = (p: TrendPoint) => p.productTeams.reduce((sum, t) => sum + t.gaps, 0);
  return {
    id: 'product-teams',
    title: 'Coverage per product team',
    description: "Skills below each product team's policy. The table adds each team's members and skills covered.",
    labels: roundNames(points),
    lines: teams.map((team, i) => ({
      label: team,
      values: points.map((p) => teamOf(p.point, team)?.gaps ?? null),
      ...styleOf(i),
    })),
    axis: 'Skills with a gap',
    integer: true,
    table: {
      header: ['Product team', ...roundNames(points)],
      rows: teams.map((team) => [
        team,
        ...points.map((p) => {
          const t = teamOf(p.point, team);
          return t ? `${t.members} members, ${t.covered} covered, ${t.gaps} gaps` : '—';
        }),
      ]),
      numeric: [],
    },
    summary:
      teams.length === 0
        ? 'No product team has a coverage policy in any round.'
        : change(points, gaps, 'Skills with a gap, over every product team'),
  };
}

/** Levels older than the organisation's stale age on each round's date. */
export function staleTrend(points: readonly LabelledPoint[]): TrendChart {
  return {
    id: 'stale',
    title: 'Stale levels',
    description: "Levels recorded, and how many were older than the organisation's stale age on the round's date.",
    labels: roundNames(points),
    lines: [
      { label: 'Stale levels', values: points.map((p) => p.point.levelsStale), ...styleOf(5) },
      { label: 'Levels recorded', values: points.map((p) => p.point.levelsAssessed), colour: SERIES.neutral, dash: [] },
    ],
    axis: 'Levels',
    integer: true,
    table: {
      header: ['Round', 'Levels recorded', 'Stale levels'],
      rows: points.map((p) => [p.label.name, p.point.levelsAssessed, p.point.levelsStale]),
      numeric: [1, 2],
    },
    summary: change(points, (p) => p.levelsStale, 'Stale levels'),
  };
}

/** Every trend chart, in the order the screen shows them. */
export function trendCharts(points: readonly LabelledPoint[], framework: Framework): TrendChart[] {
  return [
    coverageTrend(points, framework),
    singlePointsTrend(points, framework),
    engineeringTrend(points),
    headcountTrend(points, framework),
    productTeamTrend(points),
    staleTrend(points),
  ];
}
