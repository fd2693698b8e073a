import type { ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { Radar } from 'react-chartjs-2';
import type { Analysis } from '../../../../../shared/analysis/types';
import type { AppData } from '../../../../../shared/data';
import type { ChartColours } from '../../../../../shared/design/tokens';
import { radarChartData, radarOptions } from '../../../charts/radar';
import { ChartOrTable } from '../../../components/common/ChartOrTable';
import { coverageRadar } from '../data/coverage-radar';
import { ChartTable } from './ChartTable';

export function CoverageRadarChart({
  data,
  analysis,
  theme,
}: {
  data: AppData;
  analysis: Analysis;
  theme: ChartColours;
}) {
  const radar = useMemo(() => coverageRadar(analysis, data), [analysis, data]);
  const chartData = useMemo(() => radarChartData(radar), [radar]);
  const options = useMemo<ChartOptions<'radar'>>(() => radarOptions(radar.max, theme), [radar.max, theme]);
  return (
    <ChartOrTable
      title="Team coverage"
      description="The team's best level on each required skill against the role targets."
      chart={
        <div className="chart-box chart-box--tall">
          <Radar data={chartData} options={options} role="img" aria-label={radar.summary} />
        </div>
      }
      table={<ChartTable caption="Team coverage: best level and role targets per skill" data={radar.table} />}
    />
  );
}
