import type { ChartOptions } from 'chart.js';
import { useId, useMemo, useState } from 'react';
import { Line } from 'react-chartjs-2';
import type { AppData } from '@shared/data';
import { planWithinLimit } from '@shared/analysis';
import { projectTimeline } from '@shared/analysis/timeline';
import { isoDateOf } from '@shared/analysis/timeline-dates';
import { basisText, eventText } from '@shared/analysis/timeline-text';
import { lineDataset } from '@renderer/charts/line-dataset';
import { baseChartOptions, categoryAxis, valueAxis } from '@renderer/charts/base-options';
import { ChartOrTable } from '@renderer/components/common/ChartOrTable';
import { DataTable } from '@renderer/components/common/DataTable';
import { useThemeColours } from '@renderer/hooks/useThemeColours';
import { selectAnalysis, selectComparison } from '@renderer/state/analysis';
import { riskShading, riskShadingOptions } from './risk-shading';
import { timelineChartData } from './timeline-chart-data';
import './plan-timeline.css';

/*
 * The plan over time: coverage, single points of failure and engineering work quarter by
 * quarter, for today's plan or a scenario's, with the risk window after a departure shaded.
 */

const TODAYS_PLAN = '';
/** Not a scenario id: scenario ids are slugs, which never start with a colon. */
const WITHIN_LIMIT = ':within-limit';

/** Fixed for the chart's life; what it shades comes in the options. */
const PLUGINS = [riskShading];

export function PlanTimeline({ data, now = new Date() }: { data: AppData; now?: Date }) {
  const theme = useThemeColours();
  const selectId = useId();
  const [scenarioId, setScenarioId] = useState(TODAYS_PLAN);
  const today = isoDateOf(now);
  const scenario = data.scenarios.find((s) => s.id === scenarioId) ?? null;
  const budgetPlan = selectAnalysis(data).budgetPlan;
  // The limit's own timeline, when a limit is set that leaves part of the plan out.
  const limited = budgetPlan !== undefined && !budgetPlan.wholePlanFits;
  const withinLimit = scenarioId === WITHIN_LIMIT && limited;
  const timeline = useMemo(() => {
    const full = selectAnalysis(data).plan;
    const plan = scenario
      ? (selectComparison(data, scenario.id)?.scenarioAnalysis.plan ?? full)
      : withinLimit && budgetPlan
        ? planWithinLimit(full, budgetPlan)
        : full;
    return projectTimeline({
      framework: data.framework,
      organisation: data.organisation,
      members: data.members,
      scenario,
      plan,
      planning: data.settings.planning,
      today,
    });
  }, [data, scenario, today, withinLimit, budgetPlan]);
  const chart = useMemo(() => timelineChartData(timeline), [timeline]);
  const chartData = useMemo(
    () => ({
      labels: chart.labels,
      datasets: chart.lines.map((line) => ({ ...lineDataset(line), yAxisID: line.axis === 'fte' ? 'fte' : 'y' })),
    }),
    [chart],
  );
  const options = useMemo<ChartOptions<'line'>>(() => {
    const base = baseChartOptions(theme);
    const y = valueAxis(theme, 'Skills');
    const fte = valueAxis(theme, 'FTE');
    return {
      ...base,
      plugins: { ...base.plugins, ...riskShadingOptions({ atRisk: chart.atRisk, colour: chart.riskColour }) },
      scales: {
        x: categoryAxis(theme),
        y: { ...y, beginAtZero: true, ticks: { ...y.ticks, precision: 0 } },
        fte: { ...fte, position: 'right', beginAtZero: true, grid: { drawOnChartArea: false } },
      },
    };
  }, [theme, chart]);

  return (
    <div className="plan-timeline">
      <label className="plan-timeline__pick" htmlFor={selectId}>
        Timeline of{' '}
        <select
          id={selectId}
          value={scenario?.id ?? (withinLimit ? WITHIN_LIMIT : TODAYS_PLAN)}
          onChange={(e) => setScenarioId(e.target.value)}
        >
          <option value={TODAYS_PLAN}>Today&apos;s plan</option>
          {limited ? (
            <option value={WITHIN_LIMIT}>
              Plan within your limit ({budgetPlan.hireCount} of {selectAnalysis(data).plan.hires.length} hires)
            </option>
          ) : null}
          {data.scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              Scenario: {s.name}
            </option>
          ))}
        </select>
      </label>
      <ChartOrTable
        title="Timeline"
        description={`From ${today}, quarter by quarter: hires start after their role's lead time (or the scenario's date), upskilling after its months per level. Shaded: a member has left and their replacement has not started.`}
        chart={
          <div className="chart-box plan-timeline__box">
            <Line data={chartData} options={options} plugins={PLUGINS} role="img" aria-label={chart.summary} />
          </div>
        }
        table={
          <DataTable
            caption="Timeline"
            header={chart.table.header}
            rows={chart.table.rows}
            numeric={chart.table.numeric}
          />
        }
      />
      {chart.riskLines.length > 0 ? (
        <ul className="plan-timeline__risks" aria-label="Risk windows">
          {chart.riskLines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      {timeline.events.length > 0 ? (
        <details className="plan-timeline__events">
          <summary>When each change takes effect</summary>
          <DataTable
            caption="Changes by date"
            header={['Date', 'Quarter', 'Change', 'Why this date']}
            rows={timeline.events.map((e) => [e.date, e.quarterLabel, eventText(e, { names: true }), basisText(e)])}
          />
        </details>
      ) : null}
    </div>
  );
}
