import type { Analysis } from '@shared/analysis/types';
import { count, formatCount, formatFte } from './numbers';

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
      value: formatCount(s.members),
      hint: `${count(s.scientists, 'scientist', 'scientists')}, ${count(s.engineers, 'engineer', 'engineers')}`,
    },
    {
      id: 'gaps',
      label: 'Skills with gaps',
      value: formatCount(s.skillsWithGaps),
      hint: `of ${s.requiredSkills} required skills; ${count(s.totalGap, 'person', 'people')} short`,
    },
    {
      id: 'spof',
      label: 'Single points of failure',
      value: formatCount(s.singlePointsOfFailure),
      hint: 'skills only one person holds',
    },
    // Team gaps are a headline only where the policy asks teams to cover skills.
    ...(analysis.teamCoverage.scope !== 'org'
      ? [
          {
            id: 'team-gaps',
            label: 'Product-team gaps',
            value: formatCount(s.teamGaps),
            hint:
              s.teamGaps === 0
                ? `every one of ${count(analysis.teamCoverage.teams.length, 'product team', 'product teams')} covered`
                : `in ${formatCount(s.teamsWithGaps)} of ${count(analysis.teamCoverage.teams.length, 'product team', 'product teams')}`,
          },
        ]
      : []),
    {
      id: 'carried',
      label: 'Engineering FTE carried by scientists',
      value: formatFte(s.engineeringFteCarriedByScientists),
      hint: `${count(s.scientistsOverThreshold, 'scientist', 'scientists')} over the ${analysis.separation.thresholdPercent} % threshold`,
    },
    {
      id: 'hires',
      label: 'Hires recommended',
      value: formatCount(s.hiresRecommended),
      hint:
        s.residualGaps > 0
          ? `${count(s.residualGaps, 'gap', 'gaps')} no hire closes`
          : 'to close the gaps and the load',
    },
  ];
}
