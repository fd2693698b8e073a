/** Rounding for figures shown to people; analysis keeps full precision until output. */
export const round1 = (x: number): number => Math.round(x * 10) / 10;
export const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Tolerance for sums of percentages and FTE that went through decimal input. */
export const EPSILON = 1e-9;
