import type { AppData } from '@shared/data';
import { orderedSkills } from '@shared/domain/skill-order';
import { assessmentAge, DEFAULT_STALE_AFTER_MONTHS, type AssessmentAge } from '@shared/domain/staleness';
import type { SelfDecision, SelfRating } from '@shared/rounds/schema';

/*
 * A member's returned self-assessment beside the manager's levels, skill by skill. The
 * manager's level stays the one the analysis uses; a difference of two levels or more is
 * flagged, since it is worth a conversation. Pure, so it is tested without React.
 */

/** From this many levels apart, a self rating and the manager's level are flagged. */
export const FLAG_DIFFERENCE = 2;

export interface SelfVsManagerRow {
  skillId: string;
  name: string;
  /** The manager's level; null when not assessed. */
  manager: number | null;
  self: SelfRating;
  /** Self minus manager; null when either is not a level. */
  difference: number | null;
  flagged: boolean;
  /** What the manager did with this self rating, if anything yet. */
  decision: SelfDecision | null;
  /** The self rating could become the manager's level (it is a level, and a different one). */
  decidable: boolean;
  note: string | null;
}

export interface SelfVsManager {
  receivedOn: string;
  /** The form's age against the organisation's stale age, on today's date. */
  age: AssessmentAge;
  staleAfterMonths: number;
  rows: SelfVsManagerRow[];
  flagged: number;
  /** The member's note on the whole form. */
  note: string | null;
}

/** A level as the scale names it: "3 · Advanced"; "not observed" and "not assessed" as such. */
export function ratingText(data: AppData, rating: SelfRating | number | null): string {
  if (rating === null) return 'not assessed';
  if (rating === 'not-observed') return 'not observed';
  const name = data.framework.scale.levels[rating]?.name;
  return name ? `${rating} · ${name}` : String(rating);
}

/** The member's self-assessment beside the manager's levels, or null when they returned none. */
export function selfVsManager(data: AppData, memberId: string, today: string): SelfVsManager | null {
  const member = data.members.find((m) => m.id === memberId);
  const form = data.selfAssessments.find((s) => s.memberId === memberId);
  if (!member || !form) return null;
  const months = data.organisation.staleAfterMonths ?? DEFAULT_STALE_AFTER_MONTHS;
  const rows: SelfVsManagerRow[] = [];
  for (const skill of orderedSkills(data.framework)) {
    const self = form.ratings[skill.id];
    if (self === undefined) continue;
    const manager = member.levels[skill.id] ?? null;
    const difference = self === 'not-observed' || manager === null ? null : self - manager;
    rows.push({
      skillId: skill.id,
      name: skill.name,
      manager,
      self,
      difference,
      flagged: difference !== null && Math.abs(difference) >= FLAG_DIFFERENCE,
      decision: form.decisions[skill.id] ?? null,
      decidable: self !== 'not-observed' && self !== manager,
      note: form.skillNotes[skill.id] ?? null,
    });
  }
  return {
    receivedOn: form.receivedOn,
    age: assessmentAge(form.receivedOn, today, months),
    staleAfterMonths: months,
    rows,
    flagged: rows.filter((r) => r.flagged).length,
    note: form.note ?? null,
  };
}
