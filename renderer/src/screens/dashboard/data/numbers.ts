/** Numbers as the dashboard shows them. */

export const round1 = (n: number): number => Math.round(n * 10) / 10;
export const formatFte = (n: number): string => n.toFixed(2);
/** Whole numbers and counted words as every view and export writes them (one module for both). */
export { countOf as count, formatCount } from '@shared/analysis/text';
