import { useId, useMemo } from 'react';
import type { AppData } from '@shared/data';
import { OperationErrors } from '@renderer/components/workspace/OperationErrors';
import { useThemeColours } from '@renderer/hooks/useThemeColours';
import { usePending, useRequest } from '@renderer/state/hooks';
import { ExportButtons } from './ExportButtons';
import { roundsTrendsTable } from './today-point';
import { trendCharts } from './trend-series';
import { TrendChartCard } from './TrendChartCard';
import { usePastFrameworks } from './usePastFrameworks';

/** The trends over the closed rounds and today, each chart with its table, and their export. */
export function TrendsSection({ data, today }: { data: AppData; today: string }) {
  const id = useId();
  const theme = useThemeColours();
  const request = useRequest();
  const exporting = usePending('rounds:exportTrends');
  const pastFrameworks = usePastFrameworks(data);
  const charts = useMemo(
    () => trendCharts(roundsTrendsTable(data, today, pastFrameworks)),
    [data, today, pastFrameworks],
  );
  return (
    <section className="rounds-section" aria-labelledby={`${id}-title`}>
      <header className="rounds-section__header">
        <h2 id={`${id}-title`}>Trends</h2>
        <ExportButtons
          what="the trends"
          disabled={exporting}
          run={(format) => request('rounds:exportTrends', { format }, { title: 'The trends were not exported' })}
        />
      </header>
      <OperationErrors channels={['rounds:exportTrends']} />
      <div className="rounds-trends">
        {charts.map((chart) => (
          <div key={chart.id} data-trend={chart.id}>
            <TrendChartCard chart={chart} theme={theme} />
          </div>
        ))}
      </div>
    </section>
  );
}
