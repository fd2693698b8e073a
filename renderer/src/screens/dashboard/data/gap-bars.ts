import type { Analysis } from '@shared/analysis/types';
import { AREA_LABELS, type Area } from '@shared/domain';
import { areaColour } from '@renderer/charts/setup';
import { requiredCoverage, STATUS_LABELS } from './required-coverage';
import type { TableData } from './table';

export interface GapData {
  /** One entry per skill with a gap. */
  labels: string[];
  gaps: number[];
  colours: string[];
  areas: Area[];
  table: TableData;
  summary: string;
}

/**
 * The required skills short of the coverage policy, the largest gap first, and nothing
 * else: the covered ones are in the coverage chart, and bars of zero would bury the gaps.
 */
export function gapBars(analysis: Analysis): GapData {
  const skills = requiredCoverage(analysis);
  // A stable sort: among equal gaps, the framework's order.
  const withGap = skills.filter((c) => c.gap > 0).sort((a, b) => b.gap - a.gap);
  const total = withGap.reduce((sum, c) => sum + c.gap, 0);
  return {
    labels: withGap.map((c) => c.name),
    gaps: withGap.map((c) => c.gap),
    colours: withGap.map((c) => areaColour(c.area)),
    areas: withGap.map((c) => c.area),
    table: {
      header: ['Skill', 'Area', 'Required level', 'Needed', 'Holders', 'Gap', 'Status'],
      rows: withGap.map((c) => [
        c.name,
        AREA_LABELS[c.area],
        c.requiredLevel,
        c.needed,
        c.holders,
        c.gap,
        STATUS_LABELS[c.status],
      ]),
      numeric: [2, 3, 4, 5],
    },
    summary:
      withGap.length === 0
        ? `No skill is below the policy: each of the ${skills.length} required skills has the people the coverage policy needs.`
        : `Bar chart of the ${withGap.length} of ${skills.length} required skills short of the coverage policy, ` +
          `${total} people in all; the largest gap is ${withGap[0]!.name}.`,
  };
}
