import type { ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import type { BudgetPlan } from '@shared/analysis';
import { PALETTE } from '@renderer/charts/setup';
import { lineDataset } from '@renderer/charts/line-dataset';
import { baseChartOptions, categoryAxis, valueAxis } from '@renderer/charts/base-options';
import { ChartOrTable } from '@renderer/components/common/ChartOrTable';
import { DataTable } from '@renderer/components/common/DataTable';
import { useThemeColours } from '@renderer/hooks/useThemeColours';
import { budgetSeriesTable } from '@shared/reports/budget-rows';
import { marginalSummary, stepLabel } from './marginal';

/**
 * What each further hire (or each step of money) closes: gaps and single points on the left
 * axis, FTE of work taken over on the right, so the manager sees where the next hire stops paying.
 */
export function MarginalValueChart({ plan }: { plan: BudgetPlan }) {
  const theme = useThemeColours();
  const data = useMemo(
    () => ({
      labels: plan.series.map((s) => stepLabel(plan, s.limit)),
      datasets: [
        {
          ...lineDataset({
            label: 'People below policy added',
            values: plan.series.map((s) => s.gapsClosed),
            colour: PALETTE.scientist,
          }),
          yAxisID: 'y',
        },
        {
          ...lineDataset({
            label: 'Single points of failure closed',
            values: plan.series.map((s) => s.singlePointsClosed),
            colour: PALETTE.warning,
            dash: [6, 4],
          }),
          yAxisID: 'y',
        },
        {
          ...lineDataset({
            label: 'FTE of work taken over',
            values: plan.series.map((s) => s.fteAbsorbed),
            colour: PALETTE.engineer,
            dash: [2, 3],
          }),
          yAxisID: 'fte',
        },
      ],
    }),
    [plan],
  );
  const options = useMemo<ChartOptions<'line'>>(() => {
    const base = baseChartOptions(theme);
    const people = valueAxis(theme, 'People and skills');
    const fte = valueAxis(theme, 'FTE');
    return {
      ...base,
      scales: {
        x: {
          ...categoryAxis(theme),
          title: {
            display: true,
            text: plan.limit.kind === 'hires' ? 'Hires' : `Budget${plan.currency ? ` (${plan.currency})` : ''}`,
            color: theme.text,
          },
        },
        y: { ...people, beginAtZero: true, ticks: { ...people.ticks, precision: 0 } },
        fte: { ...fte, position: 'right' as const, beginAtZero: true, grid: { display: false } },
      },
    };
  }, [theme, plan.limit.kind, plan.currency]);
  const table = budgetSeriesTable(plan);
  const summary = marginalSummary(plan);
  return (
    <ChartOrTable
      title="Value of each further hire"
      description={summary}
      chart={
        <div className="chart-box budget-chart__box">
          <Line data={data} options={options} role="img" aria-label={summary} />
        </div>
      }
      table={<DataTable caption="Value per limit" header={table.header} rows={table.rows} numeric={table.numeric} />}
    />
  );
}
