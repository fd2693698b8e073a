import type { Member } from '../domain';
import { assessmentAge, DEFAULT_STALE_AFTER_MONTHS } from '../domain/staleness';

/** How many recorded levels are out of date on one day. */
export interface StaleLevels {
  /** Levels recorded (a skill absent from `levels` is not assessed and not counted). */
  levelsAssessed: number;
  /** Levels of members whose assessment is older than the stale age on the day. */
  levelsStale: number;
  membersStale: number;
  /**
   * Members with no assessed-on date, and their levels: counted apart, neither stale nor
   * current, since nobody can tell how old those levels are.
   */
  membersUndated: number;
  levelsUndated: number;
}

/**
 * The levels that are stale on `date` (YYYY-MM-DD): a member's levels all count as stale
 * once their `assessedOn` is older than `staleAfterMonths` calendar months (the rule of
 * shared/domain/staleness.ts, the same the member screen flags). One pass over the members.
 */
export function staleLevels(
  members: readonly Member[],
  date: string,
  staleAfterMonths: number = DEFAULT_STALE_AFTER_MONTHS,
): StaleLevels {
  const counts: StaleLevels = {
    levelsAssessed: 0,
    levelsStale: 0,
    membersStale: 0,
    membersUndated: 0,
    levelsUndated: 0,
  };
  // Members assessed on the same day share the answer: a big team has a few hundred dates.
  const ageOn = new Map<string, boolean>();
  for (const member of members) {
    let levels = 0;
    for (const _skill in member.levels) levels++;
    counts.levelsAssessed += levels;
    const assessedOn = member.assessedOn;
    if (assessedOn === undefined) {
      counts.membersUndated++;
      counts.levelsUndated += levels;
      continue;
    }
    let stale = ageOn.get(assessedOn);
    if (stale === undefined) {
      stale = assessmentAge(assessedOn, date, staleAfterMonths) === 'stale';
      ageOn.set(assessedOn, stale);
    }
    if (stale) {
      counts.membersStale++;
      counts.levelsStale += levels;
    }
  }
  return counts;
}
