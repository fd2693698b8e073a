import { uniqueSlug, type Candidate } from '@shared/domain';

/*
 * The candidate form's state: text fields as typed, levels per skill id (a skill left out is
 * not assessed). The id is made from the name when the candidate is first saved, and kept.
 */

export interface CandidateDraft {
  /** Null until the candidate is first saved. */
  id: string | null;
  name: string;
  role: string;
  /** '' for none. */
  productTeam: string;
  levels: Record<string, number>;
  /** YYYY-MM-DD, or '' for none. */
  interviewedOn: string;
  notes: string;
}

export const emptyCandidateDraft = (role: string, productTeam = ''): CandidateDraft => ({
  id: null,
  name: '',
  role,
  productTeam,
  levels: {},
  interviewedOn: '',
  notes: '',
});

export const draftOfCandidate = (candidate: Candidate): CandidateDraft => ({
  id: candidate.id,
  name: candidate.name,
  role: candidate.role,
  productTeam: candidate.productTeam ?? '',
  levels: { ...candidate.levels },
  interviewedOn: candidate.interviewedOn ?? '',
  notes: candidate.notes ?? '',
});

/** The draft with `skillId` at `level`, or not assessed when `level` is null. */
export function withCandidateLevel(draft: CandidateDraft, skillId: string, level: number | null): CandidateDraft {
  const levels = { ...draft.levels };
  if (level === null) delete levels[skillId];
  else levels[skillId] = level;
  return { ...draft, levels };
}

/** What stops the draft from being saved, as sentences; empty when it can be. */
export function candidateProblems(draft: CandidateDraft): string[] {
  const problems: string[] = [];
  if (draft.name.trim() === '') problems.push('Enter a name');
  if (draft.role === '') problems.push('Choose a role');
  return problems;
}

/** The candidate to store: optional fields left out when empty, a new id from the name. */
export function candidateOf(draft: CandidateDraft, takenIds: Iterable<string>): Candidate {
  const name = draft.name.trim();
  const notes = draft.notes.trim();
  return {
    id: draft.id ?? uniqueSlug(name, takenIds, 'candidate'),
    name,
    role: draft.role,
    ...(draft.productTeam === '' ? {} : { productTeam: draft.productTeam }),
    levels: draft.levels,
    ...(draft.interviewedOn === '' ? {} : { interviewedOn: draft.interviewedOn }),
    ...(notes === '' ? {} : { notes }),
  };
}
