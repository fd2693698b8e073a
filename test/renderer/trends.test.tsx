// chart.js draws on <canvas>; happy-dom has none, so a mock records the drawing calls.
import 'vitest-canvas-mock';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { initialData, type AppData } from '@shared/data';
import type { RoundEntry, TrendPoint } from '@shared/rounds/schema';
import { trendsTable } from '@shared/rounds/trends-table';
import { trendPoint } from '@shared/rounds/trend-point';
import {
  coverageTrend,
  engineeringTrend,
  headcountTrend,
  productTeamTrend,
  singlePointsTrend,
  staleTrend,
  trendCharts,
  type LabelledPoint,
} from '@renderer/screens/rounds/trend-series';
import { roundsTrendsTable, todayPoint } from '@renderer/screens/rounds/today-point';
import { roundsToRead } from '@renderer/screens/rounds/usePastFrameworks';
import { RoundsScreen } from '@renderer/screens/rounds/RoundsScreen';
import { MAX_LEGEND_ENTRIES, showsLegend } from '@renderer/screens/rounds/TrendChartCard';
import { createWorkspaceStore } from '@renderer/state/workspace';
import { builtinFramework, sampleTeam, tinyFramework } from '../support/fixtures';
import { mainInMemory } from './main-in-memory';
import { byText, inWorkspace, render, settle, type Rendered } from './render';

/* The trends' charts and tables: the same rows feed both, from each round's stored figures and today's. */

const framework = tinyFramework(
  [{ id: 'sql' }, { id: 'python' }, { id: 'spark', area: 'data-engineering' }],
  [
    { id: 'ds', area: 'data-science', targets: { sql: 2 } },
    { id: 'de', area: 'data-engineering', targets: { spark: 2 } },
  ],
);

function point(extra: Partial<TrendPoint>): TrendPoint {
  return {
    skills: [],
    engineeringFteCarried: 0,
    engineeringFteAboveThreshold: 0,
    headcountByRole: {},
    productTeams: [],
    levelsAssessed: 0,
    levelsStale: 0,
    plannedHires: 0,
    ...extra,
  };
}

const skill = (skillId: string, holders: number, needed: number, singlePointOfFailure = false) => ({
  skillId,
  holders,
  needed,
  gap: Math.max(0, needed - holders),
  singlePointOfFailure,
});

const entry = (id: string, name: string, date: string, trend: TrendPoint): RoundEntry => ({
  id,
  name,
  date,
  closedAt: `${date}T10:00:00Z`,
  bytes: 1,
  sha256: '0'.repeat(64),
  members: 1,
  frameworkId: 'tiny',
  frameworkVersion: '1.0.0',
  trend,
});

const q1 = entry(
  'q1',
  '2027 Q1 review',
  '2027-03-31',
  point({
    skills: [skill('sql', 1, 2, true), skill('spark', 0, 2), skill('gone', 1, 1)],
    engineeringFteCarried: 0.456,
    engineeringFteAboveThreshold: 0.2,
    headcountByRole: { ds: 3, old: 1 },
    productTeams: [{ productTeam: 'Checkout', members: 2, covered: 1, gaps: 2 }],
    levelsAssessed: 10,
    levelsStale: 4,
  }),
);
const today: LabelledPoint = {
  label: { ref: 'today', name: 'Today', date: '2027-05-01' },
  point: point({
    skills: [skill('sql', 2, 2), skill('spark', 1, 2, true), skill('python', 2, 2)],
    engineeringFteCarried: 0.1,
    headcountByRole: { ds: 3, de: 1 },
    productTeams: [
      { productTeam: 'Checkout', members: 3, covered: 3, gaps: 0 },
      { productTeam: 'Search', members: 1, covered: 0, gaps: 1 },
    ],
    levelsAssessed: 12,
    levelsStale: 1,
  }),
};
const tables = trendsTable([q1], today, framework);

