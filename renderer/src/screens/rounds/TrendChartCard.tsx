import type { ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import type { ChartColours } from '@shared/design/tokens';
import { lineDataset } from '@renderer/charts/line-dataset';
import { baseChartOptions, categoryAxis, valueAxis } from '@renderer/charts/base-options';
import { ChartOrTable } from '@renderer/components/common/ChartOrTable';
import { DataTable } from '@renderer/components/common/DataTable';
import type { TrendChart } from './trend-series';

/**
 * Above this many lines the legend would fill the card (40 product teams do) and be cut off;
 * the lines are then named by their tooltips and the table instead.
 */
export const MAX_LEGEND_ENTRIES = 12;

/** Whether the chart draws a legend: a single line needs none (the title says what it is). */
export const showsLegend = (lines: number): boolean => lines > 1 && lines <= MAX_LEGEND_ENTRIES;

/** One trend over the rounds: a line per series, and the same numbers as a table. */
export function TrendChartCard({ chart, theme }: { chart: TrendChart; theme: ChartColours }) {
  const chartData = useMemo(
    () => ({
      labels: chart.labels,
      datasets: chart.lines.map((line) => ({ ...lineDataset(line), spanGaps: false })),
    }),
    [chart],
  );
  const options = useMemo<ChartOptions<'line'>>(() => {
    const base = baseChartOptions(theme);
    const y = valueAxis(theme, chart.axis);
    return {
      ...base,
      scales: {
        x: categoryAxis(theme),
        y: { ...y, beginAtZero: true, ticks: { ...y.ticks, ...(chart.integer ? { precision: 0 } : {}) } },
      },
      plugins: { ...base.plugins, legend: { ...base.plugins.legend, display: showsLegend(chart.lines.length) } },
    };
  }, [theme, chart.axis, chart.integer, chart.lines.length]);
  return (
    <ChartOrTable
      title={chart.title}
      description={chart.description}
      chart={
        <>
          <div className="chart-box rounds-trend__box">
            <Line data={chartData} options={options} role="img" aria-label={chart.summary} />
          </div>
          {chart.lines.length > MAX_LEGEND_ENTRIES ? (
            <p className="rounds-muted" data-testid="legend-left-off">
              {chart.lines.length} lines: point at one to see its name; the table lists them all.
            </p>
          ) : null}
        </>
      }
      table={
        <DataTable
          caption={chart.title}
          header={chart.table.header}
          rows={chart.table.rows}
          numeric={chart.table.numeric}
        />
      }
    />
  );
}
