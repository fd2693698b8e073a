import type { AppData } from '@shared/data';
import type { Member } from '@shared/domain';
import { uniqueMemberId } from './team-model';

/*
 * The member editor's draft rules, as plain functions: what is stored from a draft, whether
 * a draft holds work not yet saved, and what a level change does to the assessment date.
 */

/** What is stored: text trimmed, optional text left empty is left out. */
export function toStored(draft: Member, data: AppData, isNew: boolean): Member {
  const { title, notes, assessedOn, ...rest } = draft;
  return {
    ...rest,
    id: isNew ? uniqueMemberId(draft.name, data.members) : draft.id,
    name: draft.name.trim(),
    productTeam: draft.productTeam.trim(),
    ...(title?.trim() ? { title: title.trim() } : {}),
    ...(notes?.trim() ? { notes } : {}),
    ...(assessedOn ? { assessedOn } : {}),
  };
}

const sameRecord = (a: Record<string, number>, b: Record<string, number>): boolean => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => key in b && Object.is(a[key], b[key]));
};

/** The fields as they would be stored (the id aside): two drafts that store the same are equal. */
const comparable = (m: Member) => ({
  name: m.name.trim(),
  title: m.title?.trim() || undefined,
  role: m.role,
  productTeam: m.productTeam.trim(),
  fte: m.fte,
  notes: m.notes?.trim() ? m.notes : undefined,
  assessedOn: m.assessedOn || undefined,
});

/**
 * True when saving `draft` would store something other than `saved` (the member as main last
 * acknowledged it, or the blank member of the add form): leaving would lose that work.
 * Whitespace that saving trims away is not work; a level cleared back to "not assessed" is.
 */
export function hasUnsavedChanges(saved: Member, draft: Member): boolean {
  const a = comparable(saved);
  const b = comparable(draft);
  const fieldsDiffer = (Object.keys(a) as (keyof typeof a)[]).some((key) => !Object.is(a[key], b[key]));
  return fieldsDiffer || !sameRecord(saved.levels, draft.levels) || !sameRecord(saved.allocation, draft.allocation);
}

/**
 * The draft with `skillId` set to `level`, or cleared back to "not assessed" (no entry) when
 * `level` is null. The assessment date follows the levels unless the user set it: today while
 * the levels differ from the saved ones, the saved date again once they are back.
 */
export function withLevel(
  draft: Member,
  saved: Member,
  skillId: string,
  level: number | null,
  { today, dateSetByUser }: { today: string; dateSetByUser: boolean },
): Member {
  const levels = { ...draft.levels };
  if (level === null) delete levels[skillId];
  else levels[skillId] = level;
  if (dateSetByUser) return { ...draft, levels };
  const assessedOn = sameRecord(levels, saved.levels) ? saved.assessedOn : today;
  const next: Member = { ...draft, levels };
  if (assessedOn === undefined) delete next.assessedOn;
  else next.assessedOn = assessedOn;
  return next;
}
