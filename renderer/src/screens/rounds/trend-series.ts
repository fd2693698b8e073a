import { SERIES } from '@shared/design/tokens';
import { lineStyle } from '../../components/charts/line-style';
import type { TrendPoint } from '@shared/rounds/schema';
import type { SkillTrendRow, TrendsTables } from '@shared/rounds/trends-table';
import type { RoundLabel } from '@shared/rounds/types';
import type { TableData } from '../dashboard/data/table';

/*
 * The trends' charts and tables, from the shared trends tables (trendsTable: each closed
 * round's stored figures, then today's computed live), the same ones the trends export
 * writes. Each chart and its table come from the same rows here, so the two cannot disagree.
 * Pure, so it is tested without a canvas.
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

const styleOf = lineStyle;

const namesOf = (tables: TrendsTables) => tables.columns.map((c) => c.name);

/** "…: 3 in 2027 Q1 review, 5 in Today." over the first and last rounds. */
function change(tables: TrendsTables, values: readonly number[], what: string): string {
  const names = namesOf(tables);
  const last = names.length - 1;
  if (last < 0) return `No rounds to show ${what} for.`;
  if (last === 0) return `${what}: ${values[0]} (${names[0]}).`;
  return `${what}: ${values[0]} in ${names[0]}, ${values[last]} in ${names[last]}.`;
}

const sumPerColumn = (tables: TrendsTables, value: (row: SkillTrendRow, c: number) => number) =>
  tables.columns.map((_, c) => tables.skills.reduce((sum, row) => sum + value(row, c), 0));

const skillName = (row: SkillTrendRow) => (row.retired ? `${row.name} (retired)` : row.name);

/**
 * Coverage and gaps per skill: the chart draws the organisation's total gap and the number of
 * skills with a gap; the table has every skill's holders, people needed and gap in each round,
 * and says where a skill was added, retired or renamed.
 */
export function coverageTrend(tables: TrendsTables): TrendChart {
  const totalGap = sumPerColumn(tables, (row, c) => row.cells[c]?.gap ?? 0);
  const withGap = sumPerColumn(tables, (row, c) => ((row.cells[c]?.gap ?? 0) > 0 ? 1 : 0));
  const rows = tables.skills.filter((row) => row.cells.some((cell) => cell !== null));
  const notes = rows.some((row) => row.notes.length > 0);
  return {
    id: 'coverage',
    title: 'Coverage and gaps per skill',
    description:
      'People short of the coverage policy, summed over the skills, and how many skills have a gap. The table has each skill: holders of the people needed, and the gap.',
    labels: namesOf(tables),
    lines: [
      { label: 'People short, all skills', values: totalGap, ...styleOf(0) },
      { label: 'Skills with a gap', values: withGap, ...styleOf(1) },
    ],
    axis: 'People or skills',
    integer: true,
    table: {
      header: ['Skill', ...namesOf(tables), ...(notes ? ['Note'] : [])],
      rows: rows.map((row) => [
        skillName(row),
        ...row.cells.map((cell) =>
          cell ? `${cell.holders} of ${cell.needed}${cell.gap > 0 ? `, gap ${cell.gap}` : ''}` : '—',
        ),
        ...(notes ? [row.notes.join('; ')] : []),
      ]),
      numeric: [],
    },
    summary: change(tables, totalGap, 'People short of the coverage policy'),
  };
}

/** Skills only one person holds at the required level, per round. */
export function singlePointsTrend(tables: TrendsTables): TrendChart {
  const counts = tables.singlePointsOfFailure;
  return {
    id: 'single-points',
    title: 'Single points of failure',
    description: 'Skills only one person holds at the required level.',
    labels: namesOf(tables),
    lines: [{ label: 'Single points of failure', values: counts, ...styleOf(5) }],
    axis: 'Skills',
    integer: true,
    table: {
      header: ['Round', 'Single points of failure', 'Skills'],
      rows: tables.columns.map((column, c) => [
        column.name,
        counts[c] ?? 0,
        tables.skills
          .filter((row) => row.cells[c]?.singlePointOfFailure)
          .map(skillName)
          .join(', ') || '—',
      ]),
      numeric: [1],
    },
    summary: change(tables, counts, 'Single points of failure'),
  };
}

const fte = (n: number) => Math.round(n * 100) / 100;

