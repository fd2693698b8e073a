import type { ChartOptions } from 'chart.js';
import type { ChartColours } from '@shared/design/tokens';
import { baseChartOptions } from './base-options';
import { wrapLabel } from './wrap-label';

/**
 * A radar's chart.js data: the first series filled and solid (the person's levels), the
 * others as outlines dashed with `dashes` in turn (the role targets).
 */
export function radarChartData(
  radar: { labels: string[]; series: { label: string; values: number[]; colour: string }[] },
  dashes: number[][] = [[5, 4]],
) {
  return {
    labels: radar.labels.map((label) => wrapLabel(label)),
    datasets: radar.series.map((s, i) => ({
      label: s.label,
      data: s.values,
      borderColor: s.colour,
      // 20 % opacity in hex alpha: the fill stays behind the role outlines.
      backgroundColor: i === 0 ? `${s.colour}33` : 'transparent',
      fill: i === 0,
      borderWidth: i === 0 ? 2.5 : 1.5,
      borderDash: i === 0 ? [] : dashes[(i - 1) % dashes.length]!,
      pointRadius: i === 0 ? 2.5 : 0,
    })),
  };
}

/** A radar on a 0…max level scale. */
export function radarOptions(max: number, theme: ChartColours): ChartOptions<'radar'> {
  return {
    ...baseChartOptions(theme),
    scales: {
      r: {
        min: 0,
        max,
        ticks: { stepSize: 1, color: theme.text, backdropColor: 'transparent' },
        grid: { color: theme.grid },
        angleLines: { color: theme.grid },
        pointLabels: { color: theme.text, font: { size: 11 } },
      },
    },
  };
}
