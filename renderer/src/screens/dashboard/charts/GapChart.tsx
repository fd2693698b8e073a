import type { ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { Bar } from 'react-chartjs-2';
import type { Analysis } from '@shared/analysis/types';
import type { ChartColours } from '@shared/design/tokens';
import { baseChartOptions, categoryAxis, valueAxis } from '@renderer/charts/base-options';
import { ChartOrTable } from '@renderer/components/common/ChartOrTable';
import { useKeptWhileEqual } from '@renderer/hooks/useKeptWhileEqual';
import { gapBars } from '../data/gap-bars';
import { PlainCard } from '../PlainCard';
import { AreaKey } from './AreaKey';
import { ChartTable } from './ChartTable';

const TITLE = 'Gaps per skill';

/** People short of the coverage policy on each skill that has a gap, or plainly that none has. */
export function GapChart({ analysis, theme }: { analysis: Analysis; theme: ChartColours }) {
  const gaps = useMemo(() => gapBars(analysis), [analysis]);
  const built = useMemo(
    () => ({
      labels: gaps.labels,
      datasets: [
        { label: 'People short', data: gaps.gaps, backgroundColor: gaps.colours, borderWidth: 0, barThickness: 14 },
      ],
    }),
    [gaps],
  );
  const chartData = useKeptWhileEqual(built, JSON.stringify(built));
  const options = useMemo<ChartOptions<'bar'>>(() => {
    const base = baseChartOptions(theme);
    const x = valueAxis(theme, 'People short of the coverage policy');
    return {
      ...base,
      indexAxis: 'y',
      scales: {
        x: { ...x, beginAtZero: true, ticks: { ...x.ticks, stepSize: 1, precision: 0 } },
        y: categoryAxis(theme),
      },
      plugins: { ...base.plugins, legend: { display: false } },
    };
  }, [theme]);
  if (gaps.labels.length === 0) {
    return (
      <PlainCard title={TITLE} description="People short of the coverage policy on each required skill.">
        <p className="gaps__none">{gaps.summary}</p>
      </PlainCard>
    );
  }
  return (
    <ChartOrTable
      title={TITLE}
      description="People short of the coverage policy on each skill that has a gap, the largest first, coloured by area."
      chart={
        <>
          {/* A row per skill with a gap, tall enough for its name, and room for the axis; a
              few bars get the card's usual height rather than a strip. */}
          <div className="chart-box" style={{ height: `${Math.max(13, gaps.labels.length * 1.6 + 5)}rem` }}>
            <Bar data={chartData} options={options} role="img" aria-label={gaps.summary} />
          </div>
          <AreaKey areas={gaps.areas} />
        </>
      }
      table={<ChartTable caption={TITLE} data={gaps.table} />}
    />
  );
}
