import type { ChartOptions } from 'chart.js';
import { useEffect, useMemo, useRef } from 'react';
import { Scatter } from 'react-chartjs-2';
import type { Analysis } from '@shared/analysis/types';
import type { AppData } from '@shared/data';
import type { ChartColours } from '@shared/design/tokens';
import { baseChartOptions, valueAxis } from '@renderer/charts/base-options';
import { ChartOrTable } from '@renderer/components/common/ChartOrTable';
import { BOTH_ROLES_FIT, fitScatter } from '../data/fit-scatter';
import { ChartTable } from './ChartTable';

/** Scientist fit across, engineer fit up: people doing both roles and mismatches stand out. */
export function FitScatterChart({ data, analysis, theme }: { data: AppData; analysis: Analysis; theme: ChartColours }) {
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
    const base = baseChartOptions(theme);
    const axis = (text: string) => {
      const a = valueAxis(theme, text);
      return { ...a, min: 0, max: 100, ticks: { ...a.ticks, stepSize: 20 } };
    };
    return {
      ...base,
      scales: {
        x: axis(`${fit.scienceRole?.name ?? 'Scientist'} fit`),
        y: axis(`${fit.engineeringRole?.name ?? 'Engineer'} fit`),
      },
      plugins: {
        ...base.plugins,
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
      table={<ChartTable caption="Role fit per member" data={fit.table} />}
    />
  );
}
