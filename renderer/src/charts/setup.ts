import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  ScatterController,
  Tooltip,
} from 'chart.js';
import type { Area } from '@shared/domain';
import { CHART_COLOURS, SERIES, type ChartColours, type ColourScheme } from '@shared/design/tokens';

// Only the chart.js parts Gapwise draws are registered: radar, bar, scatter, and lines for the trends.
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
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

const AREA_SERIES: Readonly<Record<Area, string>> = {
  'data-science': PALETTE.scientist,
  'data-engineering': PALETTE.engineer,
  'machine-learning': PALETTE.machineLearning,
  analytics: PALETTE.analytics,
  shared: PALETTE.shared,
};

/** The colour of an area or role family; anything unknown is drawn as shared. */
export const areaColour = (area: string): string => AREA_SERIES[area as Area] ?? PALETTE.shared;

/** Text and grid colours for a theme; components take them from useThemeColours, which follows a theme switch. */
export function themeColours(scheme: ColourScheme): ChartColours {
  return CHART_COLOURS[scheme];
}

export { Chart };
