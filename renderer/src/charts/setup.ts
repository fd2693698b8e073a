import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  ScatterController,
  Tooltip,
} from 'chart.js';
import { CHART_COLOURS, SERIES, type ChartColours, type ColourScheme } from '../../../shared/design/tokens';

// Only the chart.js parts Gapwise draws are registered: radar, bar, scatter.
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  RadarController,
  RadialLinearScale,
  LineElement,
  PointElement,
  Filler,
  ScatterController,
  Tooltip,
  Legend,
);

/**
 * The chart series colours: Okabe–Ito, from the design tokens. Blue and orange carry the two
 * roles everywhere (as the framework browser's area colours do).
 */
export const PALETTE = SERIES;

/** The colour of an area or role family. */
export const areaColour = (area: string): string =>
  area === 'data-science' ? PALETTE.scientist : area === 'data-engineering' ? PALETTE.engineer : PALETTE.shared;

/** Text and grid colours for a theme; components take them from useThemeColours, which follows a theme switch. */
export function themeColours(scheme: ColourScheme): ChartColours {
  return CHART_COLOURS[scheme];
}

export { Chart };

/** Radar options shared by every radar: a 0…max level scale in the theme's colours, legend below. */
/**
 * A long axis label broken into lines of about `width` characters at spaces, so the 26
 * labels round a radar do not run into each other (chart.js draws an array as lines).
 */
export function wrapLabel(label: string, width = 22): string | string[] {
  if (label.length <= width) return label;
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A radar's chart.js data: the first series filled and solid (the team's or the person's
 * levels), the others as outlines dashed with `dashes` in turn (the role targets).
 */
export function radarChartData(
  radar: { labels: string[]; series: { label: string; values: number[]; colour: string | string[] }[] },
  dashes: number[][] = [[5, 4]],
) {
  return {
    labels: radar.labels.map((label) => wrapLabel(label)),
    datasets: radar.series.map((s, i) => ({
      label: s.label,
      data: s.values,
      borderColor: s.colour,
      backgroundColor: i === 0 ? `${s.colour as string}33` : 'transparent',
      fill: i === 0,
      borderWidth: i === 0 ? 2.5 : 1.5,
      borderDash: i === 0 ? [] : dashes[(i - 1) % dashes.length]!,
      pointRadius: i === 0 ? 2.5 : 0,
    })),
  };
}

export function radarOptions(max: number, theme: { text: string; grid: string }) {
  return {
    animation: false as const,
    maintainAspectRatio: false,
    scales: {
      r: {
        min: 0,
        max,
        ticks: { stepSize: 1, color: theme.text, backdropColor: 'transparent' },
        grid: { color: theme.grid },
        angleLines: { color: theme.grid },
        pointLabels: { color: theme.text, font: { size: 10 } },
      },
    },
    plugins: {
      legend: { position: 'bottom' as const, labels: { color: theme.text, usePointStyle: true, boxWidth: 10 } },
    },
  };
}
