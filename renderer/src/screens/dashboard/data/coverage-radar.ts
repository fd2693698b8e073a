import type { Analysis } from '../../../../../shared/analysis/types';
import type { AppData } from '../../../../../shared/data';
import { maxLevel } from '../../../../../shared/domain';
import { PALETTE, areaColour } from '../../../charts/setup';
import { requiredCoverage } from './required-coverage';
import type { Series } from './series';
import type { TableData } from './table';

export interface RadarData {
  labels: string[];
  series: Series[];
  max: number;
  table: TableData;
  summary: string;
}

/** Per required skill: the team's best level against every role's target level. */
export function coverageRadar(analysis: Analysis, data: AppData): RadarData {
  const skills = requiredCoverage(analysis);
  const roles = data.framework.roles;
  const team: Series = { label: 'Team best level', values: skills.map((c) => c.bestLevel), colour: PALETTE.team };
  const targets: Series[] = roles.map((role) => ({
    label: `${role.name} target`,
    values: skills.map((c) => role.targets[c.skillId]?.level ?? 0),
    colour: areaColour(role.area),
  }));
  const below = skills.filter((c) => c.bestLevel < c.requiredLevel).length;
  return {
    labels: skills.map((c) => c.name),
    series: [team, ...targets],
    max: maxLevel(data.framework.scale),
    table: {
      header: ['Skill', 'Team best level', ...roles.map((r) => `${r.name} target`)],
      rows: skills.map((c, i) => [c.name, c.bestLevel, ...targets.map((t) => t.values[i] ?? 0)]),
      numeric: [1, ...roles.map((_, i) => i + 2)],
    },
    summary:
      `Radar of ${skills.length} required skills: the team's best level against the ${roles
        .map((r) => r.name)
        .join(' and ')} targets; ` +
      (below === 0 ? 'the team reaches every required level.' : `${below} skills are below the required level.`),
  };
}
