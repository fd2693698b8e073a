import type { ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { Bar } from 'react-chartjs-2';
import type { Analysis } from '../../../../../shared/analysis/types';
import type { ChartColours } from '../../../../../shared/design/tokens';
import { baseChartOptions, categoryAxis, valueAxis } from '../../../charts/base-options';
import { ChartOrTable } from '../../../components/common/ChartOrTable';
import { gapBars } from '../data/gap-bars';
import { AreaKey } from './AreaKey';
import { ChartTable } from './ChartTable';

/** People short of the coverage policy per required skill, coloured by area. */
export function GapChart({ analysis, theme }: { analysis: Analysis; theme: ChartColours }) {
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
  const options = useMemo<ChartOptions<'bar'>>(() => {
    const base = baseChartOptions(theme);
    const x = valueAxis(theme, 'People short of the coverage policy');
    const y = categoryAxis(theme);
    return {
      ...base,
      indexAxis: 'y',
      scales: {
        x: { ...x, beginAtZero: true, ticks: { ...x.ticks, stepSize: 1, precision: 0 } },
        y: { ...y, ticks: { ...y.ticks, font: { size: 10 } } },
      },
      plugins: { ...base.plugins, legend: { display: false } },
    };
  }, [theme]);
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
          <AreaKey areas={gaps.areas} />
        </>
      }
      table={<ChartTable caption="Gaps per skill" data={gaps.table} />}
    />
  );
}
