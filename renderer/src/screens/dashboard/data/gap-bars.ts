import type { Analysis } from '../../../../../shared/analysis/types';
import { AREA_LABELS, type Area } from '../../../../../shared/domain';
import { areaColour } from '../../../charts/setup';
import { requiredCoverage, STATUS_LABELS } from './required-coverage';
import type { TableData } from './table';

export interface GapData {
  labels: string[];
  gaps: number[];
  colours: string[];
  areas: Area[];
  table: TableData;
  summary: string;
}

/** Per required skill: people short of the coverage policy. */
export function gapBars(analysis: Analysis): GapData {
  const skills = requiredCoverage(analysis);
  const withGap = skills.filter((c) => c.gap > 0);
  const total = withGap.reduce((sum, c) => sum + c.gap, 0);
  return {
    labels: skills.map((c) => c.name),
    gaps: skills.map((c) => c.gap),
    colours: skills.map((c) => areaColour(c.area)),
    areas: skills.map((c) => c.area),
    table: {
      header: ['Skill', 'Area', 'Required level', 'Needed', 'Holders', 'Gap', 'Status'],
      rows: skills.map((c) => [
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
        ? `Bar chart of ${skills.length} required skills: none is short of the coverage policy.`
        : `Bar chart of ${skills.length} required skills: ${withGap.length} are short of the coverage policy, ` +
          `${total} people in all; the largest gap is ${[...withGap].sort((a, b) => b.gap - a.gap)[0]!.name}.`,
  };
}
