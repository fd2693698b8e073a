/** Rounding for figures shown to people; analysis keeps full precision until output. */
export const round1 = (x: number): number => Math.round(x * 10) / 10;
export const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Tolerance for sums of percentages and FTE that went through decimal input. */
export const EPSILON = 1e-9;

/**
 * Tolerances of the engineering-load arithmetic, one for FTE and one for percent. Inputs
 * are whole or one-decimal percentages and FTE in tenths, so a real remainder is at least
 * 0.001 FTE (0.1 %): far above these, while float noise (1e-15) is far below.
 */
export const FTE_TOLERANCE = 1e-6;
export const PERCENT_TOLERANCE = 1e-6;
