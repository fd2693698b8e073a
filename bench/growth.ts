import type { Figure } from './figure';

/*
 * How a figure grows with the organisation: its median at each size over the one at the size
 * before, and whether that is linear. From 1,000 to 10,000 members a linear cost grows ×10;
 * within ×10^0.8 to ×10^1.2 (6.3 to 15.8) counts as linear on a noisy machine, below as less
 * than linear (fixed costs or work that does not depend on the members), above as faster.
 */

export type GrowthKind = 'less than linear' | 'linear' | 'faster than linear';

export interface Growth {
  id: string;
  label: string;
  /** Median per size, smallest first. */
  points: { size: number; ms: number }[];
  /** Over the last step (the two largest sizes): the factor, its exponent and its kind. */
  factor: number | null;
  exponent: number | null;
  kind: GrowthKind | null;
}

export function growthKind(exponent: number): GrowthKind {
  return exponent < 0.8 ? 'less than linear' : exponent > 1.2 ? 'faster than linear' : 'linear';
}

export function growthOf(figures: readonly Figure[]): Growth[] {
  const byId = new Map<string, Figure[]>();
  for (const f of figures) byId.set(f.id, [...(byId.get(f.id) ?? []), f]);
  return [...byId].map(([id, list]) => {
    const points = list.map((f) => ({ size: f.size, ms: f.ms.median })).sort((a, b) => a.size - b.size);
    const [before, last] = points.slice(-2);
    const usable = points.length >= 2 && before!.ms > 0 && last!.size > before!.size;
    const factor = usable ? last!.ms / before!.ms : null;
    const exponent = usable ? Math.log(factor!) / Math.log(last!.size / before!.size) : null;
    return {
      id,
      label: list[0]!.label,
      points,
      factor: factor === null ? null : Math.round(factor * 10) / 10,
      exponent: exponent === null ? null : Math.round(exponent * 100) / 100,
      kind: exponent === null ? null : growthKind(exponent),
    };
  });
}

/** "×9.6 from 1,000 to 10,000 members: linear", or "" with a single size. */
export function growthText(growth: Growth): string {
  if (growth.factor === null || growth.kind === null) return '';
  const [before, last] = growth.points.slice(-2);
  return `×${growth.factor} from ${before!.size.toLocaleString('en')} to ${last!.size.toLocaleString('en')}: ${growth.kind}`;
}
