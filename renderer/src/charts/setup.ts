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
import { CHART_COLOURS, SERIES, type ChartColours, type ColourScheme } from '@shared/design/tokens';

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
