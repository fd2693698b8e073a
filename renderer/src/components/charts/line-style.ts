import { OKABE_ITO } from '@shared/design/tokens';

/*
 * How the n-th line of a line chart is told apart: the colour-blind-safe hues first, then
 * the same hues dashed. One rule for every line chart, so a series looks alike everywhere.
 */

const HUES = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.vermillion,
  OKABE_ITO.yellow,
];
const DASHES = [[], [6, 3], [2, 3], [8, 3, 2, 3]];

/** How many lines have a hue of their own before the hues repeat dashed. */
export const DISTINCT_HUES = HUES.length;

export const lineStyle = (n: number): { colour: string; dash: number[] } => ({
  colour: HUES[n % HUES.length]!,
  dash: DASHES[Math.floor(n / HUES.length) % DASHES.length]!,
});