/** Data-engineering FTE carried by data scientists, all of it and the part above the threshold. */
export function engineeringTrend(tables: TrendsTables): TrendChart {
  const carried = tables.engineeringFte.carried.map(fte);
  const above = tables.engineeringFte.aboveThreshold.map(fte);
  return {
    id: 'engineering',
    title: 'Engineering FTE carried by scientists',
    description: "Data-engineering work done by data scientists, and the part above the organisation's threshold.",
    labels: namesOf(tables),
    lines: [
      { label: 'Carried', values: carried, ...styleOf(1) },
      { label: 'Above the threshold', values: above, ...styleOf(5) },
    ],
    axis: 'FTE',
    integer: false,
    table: {
      header: ['Round', 'FTE carried', 'FTE above the threshold'],
      rows: tables.columns.map((column, c) => [column.name, carried[c] ?? 0, above[c] ?? 0]),
      numeric: [1, 2],
    },
    summary: change(tables, carried, 'Engineering FTE carried by data scientists'),
  };
}

/** Members per role, per round; a role nobody held in any round is left out. */
export function headcountTrend(tables: TrendsTables): TrendChart {
  return {
    id: 'headcount',
    title: 'Headcount by role',
    description: 'Members employed in each role.',
    labels: namesOf(tables),
    lines: tables.headcountByRole.map((row, i) => ({ label: row.name, values: row.counts, ...styleOf(i) })),
    axis: 'Members',
    integer: true,
    table: {
      header: ['Role', ...namesOf(tables)],
      rows: tables.headcountByRole.map((row) => [row.name, ...row.counts]),
      numeric: tables.columns.map((_, i) => i + 1),
    },
    summary: change(tables, tables.headcountTotal, 'Members'),
  };
}

/** Per product team: required skills with a gap, per round (the table adds members and skills covered). */
export function productTeamTrend(tables: TrendsTables): TrendChart {
  const gaps = tables.columns.map((_, c) => tables.productTeams.reduce((sum, t) => sum + (t.cells[c]?.gaps ?? 0), 0));
  return {
    id: 'product-teams',
    title: 'Coverage per product team',
    description: "Skills below each product team's policy. The table adds each team's members and skills covered.",
    labels: namesOf(tables),
    lines: tables.productTeams.map((team, i) => ({
      label: team.label,
      values: team.cells.map((cell) => cell?.gaps ?? null),
      ...styleOf(i),
    })),
    axis: 'Skills with a gap',
    integer: true,
    table: {
      header: ['Product team', ...namesOf(tables)],
      rows: tables.productTeams.map((team) => [
        team.label,
        ...team.cells.map((cell) =>
          cell ? `${cell.members} members, ${cell.covered} covered, ${cell.gaps} gaps` : '—',
        ),
      ]),
      numeric: [],
    },
    summary:
      tables.productTeams.length === 0
        ? 'No product team has a coverage policy in any round.'
        : change(tables, gaps, 'Skills with a gap, over every product team'),
  };
}

/** Levels older than the organisation's stale age on each round's date. */
export function staleTrend(tables: TrendsTables): TrendChart {
  const { levelsAssessed, levelsStale } = tables.stale;
  return {
    id: 'stale',
    title: 'Stale levels',
    description: "Levels recorded, and how many were older than the organisation's stale age on the round's date.",
    labels: namesOf(tables),
    lines: [
      { label: 'Stale levels', values: levelsStale, ...styleOf(5) },
      { label: 'Levels recorded', values: levelsAssessed, colour: SERIES.neutral, dash: [] },
    ],
    axis: 'Levels',
    integer: true,
    table: {
      header: ['Round', 'Levels recorded', 'Stale levels'],
      rows: tables.columns.map((column, c) => [column.name, levelsAssessed[c] ?? 0, levelsStale[c] ?? 0]),
      numeric: [1, 2],
    },
    summary: change(tables, levelsStale, 'Stale levels'),
  };
}

/** Every trend chart, in the order the screen shows them. */
export function trendCharts(tables: TrendsTables): TrendChart[] {
  return [
    coverageTrend(tables),
    singlePointsTrend(tables),
    engineeringTrend(tables),
    headcountTrend(tables),
    productTeamTrend(tables),
    staleTrend(tables),
  ];
}
