import { radarChartData, radarOptions } from '../../charts/radar';
import type { ChartOptions, Plugin } from 'chart.js';
import { useEffect, useMemo, useRef } from 'react';
import { Bar, Radar, Scatter } from 'react-chartjs-2';
import type { Analysis } from '../../../../shared/analysis/types';
import type { AppData } from '../../../../shared/data';
import { AREA_LABELS, AREAS } from '../../../../shared/domain';
import { ChartOrTable } from '../../components/common/ChartOrTable';
import { DataTable } from '../../components/common/DataTable';
import { selectAnalysis } from '../../state/analysis';
import { useWorkspace } from '../../state/hooks';
import { coverageRadar } from './data/coverage-radar';
import { BOTH_ROLES_FIT, fitScatter } from './data/fit-scatter';
import { gapBars } from './data/gap-bars';
import { AGGREGATE_ABOVE } from './data/product-teams';
import { singlePointsOfFailure } from './data/single-points';
import { heatStep, skillsHeatmap } from './data/skills-heatmap';
import { summaryTiles } from './data/summary-tiles';
import type { TableData } from './data/table';
import { timeAllocation } from './data/time-allocation';
import { useThemeColours } from '../../hooks/useThemeColours';
import './dashboard.css';

type Theme = { text: string; grid: string };

/** A chart's table view: its rows are read (and, for a large team, built) only when shown. */
function TableView({ caption, data: t }: { caption: string; data: TableData }) {
  return <DataTable caption={caption} header={t.header} rows={t.rows} numeric={t.numeric} />;
}

const table = (caption: string, t: TableData) => <TableView caption={caption} data={t} />;

/** The team at a glance: coverage, gaps, who does what, and what hangs on one person. */
export function DashboardScreen() {
  const data = useWorkspace((s) => s.data);
  const status = useWorkspace((s) => s.status);
  const analysis = useMemo(() => (data ? selectAnalysis(data) : null), [data]);
  const theme = useThemeColours();

  if (!data || !analysis) {
    return (
      <section className="dashboard dashboard--empty" aria-labelledby="dashboard-title">
        <h1 id="dashboard-title" className="dashboard__title">
          Dashboard
        </h1>
        <p className="dashboard__empty-text">
          {status === 'loading' ? 'Loading the team…' : 'The team data is not available.'}
        </p>
      </section>
    );
  }
  if (data.members.length === 0) {
    return (
      <section className="dashboard dashboard--empty" aria-labelledby="dashboard-title">
        <h1 id="dashboard-title" className="dashboard__title">
          Dashboard
        </h1>
        <div className="dashboard__empty">
          <h2>No team members yet</h2>
          <p className="dashboard__empty-text">
            Add the people on your data team on the Team screen, with their skill levels and how they spend their time.
            The dashboard then shows coverage, gaps, role fit and single points of failure.
          </p>
        </div>
      </section>
    );
  }
  return <Dashboard data={data} analysis={analysis} theme={theme} />;
}

function Dashboard({ data, analysis, theme }: { data: AppData; analysis: Analysis; theme: Theme }) {
  const tiles = useMemo(() => summaryTiles(analysis), [analysis]);
  const spof = useMemo(() => singlePointsOfFailure(analysis, data), [analysis, data]);
  return (
    <section className="dashboard" aria-labelledby="dashboard-title">
      <header className="dashboard__header">
        <h1 id="dashboard-title" className="dashboard__title">
          Dashboard
        </h1>
        <p className="dashboard__subtitle">
          {data.organisation.name} · {data.members.length} {data.members.length === 1 ? 'member' : 'members'} ·{' '}
          {analysis.framework.name}
        </p>
      </header>

      <ul className="dashboard__tiles" aria-label="Summary">
        {tiles.map((tile) => (
          <li key={tile.id} className={`tile tile--${tile.id}`} data-tile={tile.id}>
            <span className="tile__value">{tile.value}</span>
            <span className="tile__label">{tile.label}</span>
            <span className="tile__hint">{tile.hint}</span>
          </li>
        ))}
      </ul>

      <div className="dashboard__grid">
        <CoverageRadar data={data} analysis={analysis} theme={theme} />
        <GapChart analysis={analysis} theme={theme} />
        <FitScatter data={data} analysis={analysis} theme={theme} />
        <SinglePoints points={spof} />
        <div className="dashboard__wide">
          <AllocationChart data={data} analysis={analysis} theme={theme} />
        </div>
        <div className="dashboard__wide">
          <Heatmap data={data} analysis={analysis} />
        </div>
      </div>
    </section>
  );
}

const legend = (theme: Theme) => ({
  position: 'bottom' as const,
  labels: { color: theme.text, usePointStyle: true, boxWidth: 10 },
});

function CoverageRadar({ data, analysis, theme }: { data: AppData; analysis: Analysis; theme: Theme }) {
  const radar = useMemo(() => coverageRadar(analysis, data), [analysis, data]);
  const chartData = useMemo(() => radarChartData(radar), [radar]);
  const options = useMemo<ChartOptions<'radar'>>(() => radarOptions(radar.max, theme), [radar.max, theme]);
  return (
    <ChartOrTable
      title="Team coverage"
      description="The team's best level on each required skill against the role targets."
      chart={
        <div className="chart-box chart-box--tall">
          <Radar data={chartData} options={options} role="img" aria-label={radar.summary} />
        </div>
      }
      table={table('Team coverage: best level and role targets per skill', radar.table)}
    />
  );
}

