/** Numbers as the dashboard shows them. */

export const round1 = (n: number): number => Math.round(n * 10) / 10;
export const formatFte = (n: number): string => n.toFixed(2);
export const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
