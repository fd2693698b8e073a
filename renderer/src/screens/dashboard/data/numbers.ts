/** Numbers as the dashboard shows them. */

export const round1 = (n: number): number => Math.round(n * 10) / 10;
export const formatFte = (n: number): string => n.toFixed(2);
/** Whole numbers with thousands separators, the same in every view ("2,000"). */
export const formatCount = (n: number): string => n.toLocaleString('en');
export const count = (n: number, one: string, many: string): string => `${formatCount(n)} ${n === 1 ? one : many}`;