function GapChart({ analysis, theme }: { analysis: Analysis; theme: Theme }) {
  const gaps = useMemo(() => gapBars(analysis), [analysis]);
  const chartData = useMemo(
    () => ({
      labels: gaps.labels,
      datasets: [
        { label: 'People short', data: gaps.gaps, backgroundColor: gaps.colours, borderWidth: 0, barThickness: 10 },
      ],
    }),
    [gaps],
  );
  const options = useMemo<ChartOptions<'bar'>>(
    () => ({
      animation: false,
      maintainAspectRatio: false,
      indexAxis: 'y',
      scales: {
        x: {
          beginAtZero: true,
          ticks: { stepSize: 1, precision: 0, color: theme.text },
          grid: { color: theme.grid },
          title: { display: true, text: 'People short of the coverage policy', color: theme.text },
        },
        y: { ticks: { color: theme.text, autoSkip: false, font: { size: 10 } }, grid: { display: false } },
      },
      plugins: { legend: { display: false } },
    }),
    [theme],
  );
  const areas = AREAS.filter((a) => gaps.areas.includes(a));
  return (
    <ChartOrTable
      title="Gaps per skill"
      description="People short of the coverage policy on each required skill, coloured by area."
      chart={
        <>
          {/* Tall enough for every label: a 60-skill framework would crowd them into one another. */}
          <div
            className="chart-box chart-box--tall"
            style={{ height: `${Math.max(30, gaps.labels.length * 1.1 + 4)}rem` }}
          >
            <Bar data={chartData} options={options} role="img" aria-label={gaps.summary} />
          </div>
          <ul className="area-key" aria-label="Areas">
            {areas.map((area) => (
              <li key={area} className={`area-key__item area-key__item--${area}`}>
                {AREA_LABELS[area]}
              </li>
            ))}
          </ul>
        </>
      }
      table={table('Gaps per skill', gaps.table)}
    />
  );
}

function FitScatter({ data, analysis, theme }: { data: AppData; analysis: Analysis; theme: Theme }) {
  const fit = useMemo(() => fitScatter(analysis, data), [analysis, data]);
  // One dataset per group and marker: styles are then per dataset, not per point, so
  // chart.js resolves them once instead of 10,000 times (and the legend shows the triangles).
  const series = useMemo(
    () =>
      fit.groups
        .flatMap((g) =>
          [false, true].map((mismatch) => ({
            label: mismatch ? `${g.label}, best fit another role` : g.label,
            colour: g.colour,
            mismatch,
            points: g.points.filter((p) => p.mismatch === mismatch),
          })),
        )
        .filter((s) => s.points.length > 0),
    [fit],
  );
  const chartData = useMemo(
    () => ({
      datasets: series.map((s) => ({
        label: s.label,
        // The points themselves: chart.js reads x and y, and unchanged members keep their point.
        data: s.points,
        backgroundColor: s.colour,
        borderColor: s.colour,
        pointStyle: s.mismatch ? 'triangle' : 'circle',
        pointRadius: s.mismatch ? 7 : 5,
      })),
    }),
    [series],
  );
  // The tooltip reads the series through a ref, so that a change of data keeps the options:
  // new options make chart.js resolve every point's style again.
  const seriesRef = useRef(series);
  useEffect(() => {
    seriesRef.current = series;
  }, [series]);
  const options = useMemo<ChartOptions<'scatter'>>(() => {
    const axis = (text: string) => ({
      min: 0,
      max: 100,
      ticks: { color: theme.text, stepSize: 20 },
      grid: { color: theme.grid },
      title: { display: true, text, color: theme.text },
    });
    return {
      animation: false,
      maintainAspectRatio: false,
      scales: {
        x: axis(`${fit.scienceRole?.name ?? 'Scientist'} fit`),
        y: axis(`${fit.engineeringRole?.name ?? 'Engineer'} fit`),
      },
      plugins: {
        legend: legend(theme),
        tooltip: {
          callbacks: {
            label: (ctx) => {
              const p = seriesRef.current[ctx.datasetIndex]?.points[ctx.dataIndex];
              if (!p) return '';
              return `${p.name}: ${p.x} / ${p.y}${p.mismatch ? ' (best fit is another role)' : ''}`;
            },
          },
        },
      },
    };
  }, [fit.scienceRole?.name, fit.engineeringRole?.name, theme]);
  return (
    <ChartOrTable
      title="Role fit"
      description={`Each member's fit to the two roles. Both fits at ${BOTH_ROLES_FIT} or more: doing both roles. Triangles: the best fit is not the role they are employed as.`}
      chart={
        <div className="chart-box">
          <Scatter data={chartData} options={options} role="img" aria-label={fit.summary} />
        </div>
      }
      table={table('Role fit per member', fit.table)}
    />
  );
}

