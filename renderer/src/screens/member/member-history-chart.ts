import type { SelfRating } from '@shared/rounds/schema';
import type { MemberHistory } from '@shared/rounds/types';
import { DISTINCT_HUES, lineStyle } from '../../components/charts/line-style';
import type { TableData } from './member-detail';

/*
 * A member's levels over the rounds, as a chart and its table. The chart draws the skills
 * whose level moved (a line per skill, so a few at most); the table has every skill, with
 * the member's own rating beside the level in the rounds they returned a form.
 */

/** At most this many lines: more would not be told apart. */
export const MAX_HISTORY_LINES = DISTINCT_HUES;

export interface HistoryChart {
  labels: string[];
  lines: { skillId: string; label: string; values: (number | null)[]; colour: string }[];
  /** Skills that moved but were left off the chart (in the table still). */
  leftOff: number;
  table: TableData;
  summary: string;
}

const NOT_ASSESSED = 'not assessed';

/** A level in the table, with the member's own rating beside it in a round where they returned a form. */
function cellOf(level: number | null, self: SelfRating | undefined): string | number {
  const shown = level ?? NOT_ASSESSED;
  if (self === undefined) return shown;
  return `${shown} (self: ${self === 'not-observed' ? 'not observed' : self})`;
}

export function historyChart(history: MemberHistory): HistoryChart {
  const labels = history.points.map((p) => p.round.name);
  const levelsOf = (skillId: string) => history.points.map((p) => p.levels[skillId] ?? null);
  const moved = history.skills.filter((s) => new Set(levelsOf(s.skillId)).size > 1);
  // The skills that moved most first: the span between their lowest and highest level.
  const span = (skillId: string) => {
    const levels = levelsOf(skillId).filter((l): l is number => l !== null);
    return levels.length === 0 ? 0 : Math.max(...levels) - Math.min(...levels);
  };
  const drawn = [...moved].sort((a, b) => span(b.skillId) - span(a.skillId)).slice(0, MAX_HISTORY_LINES);
  const nameOf = (s: { name: string; retired: boolean }) => (s.retired ? `${s.name} (retired)` : s.name);
  return {
    labels,
    lines: drawn.map((s, i) => ({
      skillId: s.skillId,
      label: nameOf(s),
      values: levelsOf(s.skillId),
      colour: lineStyle(i).colour,
    })),
    leftOff: moved.length - drawn.length,
    table: {
      header: ['Skill', ...labels],
      rows: history.skills.map((s) => [
        nameOf(s),
        ...history.points.map((p) => cellOf(p.levels[s.skillId] ?? null, p.self?.[s.skillId])),
      ]),
      numeric: labels.map((_, i) => i + 1),
    },
    summary:
      history.points.length < 2
        ? `${history.name} has been in one round only.`
        : moved.length === 0
          ? `${history.name}'s levels did not change over ${history.points.length} rounds.`
          : `${history.name}'s levels changed on ${moved.length} ${moved.length === 1 ? 'skill' : 'skills'} over ${history.points.length} rounds.`,
  };
}
