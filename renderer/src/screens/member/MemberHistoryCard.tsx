import type { ChartOptions } from 'chart.js';
import { useEffect, useMemo, useState } from 'react';
import { Line } from 'react-chartjs-2';
import type { AppData } from '@shared/data';
import type { MemberHistory } from '@shared/rounds/types';
import { baseChartOptions, categoryAxis, valueAxis } from '@renderer/charts/base-options';
import { ChartOrTable } from '@renderer/components/common/ChartOrTable';
import { DataTable } from '@renderer/components/common/DataTable';
import { OperationErrors } from '@renderer/components/workspace/OperationErrors';
import { useThemeColours } from '@renderer/hooks/useThemeColours';
import { useRequest } from '@renderer/state/hooks';
import { maxLevel } from '@shared/domain';
import { historyChart } from './member-history-chart';

/**
 * The member's levels in every closed round they were in, and today. Asked of main
 * (round:memberHistory reads the round files); asked again when the data changes.
 */
export function MemberHistoryCard({ data, memberId }: { data: AppData; memberId: string }) {
  const request = useRequest();
  const theme = useThemeColours();
  const [history, setHistory] = useState<MemberHistory | null>(null);
  useEffect(() => {
    let current = true;
    void request('round:memberHistory', { memberId }, { title: 'The levels over time could not be read' }).then(
      (answer) => {
        if (current && answer) setHistory(answer);
      },
    );
    return () => {
      current = false;
    };
  }, [request, memberId, data]);
  const chart = useMemo(
    () => (history && history.memberId === memberId ? historyChart(history) : null),
    [history, memberId],
  );
  const top = maxLevel(data.framework.scale);
  const options = useMemo<ChartOptions<'line'>>(() => {
    const base = baseChartOptions(theme);
    const y = valueAxis(theme, 'Level');
    return {
      ...base,
      scales: { x: categoryAxis(theme), y: { ...y, min: 0, max: top, ticks: { ...y.ticks, stepSize: 1 } } },
    };
  }, [theme, top]);
  if (!chart) return <OperationErrors channels={['round:memberHistory']} />;
  const chartData = {
    labels: chart.labels,
    datasets: chart.lines.map((line) => ({
      label: line.label,
      data: line.values,
      borderColor: line.colour,
      backgroundColor: line.colour,
      borderWidth: 2,
      pointRadius: 3,
    })),
  };
  return (
    <ChartOrTable
      title="Levels over time"
      description={
        chart.lines.length === 0
          ? 'The levels in each round; none moved.'
          : `The skills whose level moved${chart.leftOff > 0 ? ` (the ${chart.lines.length} that moved most; the table has all)` : ''}.`
      }
      chart={
        <div className="member-detail__chart member-history__chart">
          <Line data={chartData} options={options} role="img" aria-label={chart.summary} />
        </div>
      }
      table={
        <DataTable
          caption="Levels in each round"
          header={chart.table.header}
          rows={chart.table.rows}
          numeric={chart.table.numeric}
        />
      }
    />
  );
}
