import type { ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import type { ChartColours } from '@shared/design/tokens';
import { baseChartOptions, categoryAxis, valueAxis } from '@renderer/charts/base-options';
import { ChartOrTable } from '@renderer/components/common/ChartOrTable';
import { DataTable } from '@renderer/components/common/DataTable';
import type { TrendChart } from './trend-series';

/** One trend over the rounds: a line per series, and the same numbers as a table. */
export function TrendChartCard({ chart, theme }: { chart: TrendChart; theme: ChartColours }) {
  const chartData = useMemo(
    () => ({
      labels: chart.labels,
      datasets: chart.lines.map((line) => ({
        label: line.label,
        data: line.values,
        borderColor: line.colour,
        backgroundColor: line.colour,
        borderDash: line.dash,
        borderWidth: 2,
        pointRadius: 3,
        spanGaps: false,
      })),
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
      // A single line needs no legend: the title says what it is.
      plugins: { ...base.plugins, legend: { ...base.plugins.legend, display: chart.lines.length > 1 } },
    };
  }, [theme, chart.axis, chart.integer, chart.lines.length]);
  return (
    <ChartOrTable
      title={chart.title}
      description={chart.description}
      chart={
        <div className="chart-box rounds-trend__box">
          <Line data={chartData} options={options} role="img" aria-label={chart.summary} />
        </div>
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