/** Draws the engineering-load threshold as a dashed line across the stacked bars. */
const thresholdLine = (threshold: number, colour: string): Plugin<'bar'> => ({
  id: 'gapwiseThreshold',
  afterDatasetsDraw(chart) {
    const x = chart.scales.x?.getPixelForValue(threshold);
    if (x === undefined) return;
    const { top, bottom } = chart.chartArea;
    const ctx = chart.ctx;
    ctx.save();
    ctx.strokeStyle = colour;
    ctx.lineWidth = 1.5;
    ctx.setLineDash([5, 4]);
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, bottom);
    ctx.stroke();
    ctx.restore();
  },
});

function AllocationChart({ data, analysis, theme }: { data: AppData; analysis: Analysis; theme: Theme }) {
  const allocation = useMemo(() => timeAllocation(analysis, data), [analysis, data]);
  const chartData = useMemo(
    () => ({
      labels: allocation.labels,
      datasets: allocation.series.map((s) => ({
        label: s.label,
        data: s.values,
        backgroundColor: s.colour,
        borderWidth: 0,
        barThickness: 14,
      })),
    }),
    [allocation],
  );
  const options = useMemo<ChartOptions<'bar'>>(
    () => ({
      animation: false,
      maintainAspectRatio: false,
      indexAxis: 'y',
      scales: {
        x: {
          stacked: true,
          min: 0,
          max: 100,
          ticks: { color: theme.text, callback: (v) => `${v} %` },
          grid: { color: theme.grid },
        },
        y: { stacked: true, ticks: { color: theme.text, autoSkip: false }, grid: { display: false } },
      },
      plugins: { legend: legend(theme) },
    }),
    [theme],
  );
  const plugins = useMemo(() => [thresholdLine(allocation.threshold, theme.text)], [allocation.threshold, theme.text]);
  const bars = allocation.labels.length;
  const size = bars > 25 ? 'chart-box--xtall' : bars > 12 ? 'chart-box--tall' : '';
  return (
    <ChartOrTable
      title="Time allocation"
      description={
        `Share of time on engineering, science and other work ${allocation.aggregated ? `per product team (average; more than ${AGGREGATE_ABOVE} members)` : 'per member'}. ` +
        `Engineering carried by scientists is highlighted; the dashed line is the ${allocation.threshold} % engineering-load threshold.`
      }
      chart={
        <div className={`chart-box ${size}`}>
          <Bar data={chartData} options={options} plugins={plugins} role="img" aria-label={allocation.summary} />
        </div>
      }
      table={table('Time allocation', allocation.table)}
    />
  );
}

function Heatmap({ data, analysis }: { data: AppData; analysis: Analysis }) {
  const heat = useMemo(() => skillsHeatmap(analysis, data), [analysis, data]);
  const caption = heat.aggregated
    ? `Average skill level per product team (the team has more than ${AGGREGATE_ABOVE} members)`
    : 'Skill level per member';
  const grid = (
    <div className="heatmap-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="heatmap">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="heatmap__corner">
              {heat.aggregated ? 'Product team' : 'Member'}
            </th>
            {heat.columns.map((c) => (
              <th key={c.skillId} scope="col" className={`heatmap__skill heatmap__skill--${c.area}`} title={c.name}>
                <span>{c.name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {heat.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="heatmap__row">
                {row.label}
                {heat.aggregated ? <span className="heatmap__count"> ({row.count})</span> : null}
              </th>
              {row.levels.map((level, i) => (
                <td
                  key={heat.columns[i]!.skillId}
                  className={`heatmap__cell heat-${heatStep(level, heat.max)}`}
                  title={`${row.label} · ${heat.columns[i]!.name}: ${level}`}
                >
                  {level}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <ChartOrTable
      title="Skills heatmap"
      description={`${caption}, 0 to ${heat.max}; darker is stronger.`}
      chart={
        <>
          {grid}
          <ol className="heat-key" aria-label="Level colours">
            {[0, 1, 2, 3, 4].map((step) => (
              <li key={step} className={`heat-key__step heat-${step}`}>
                {Math.round((step / 4) * heat.max)}
              </li>
            ))}
          </ol>
        </>
      }
      table={table(caption, heat.table)}
    />
  );
}

function SinglePoints({ points }: { points: ReturnType<typeof singlePointsOfFailure> }) {
  return (
    <section className="chart-card spof" aria-labelledby="spof-title">
      <header className="chart-card__header">
        <div>
          <h2 id="spof-title" className="chart-card__title">
            Single points of failure
          </h2>
          <p className="chart-card__description">Skills that only one person holds at the required level.</p>
        </div>
      </header>
      {points.length === 0 ? (
        <p className="spof__none">No skill hangs on a single person.</p>
      ) : (
        <ul className="spof__list">
          {points.map((p) => (
            <li key={p.skillId} className="spof__item" data-skill={p.skillId}>
              <span className={`spof__skill spof__skill--${p.area}`}>{p.skill}</span>
              <span className="spof__arrow" aria-hidden="true">
                →
              </span>
              <span className="visually-hidden">depends on</span>
              <span className="spof__person">{p.person}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