describe('trend charts from round figures', () => {
  it('coverage: the total gap and skills with a gap per round; the table has every skill, a skill gone from the framework said so', () => {
    const chart = coverageTrend(tables);
    expect(chart.labels).toEqual(['2027 Q1 review', 'Today']);
    expect(chart.lines.map((l) => [l.label, l.values])).toEqual([
      ['People short, all skills', [3, 1]],
      ['Skills with a gap', [2, 1]],
    ]);
    expect(chart.table.header).toEqual(['Skill', '2027 Q1 review', 'Today', 'Note']);
    expect(chart.table.rows).toEqual([
      ['SQL', '1 of 2, gap 1', '2 of 2', ''],
      ['PYTHON', '—', '2 of 2', 'added in framework 1.0.0 (Today)'],
      ['SPARK', '0 of 2, gap 2', '1 of 2, gap 1', ''],
      ['gone (retired)', '1 of 1', '—', 'retired after 2027 Q1 review: not in the current framework'],
    ]);
    expect(chart.summary).toBe('People short of the coverage policy: 3 in 2027 Q1 review, 1 in Today.');
  });

  it('single points of failure name their skills per round', () => {
    const chart = singlePointsTrend(tables);
    expect(chart.lines[0]!.values).toEqual([1, 1]);
    expect(chart.table.rows).toEqual([
      ['2027 Q1 review', 1, 'SQL'],
      ['Today', 1, 'SPARK'],
    ]);
  });

  it('engineering FTE is rounded to hundredths in chart and table alike', () => {
    const chart = engineeringTrend(tables);
    expect(chart.lines.map((l) => l.values)).toEqual([
      [0.46, 0.1],
      [0.2, 0],
    ]);
    expect(chart.table.rows).toEqual([
      ['2027 Q1 review', 0.46, 0.2],
      ['Today', 0.1, 0],
    ]);
    expect(chart.integer).toBe(false);
  });

  it('headcount has a line per role any round has, 0 where a round has none, a role no longer in the framework by its id', () => {
    const chart = headcountTrend(tables);
    const byLabel = Object.fromEntries(chart.lines.map((l) => [l.label, l.values]));
    expect(byLabel).toEqual({ de: [0, 1], ds: [3, 3], old: [1, 0] });
    expect(chart.table.rows).toContainEqual(['ds', 3, 3]);
    expect(chart.summary).toBe('Members: 4 in 2027 Q1 review, 4 in Today.');
  });

  it('product teams: a team absent from a round is a hole in its line and a dash in the table', () => {
    const chart = productTeamTrend(tables);
    expect(chart.lines.map((l) => [l.label, l.values])).toEqual([
      ['Checkout', [2, 0]],
      ['Search', [null, 1]],
    ]);
    expect(chart.table.rows[1]).toEqual(['Search', '—', '1 members, 0 covered, 1 gaps']);
  });

  it('stale levels beside the levels recorded', () => {
    const chart = staleTrend(tables);
    expect(chart.table.rows).toEqual([
      ['2027 Q1 review', 10, 4],
      ['Today', 12, 1],
    ]);
    expect(chart.summary).toBe('Stale levels: 4 in 2027 Q1 review, 1 in Today.');
  });

  it('every chart, in the screen order, has one value per round on every line and a distinct line style', () => {
    const charts = trendCharts(tables);
    expect(charts.map((c) => c.id)).toEqual([
      'coverage',
      'single-points',
      'engineering',
      'headcount',
      'product-teams',
      'stale',
    ]);
    for (const chart of charts) {
      for (const line of chart.lines) expect(line.values).toHaveLength(tables.columns.length);
      const styles = chart.lines.map((l) => `${l.colour}${l.dash.join(',')}`);
      expect(new Set(styles).size).toBe(styles.length);
    }
  });
});

