import type { Analysis } from '@shared/analysis/types';
import { count, formatFte } from './numbers';

export interface Tile {
  id: string;
  label: string;
  value: string;
  hint: string;
}

export function summaryTiles(analysis: Analysis): Tile[] {
  const s = analysis.summary;
  return [
    {
      id: 'members',
      label: 'Members',
      value: String(s.members),
      hint: `${count(s.scientists, 'scientist', 'scientists')}, ${count(s.engineers, 'engineer', 'engineers')}`,
    },
    {
      id: 'gaps',
      label: 'Skills with gaps',
      value: String(s.skillsWithGaps),
      hint: `of ${s.requiredSkills} required skills; ${count(s.totalGap, 'person', 'people')} short`,
    },
    {
      id: 'spof',
      label: 'Single points of failure',
      value: String(s.singlePointsOfFailure),
      hint: 'skills only one person holds',
    },
    {
      id: 'carried',
      label: 'Engineering FTE carried by scientists',
      value: formatFte(s.engineeringFteCarriedByScientists),
      hint: `${count(s.scientistsOverThreshold, 'scientist', 'scientists')} over the ${analysis.separation.thresholdPercent} % threshold`,
    },
    {
      id: 'hires',
      label: 'Hires recommended',
      value: String(s.hiresRecommended),
      hint: s.residualGaps > 0 ? `${s.residualGaps} gaps no hire closes` : 'to close the gaps and the load',
    },
  ];
}
