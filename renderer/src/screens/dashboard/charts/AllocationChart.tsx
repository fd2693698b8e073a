import type { ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { Bar } from 'react-chartjs-2';
import type { Analysis } from '@shared/analysis/types';
import type { AppData } from '@shared/data';
import type { ChartColours } from '@shared/design/tokens';
import { baseChartOptions, categoryAxis, valueAxis } from '@renderer/charts/base-options';
import { ChartOrTable } from '@renderer/components/common/ChartOrTable';
import { useKeptWhileEqual } from '@renderer/hooks/useKeptWhileEqual';
import { AGGREGATE_ABOVE } from '../data/product-teams';
import { timeAllocation } from '../data/time-allocation';
import { ChartTable } from './ChartTable';
import { thresholdLine, thresholdLineOptions } from './threshold-line';

const PLUGINS = [thresholdLine];

/** Stacked shares of time per member (or product team), the engineering-load threshold dashed across. */
export function AllocationChart({ data, analysis, theme }: { data: AppData; analysis: Analysis; theme: ChartColours }) {
  const allocation = useMemo(() => timeAllocation(analysis, data), [analysis, data]);
  const built = useMemo(
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
  // Shares of time change only when an allocation does, not with an edit of levels.
  const chartData = useKeptWhileEqual(built, JSON.stringify(built));
  const options = useMemo<ChartOptions<'bar'>>(() => {
    const x = valueAxis(theme);
    const base = baseChartOptions(theme);
    return {
      ...base,
      plugins: { ...base.plugins, ...thresholdLineOptions({ threshold: allocation.threshold, colour: theme.text }) },
      indexAxis: 'y',
      scales: {
        x: { ...x, stacked: true, min: 0, max: 100, ticks: { ...x.ticks, callback: (v) => `${v} %` } },
        y: { ...categoryAxis(theme), stacked: true },
      },
    };
  }, [theme, allocation.threshold]);
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
          <Bar data={chartData} options={options} plugins={PLUGINS} role="img" aria-label={allocation.summary} />
        </div>
      }
      table={<ChartTable caption="Time allocation" data={allocation.table} />}
    />
  );
}
