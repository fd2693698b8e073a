import type { ChartData, ChartOptions } from 'chart.js';
import { useMemo, useState } from 'react';
import { Bar } from 'react-chartjs-2';
import type { Analysis } from '@shared/analysis/types';
import type { ChartColours } from '@shared/design/tokens';
import { baseChartOptions, categoryAxis, valueAxis } from '@renderer/charts/base-options';
import { PALETTE } from '@renderer/charts/setup';
import { wrapLabel } from '@renderer/charts/wrap-label';
import { ChartOrTable } from '@renderer/components/common/ChartOrTable';
import { useKeptWhileEqual } from '@renderer/hooks/useKeptWhileEqual';
import {
  coverageByArea,
  coverageBySkill,
  defaultGrouping,
  type CoverageGrouping,
  type CoverageView,
} from '../data/coverage-bars';
import { ChartTable } from './ChartTable';
import { CoverageGroupingToggle } from './CoverageGroupingToggle';
import { VALUE_LABELS_ROOM, valueLabels } from './value-labels';

const DESCRIPTIONS: Record<CoverageGrouping, string> = {
  skill:
    'People at the required level on each required skill (the bar) against the number the coverage policy needs (the mark). Shortfalls first.',
  area: "Per area of the framework: places filled (each skill's holders, counted up to its need) against the places the coverage policy needs.",
};

/** The bars, a mark at what is needed on each, and the exact numbers beside each row. */
/** A row's value: a bar's length, a floating bar's ends, or nothing (drawn by the other dataset). */
type Value = number | [number, number] | null;

function chartDataOf(view: CoverageView, theme: ChartColours): ChartData<'bar', Value[], string | string[]> {
  const shown = (short: boolean) =>
    view.bars.map((b) => (b.gap > 0 === short ? Math.min(b.holders, view.axisMax) : null));
  const holders = view.grouping === 'skill' ? 'Holders' : 'Places filled';
  // The need is a thin floating bar across the row: one mark per row, the held bar beneath it.
  const half = view.axisMax / 300;
  const bar = { grouped: false, categoryPercentage: 1, borderWidth: 0, pointStyle: 'rect' as const };
  return {
    labels: view.bars.map((b) => wrapLabel(b.label, 32)),
    datasets: [
      {
        ...bar,
        label: 'Needed by the policy',
        data: view.bars.map((b): [number, number] => [b.needed - half, b.needed + half]),
        backgroundColor: theme.text,
        borderColor: theme.text,
        borderWidth: 1,
        barPercentage: 0.95,
        pointStyle: 'line' as const,
        // A need at the axis's end is drawn whole, not cut in half.
        clip: 4,
        order: 0,
      },
      {
        ...bar,
        label: `${holders}, short of the need`,
        data: shown(true),
        backgroundColor: PALETTE.warning,
        barPercentage: 0.6,
        order: 1,
      },
      {
        ...bar,
        label: `${holders}, enough`,
        data: shown(false),
        backgroundColor: PALETTE.team,
        barPercentage: 0.6,
        order: 2,
      },
    ],
  };
}

function optionsOf(view: CoverageView, theme: ChartColours): ChartOptions<'bar'> {
  const base = baseChartOptions(theme);
  const x = valueAxis(theme, view.grouping === 'skill' ? 'People at the required level' : 'Places filled');
  return {
    ...base,
    indexAxis: 'y',
    layout: { padding: VALUE_LABELS_ROOM },
    scales: {
      x: { ...x, min: 0, max: view.axisMax, ticks: { ...x.ticks, precision: 0 } },
      y: categoryAxis(theme),
    },
    plugins: {
      ...base.plugins,
      legend: {
        ...base.plugins.legend,
        // Only the marks the chart shows: no "short" entry when no bar is short.
        labels: {
          ...base.plugins.legend.labels,
          filter: (item, chartData) =>
            chartData.datasets[item.datasetIndex ?? 0]?.data.some((v) => v !== null) ?? false,
        },
      },
      tooltip: { callbacks: { label: (ctx) => view.bars[ctx.dataIndex]?.detail ?? '' } },
      gapwiseValueLabels: {
        texts: view.bars.map((b) => `${b.holders} / ${b.needed}`),
        title: view.grouping === 'skill' ? 'held / needed' : 'filled / needed',
        colour: theme.text,
      },
    },
  };
}

const PLUGINS = [valueLabels];

/**
 * The lead chart: who holds each required skill at the required level against how many the
 * policy needs, by skill or by area. What a manager acts on: where the team is short.
 */
export function CoverageChart({ analysis, theme }: { analysis: Analysis; theme: ChartColours }) {
  const [chosen, setChosen] = useState<CoverageGrouping | null>(null);
  const grouping = chosen ?? defaultGrouping(analysis);
  const built = useMemo(
    () => (grouping === 'skill' ? coverageBySkill(analysis) : coverageByArea(analysis)),
    [analysis, grouping],
  );
  // The tooltips and value labels read the view, so the view itself is kept while it is equal
  // (its table too: it is built from the same bars, and a short one).
  const view = useKeptWhileEqual(built, JSON.stringify(built));
  const chartData = useMemo(() => chartDataOf(view, theme), [view, theme]);
  const options = useMemo(() => optionsOf(view, theme), [view, theme]);
  const toggle = <CoverageGroupingToggle grouping={grouping} onChange={setChosen} />;
  // Tall enough for every name, with room for the axis and the legend.
  const height = `${view.bars.length * (grouping === 'skill' ? 1.6 : 2.6) + 6}rem`;
  return (
    <ChartOrTable
      title="Coverage against the policy"
      description={DESCRIPTIONS[grouping]}
      chart={
        <>
          {toggle}
          <div className="chart-box" style={{ height }}>
            <Bar data={chartData} options={options} plugins={PLUGINS} role="img" aria-label={view.summary} />
          </div>
        </>
      }
      table={
        <>
          {toggle}
          <ChartTable
            caption={
              grouping === 'skill' ? 'Holders against needed per skill' : 'Places filled against needed per area'
            }
            data={view.table}
          />
        </>
      }
    />
  );
}
