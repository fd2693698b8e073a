import type { Analysis, SkillCoverage } from '@shared/analysis/types';
import { AREA_LABELS, type Area } from '@shared/domain';
import { groupByAreaAndKind } from '@renderer/framework/skill-groups';
import { count } from './numbers';
import { requiredCoverage, STATUS_LABELS } from './required-coverage';
import type { TableData } from './table';

/*
 * Holders against needed: for each required skill, the people at the required level against
 * the number the coverage policy asks for, or the same summed per area of the framework.
 * Everything comes from the analysis's coverage; nothing is counted again here.
 */

/**
 * Above this many required skills the chart opens by area: one bar per skill no longer reads.
 * The built-in framework's 32 skills still open one bar per skill.
 */
export const AREA_VIEW_ABOVE = 32;

export type CoverageGrouping = 'skill' | 'area';

export interface CoverageBar {
  /** The skill id, or the area group's key. */
  key: string;
  label: string;
  area: Area;
  /**
   * By skill: the people at the required level. By area: the places filled, each skill's
   * holders counted up to its need, since a surplus on one skill covers no other.
   */
  holders: number;
  needed: number;
  /** needed − holders, never negative (by area: the sum of the skills' gaps). */
  gap: number;
  /** Required skills in the bar (1 by skill) and how many of them are short. */
  skills: number;
  skillsShort: number;
  /** The bar in a sentence, for the tooltip. */
  detail: string;
}

export interface CoverageView {
  grouping: CoverageGrouping;
  bars: CoverageBar[];
  /** Where the value axis stops; a longer bar is cut there and its count written beside it. */
  axisMax: number;
  table: TableData;
  summary: string;
}

/**
 * Where the value axis stops: at the longest bar, but no further than twice the largest need.
 * A skill forty people hold would otherwise squash every shortfall into the first pixels.
 */
export function axisMaxOf(bars: readonly CoverageBar[]): number {
  let need = 1;
  let most = 0;
  for (const bar of bars) {
    need = Math.max(need, bar.needed);
    most = Math.max(most, bar.holders);
  }
  return Math.max(need, Math.min(most, Math.max(2 * need, need + 2)));
}

const skillBar = (c: SkillCoverage): CoverageBar => ({
  key: c.skillId,
  label: c.name,
  area: c.area,
  holders: c.holders,
  needed: c.needed,
  gap: c.gap,
  skills: 1,
  skillsShort: c.gap > 0 ? 1 : 0,
  detail:
    `${c.name}: ${count(c.holders, 'person', 'people')} at level ${c.requiredLevel} or above; ` +
    `the policy needs ${c.needed}${c.gap > 0 ? ` (short by ${c.gap})` : ''}.`,
});

/** One bar per required skill, the largest shortfall first, then the thinnest cover. */
export function coverageBySkill(analysis: Analysis): CoverageView {
  const skills = requiredCoverage(analysis);
  // A stable sort: among equal margins, the framework's order.
  const sorted = [...skills].sort((a, b) => a.holders - a.needed - (b.holders - b.needed));
  const bars = sorted.map(skillBar);
  const short = bars.filter((b) => b.gap > 0);
  const people = short.reduce((sum, b) => sum + b.gap, 0);
  return {
    grouping: 'skill',
    bars,
    axisMax: axisMaxOf(bars),
    table: {
      header: ['Skill', 'Area', 'Required level', 'Holders', 'Needed', 'Short by', 'Status'],
      rows: sorted.map((c) => [
        c.name,
        AREA_LABELS[c.area],
        c.requiredLevel,
        c.holders,
        c.needed,
        c.gap,
        STATUS_LABELS[c.status],
      ]),
      numeric: [2, 3, 4, 5],
    },
    summary:
      `Bar chart of ${count(bars.length, 'required skill', 'required skills')}, the people who hold each at the required level against the number the coverage policy needs: ` +
      (short.length === 0
        ? 'every skill has the people it needs.'
        : `${short.length} short, ${count(people, 'person', 'people')} in all; the largest shortfall is ${short[0]!.label}.`),
  };
}

/** One bar per area and kind of the framework: places filled against places needed. */
export function coverageByArea(analysis: Analysis): CoverageView {
  const bars = groupByAreaAndKind(requiredCoverage(analysis)).map((group): CoverageBar => {
    let filled = 0;
    let needed = 0;
    let gap = 0;
    let skillsShort = 0;
    for (const c of group.items) {
      filled += Math.min(c.holders, c.needed);
      needed += c.needed;
      gap += c.gap;
      if (c.gap > 0) skillsShort++;
    }
    const skills = group.items.length;
    return {
      key: group.key,
      label: group.label,
      area: group.area,
      holders: filled,
      needed,
      gap,
      skills,
      skillsShort,
      detail:
        `${group.label}: ${skillsShort} of ${count(skills, 'required skill', 'required skills')} short; ` +
        `${filled} of ${needed} places filled.`,
    };
  });
  const short = bars.filter((b) => b.gap > 0);
  return {
    grouping: 'area',
    bars,
    axisMax: axisMaxOf(bars),
    table: {
      header: ['Area', 'Required skills', 'Skills short', 'Places filled', 'Places needed', 'Short by'],
      rows: bars.map((b) => [b.label, b.skills, b.skillsShort, b.holders, b.needed, b.gap]),
      numeric: [1, 2, 3, 4, 5],
    },
    summary:
      `Bar chart of ${count(bars.length, 'area', 'areas')} of the framework, the places the coverage policy needs filled against those that are: ` +
      (short.length === 0
        ? 'every area has all its places filled.'
        : `${short.length} short: ` +
          `${short.map((b) => `${b.label}, ${b.holders} of ${b.needed} places filled`).join('; ')}.`),
  };
}

/** The grouping the chart opens with: by skill, unless the framework has too many. */
export const defaultGrouping = (analysis: Analysis): CoverageGrouping =>
  requiredCoverage(analysis).length > AREA_VIEW_ABOVE ? 'area' : 'skill';
