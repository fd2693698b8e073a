import type { ChartColours } from '@shared/design/tokens';
// Every chart builds on these options, so taking them registers the chart.js parts it draws with.
import './setup';

/*
 * What every Gapwise chart has in common, so each chart states only what is its own. Colours
 * come in as the theme's (useThemeColours), which is why these are functions: a theme switch
 * makes new options and chart.js redraws in the new colours.
 */

/**
 * The options every chart builds on: drawn at once (a redraw on each edit should not replay an
 * entry animation), sized by its container (each chart box has a definite height), the theme's
 * text colour, and the legend below the plot.
 */
export function baseChartOptions(theme: ChartColours) {
  return {
    animation: false as const,
    responsive: true,
    maintainAspectRatio: false,
    color: theme.text,
    plugins: {
      legend: {
        position: 'bottom' as const,
        labels: { color: theme.text, usePointStyle: true, boxWidth: 10 },
      },
    },
  };
}

/** A numeric axis in the theme's colours, with its title when given. */
export function valueAxis(theme: ChartColours, title?: string) {
  return {
    ticks: { color: theme.text },
    grid: { color: theme.grid },
    ...(title ? { title: { display: true, text: title, color: theme.text } } : {}),
  };
}

/** An axis of names (skills, members, teams): every name shown, no grid lines across the bars. */
export function categoryAxis(theme: ChartColours) {
  return {
    ticks: { color: theme.text, autoSkip: false },
    grid: { display: false },
  };
}
