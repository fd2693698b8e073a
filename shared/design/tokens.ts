/**
 * Gapwise's design tokens: the one place a colour is written down. The renderer's CSS custom
 * properties are generated from this module at build time (see design-css.ts), the charts read
 * it through the theme hook, and the main process paints the window background from it, so the
 * page, the charts and the window frame cannot drift apart. Pure data: both processes import it.
 */

export type ColourScheme = 'light' | 'dark';

/**
 * Okabe–Ito: eight hues that stay distinguishable with the common colour-vision deficiencies.
 * Black is left out: it vanishes on the dark theme's background.
 */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/**
 * What each chart series means, in Okabe–Ito hues. The same in both themes: the hues were chosen
 * for colour-vision safety and every one keeps 3:1 against the dark surface. Blue and orange
 * carry the two roles everywhere; grey (not an Okabe–Ito hue) is for "other".
 */
export const SERIES = {
  scientist: OKABE_ITO.blue,
  engineer: OKABE_ITO.orange,
  shared: OKABE_ITO.reddishPurple,
  machineLearning: OKABE_ITO.bluishGreen,
  analytics: OKABE_ITO.skyBlue,
  team: OKABE_ITO.bluishGreen,
  warning: OKABE_ITO.vermillion,
  sky: OKABE_ITO.skyBlue,
  neutral: '#999999',
} as const;

export type SeriesName = keyof typeof SERIES;

/** The page's colours for one theme. Each becomes a CSS custom property (`textMuted` → `--text-muted`). */
export interface ThemeColours {
  bg: string;
  surface: string;
  surfaceSunken: string;
  border: string;
  borderStrong: string;
  text: string;
  textMuted: string;
  accent: string;
  accentSoft: string;
  focus: string;
  quoteBar: string;
  meterOff: string;
  /**
   * The framework browser's area colours, readable as text on the surface: Okabe–Ito blue,
   * orange, bluish green (machine learning), yellow (analytics) and reddish purple (shared),
   * darkened for the light theme and lightened for the dark one.
   */
  areaDs: string;
  areaDe: string;
  areaMl: string;
  areaAnalytics: string;
  areaShared: string;
  danger: string;
}

/** One step of the heatmap: a cell's fill and the text drawn on it. */
export interface HeatStep {
  background: string;
  text: string;
}

export interface ThemeTokens {
  colours: ThemeColours;
  /**
   * The heatmap's sequential ramp, level 0 first. It runs light to dark in both themes, so
   * "darker means more" reads the same whichever theme is on.
   */
  heat: readonly HeatStep[];
  shadow: string;
  /** Behind a modal dialog. */
  backdrop: string;
}

export const THEMES: Readonly<Record<ColourScheme, ThemeTokens>> = {
  light: {
    colours: {
      bg: '#fbfbfa',
      surface: '#ffffff',
      surfaceSunken: '#f3f3f1',
      border: '#e3e2de',
      borderStrong: '#cfcdc7',
      text: '#1d1f23',
      textMuted: '#5b5f68',
      accent: '#1f5fbf',
      accentSoft: '#e6eefb',
      focus: '#1f5fbf',
      quoteBar: '#b9c6dc',
      meterOff: '#dcdad5',
      areaDs: '#1f5fbf',
      areaDe: '#b3530b',
      areaMl: '#00755a',
      areaAnalytics: '#6f6500',
      areaShared: '#6b4fa8',
      danger: '#b3261e',
    },
    // ColorBrewer's Blues, the light end on white.
    heat: [
      { background: '#f1f6fb', text: '#1d1f23' },
      { background: '#c6dbef', text: '#1d1f23' },
      { background: '#6baed6', text: '#0b1a2b' },
      { background: '#2171b5', text: '#ffffff' },
      { background: '#08306b', text: '#ffffff' },
    ],
    shadow: '0 1px 2px rgb(0 0 0 / 4%), 0 1px 1px rgb(0 0 0 / 3%)',
    backdrop: 'rgb(0 0 0 / 40%)',
  },
  dark: {
    colours: {
      bg: '#15171c',
      surface: '#1d2027',
      surfaceSunken: '#191b21',
      border: '#2d313a',
      borderStrong: '#3b404b',
      text: '#e8e9ec',
      textMuted: '#a2a7b2',
      accent: '#7fb0ff',
      accentSoft: '#1f2b40',
      focus: '#9cc2ff',
      quoteBar: '#3e5274',
      meterOff: '#3a3e48',
      areaDs: '#7fb0ff',
      areaDe: '#f0a35e',
      areaMl: '#3cc59a',
      areaAnalytics: '#e8dc52',
      areaShared: '#b9a3ec',
      danger: '#ff8a80',
    },
    // Dimmer than the light ramp so level 0 does not glare on a dark page, but still light to
    // dark, in even lightness steps (L* 74, 60, 47, 35, 24) and more saturated towards the top, so
    // the three upper levels stay apart on the dark surface.
    heat: [
      { background: '#a4b8cf', text: '#15171c' },
      { background: '#6c93c5', text: '#15171c' },
      { background: '#3d71b3', text: '#ffffff' },
      { background: '#0f5299', text: '#ffffff' },
      { background: '#003876', text: '#ffffff' },
    ],
    shadow: 'none',
    backdrop: 'rgb(0 0 0 / 40%)',
  },
};

/** Chart text and grid colours for a theme: muted text, border-coloured grid. */
export interface ChartColours {
  text: string;
  grid: string;
}

export const CHART_COLOURS: Readonly<Record<ColourScheme, ChartColours>> = {
  light: { text: THEMES.light.colours.textMuted, grid: THEMES.light.colours.border },
  dark: { text: THEMES.dark.colours.textMuted, grid: THEMES.dark.colours.border },
};
