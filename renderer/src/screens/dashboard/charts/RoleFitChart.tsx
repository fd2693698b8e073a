import type { ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { Bar } from 'react-chartjs-2';
import type { Analysis } from '@shared/analysis/types';
import type { AppData } from '@shared/data';
import type { ChartColours } from '@shared/design/tokens';
import { baseChartOptions, categoryAxis, valueAxis } from '@renderer/charts/base-options';
import { ChartOrTable } from '@renderer/components/common/ChartOrTable';
import { useKeptWhileEqual } from '@renderer/hooks/useKeptWhileEqual';
import { roleFit } from '../data/role-fit';
import { ChartTable } from './ChartTable';

/** Per role people are employed as: how many fit it best, and which role the others fit. */
export function RoleFitChart({ data, analysis, theme }: { data: AppData; analysis: Analysis; theme: ChartColours }) {
  const fit = useMemo(() => roleFit(analysis, data), [analysis, data]);
  const built = useMemo(
    () => ({
      labels: fit.employed.map((e) => `${e.name} (${e.members})`),
      datasets: fit.series.map((s) => ({
        label: s.label,
        data: s.counts,
        backgroundColor: s.colour,
      })),
    }),
    [fit],
  );
  // The bars are counts per role: most edits leave them as they were.
  const chartData = useKeptWhileEqual(built, JSON.stringify(built));
  const options = useMemo<ChartOptions<'bar'>>(() => {
    const base = baseChartOptions(theme);
    const x = valueAxis(theme, 'Members');
    return {
      ...base,
      indexAxis: 'y',
      scales: {
        x: { ...x, stacked: true, beginAtZero: true, ticks: { ...x.ticks, precision: 0 } },
        y: { ...categoryAxis(theme), stacked: true },
      },
    };
  }, [theme]);
  const height = `${fit.employed.length * 2.4 + 6}rem`;
  return (
    <ChartOrTable
      title="Role fit"
      description="For each role people are employed as: how many fit it best, and which role fits the others best (by more than 10 points)."
      chart={
        <div className="chart-box" style={{ height }}>
          <Bar data={chartData} options={options} role="img" aria-label={fit.summary} />
        </div>
      }
      table={<ChartTable caption="Role fit per member" data={fit.table} />}
    />
  );
}