describe('a trend chart legend', () => {
  it('is drawn for two lines up to the limit, not for one line nor for more than fit the card', () => {
    expect([1, 2, MAX_LEGEND_ENTRIES, MAX_LEGEND_ENTRIES + 1, 40].map(showsLegend)).toEqual([
      false,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe("today's point on the page's data", () => {
  const data = (): AppData => initialData(sampleTeam(), builtinFramework());

  it("is the shared trendPoint of today's team, the last column after the closed rounds oldest first", () => {
    const live = data();
    const withRounds: AppData = {
      ...live,
      rounds: [
        entry('later', 'later', '2027-06-30', point({ levelsStale: 9 })),
        entry('earlier', 'earlier', '2027-01-01', point({ levelsStale: 7 })),
      ],
    };
    const table = roundsTrendsTable(withRounds, '2027-08-01');
    expect(table.columns.map((c) => c.ref)).toEqual(['earlier', 'later', 'today']);
    const live8 = trendPoint(withRounds, '2027-08-01', withRounds.selfAssessments);
    expect(table.stale.levelsStale).toEqual([7, 9, live8.levelsStale]);
    expect(todayPoint(withRounds, '2027-08-01').point).toEqual(live8);
  });

  it('is computed once per data object and day', () => {
    const live = data();
    const first = todayPoint(live, '2027-08-01');
    expect(todayPoint(live, '2027-08-01').point).toBe(first.point);
    expect(todayPoint(live, '2030-08-01').point).not.toBe(first.point);
    expect(todayPoint(live, '2030-08-01').point.levelsStale).toBeGreaterThanOrEqual(first.point.levelsStale);
  });
});

/* The trends on the Rounds screen, over the real main handlers in memory. */

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

describe('trends on the Rounds screen', () => {
  it('draws every trend over the closed round and today, each with its table', async () => {
    const main = await mainInMemory({ now: () => new Date('2027-02-15T10:00:00Z') });
    const store = createWorkspaceStore(main.api);
    await store.getState().load();
    await act(async () => void store.getState().request('round:close', { name: 'Winter', date: '2027-01-31' }));
    await settle();
    view = await render(inWorkspace(store, <RoundsScreen today="2027-02-15" />));
    await settle();
    const cards = Array.from(view.container.querySelectorAll<HTMLElement>('[data-trend]'));
    expect(cards.map((c) => c.dataset.trend)).toEqual([
      'coverage',
      'single-points',
      'engineering',
      'headcount',
      'product-teams',
      'stale',
    ]);
    const data = store.getState().data!;
    const expected = trendCharts(roundsTrendsTable(data, '2027-02-15'));
    for (const [i, card] of cards.entries()) {
      expect(card.querySelector('canvas')?.getAttribute('aria-label')).toBe(expected[i]!.summary);
    }
    const headcount = cards[3]!;
    await act(async () => byText(headcount, 'button', 'Show table').click());
    const header = Array.from(headcount.querySelectorAll('thead th')).map((th) => th.textContent);
    expect(header).toEqual(['Role', 'Winter', 'Today']);
    const rows = Array.from(headcount.querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.children).map((c) => c.textContent),
    );
    expect(rows).toEqual(expected[3]!.table.rows.map((r) => r.map(String)));
    // Today's headcount is the team's: every member counted once.
    const total = rows.reduce((sum, r) => sum + Number(r[2]), 0);
    expect(total).toBe(data.members.length);
  });
});

describe('the rounds read for their frameworks', () => {
  const base = (): AppData => initialData(sampleTeam(), builtinFramework());
  const on = (id: string, date: string, version: string) => ({
    ...entry(id, id, date, point({})),
    frameworkId: base().framework.id,
    frameworkVersion: version,
  });

  it('are none when every round used today’s framework version, else the newest round of each other version', () => {
    const data = base();
    const today = data.framework.version;
    expect(roundsToRead({ ...data, rounds: [on('a', '2026-01-01', today)] })).toEqual([]);
    expect(
      roundsToRead({
        ...data,
        rounds: [
          on('c', '2026-09-01', '0.9'),
          on('a', '2026-01-01', '0.8'),
          on('b', '2026-03-01', '0.8'),
          on('d', '2026-12-01', today),
        ],
      }),
    ).toEqual(['b', 'c']);
  });

  it('name a renamed skill in the trends, as the export does', async () => {
    const main = await mainInMemory({ now: () => new Date('2027-02-15T10:00:00Z') });
    const store = createWorkspaceStore(main.api);
    await store.getState().load();
    await act(async () => void store.getState().request('round:close', { name: 'Winter', date: '2027-01-31' }));
    const framework = main.current().framework;
    const renamed = framework.skills.find((s) => !s.retired)!;
    await act(
      async () =>
        void store.getState().request('framework:save', {
          framework: {
            ...framework,
            version: '9.0.0',
            skills: framework.skills.map((s) => (s.id === renamed.id ? { ...s, name: `${s.name} (new name)` } : s)),
          },
        }),
    );
    await settle();
    expect(main.current().framework.version).toBe('9.0.0');
    view = await render(inWorkspace(store, <RoundsScreen today="2027-02-15" />));
    await settle();
    expect(main.api.loadRound).toHaveBeenCalledWith({ roundId: main.current().rounds[0]!.id });
    const coverage = view.container.querySelector<HTMLElement>('[data-trend="coverage"]')!;
    await act(async () => byText(coverage, 'button', 'Show table').click());
    const row = Array.from(coverage.querySelectorAll('tbody tr')).find(
      (tr) => tr.firstElementChild?.textContent === `${renamed.name} (new name)`,
    );
    expect(row?.lastElementChild?.textContent).toBe(`renamed from "${renamed.name}"`);
  });
});
