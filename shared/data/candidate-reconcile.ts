import {
  checkCandidates,
  knownProductTeams,
  maxLevel,
  OTHER_ROLE_ID,
  type Candidate,
  type ReferenceIssue,
} from '../domain';
import type { AppData } from './app-data';

/*
 * Candidates follow the team and the framework; they never stop a change to either. After
 * any change, a candidate whose product team is gone loses it, a level for a skill the
 * framework no longer has is dropped, a level above a lowered scale is capped, and a role the
 * framework no longer has becomes "other". Each such change is written into the candidate's
 * notes, so the manager sees what was assessed before and why it changed.
 */

/** How many characters the candidate schema allows in notes. */
const NOTES_MAX = 2000;

function withNotice(notes: string | undefined, lines: string[]): string {
  const notice = lines.join('\n');
  const before = notes ?? '';
  const joined = before === '' ? notice : `${before}\n${notice}`;
  if (joined.length <= NOTES_MAX) return joined;
  // The notice is what is new; older notes give way at their end (the notice says what changed).
  const room = NOTES_MAX - notice.length - 1;
  return room > 0 ? `${before.slice(0, room)}\n${notice}` : notice.slice(0, NOTES_MAX);
}

/** Names of skills and roles by id, from the framework before the change (what the notes name). */
type NameOf = (id: string) => string;

function reconciled(candidate: Candidate, data: AppData, teams: ReadonlySet<string>, nameOf: NameOf): Candidate {
  const { framework } = data;
  const lines: string[] = [];
  let next = candidate;
  if (!framework.roles.some((r) => r.id === candidate.role) && candidate.role !== OTHER_ROLE_ID) {
    lines.push(`Role "${nameOf(candidate.role)}" is no longer in the framework: set to no framework role.`);
    next = { ...next, role: OTHER_ROLE_ID };
  }
  if (candidate.productTeam !== undefined && candidate.productTeam !== '' && !teams.has(candidate.productTeam)) {
    lines.push(`Product team "${candidate.productTeam}" is no longer in the organisation: cleared.`);
    const { productTeam: _gone, ...rest } = next;
    next = rest;
  }
  const skills = new Set(framework.skills.map((s) => s.id));
  const top = maxLevel(framework.scale);
  let levels: Record<string, number> | null = null;
  for (const [skillId, level] of Object.entries(candidate.levels)) {
    if (!skills.has(skillId)) {
      levels ??= { ...candidate.levels };
      delete levels[skillId];
      lines.push(`Level ${level} for skill "${nameOf(skillId)}" dropped: the skill is no longer in the framework.`);
    } else if (level > top) {
      levels ??= { ...candidate.levels };
      levels[skillId] = top;
      lines.push(`Level ${level} for skill "${nameOf(skillId)}" capped at ${top}, the scale's top level.`);
    }
  }
  if (levels !== null) next = { ...next, levels };
  if (lines.length === 0) return candidate;
  return { ...next, notes: withNotice(candidate.notes, lines) };
}

/**
 * The data with every candidate fitted to its framework and organisation: the same object
 * when nothing needed changing (the identity rule), and unchanged candidates stay the same.
 * `before` (the data the change started from) names what a notice says is gone.
 */
export function reconcileCandidates(data: AppData, before?: Pick<AppData, 'framework'>): AppData {
  if (!Array.isArray(data.candidates) || data.candidates.length === 0) return data;
  const teams = knownProductTeams(data.organisation, data.members);
  const names = new Map<string, string>();
  for (const framework of [before?.framework, data.framework]) {
    for (const item of [...(framework?.skills ?? []), ...(framework?.roles ?? [])]) names.set(item.id, item.name);
  }
  const nameOf: NameOf = (id) => names.get(id) ?? id;
  let changed = false;
  const candidates = data.candidates.map((c) => {
    const next = reconciled(c, data, teams, nameOf);
    if (next !== c) changed = true;
    return next;
  });
  return changed ? { ...data, candidates } : data;
}

/** Candidates seen for product team `from` now seen for `to` (a rename); the same array when none was. */
export function renameCandidatesTeam(candidates: readonly Candidate[], from: string, to: string): Candidate[] {
  if (!candidates.some((c) => c.productTeam === from)) return candidates as Candidate[];
  return candidates.map((c) => (c.productTeam === from ? { ...c, productTeam: to } : c));
}

/** The candidates' reference issues in `data` (none without candidates, without a look at the members). */
export function candidateIssuesOf(
  data: Pick<AppData, 'candidates' | 'framework' | 'organisation' | 'members'>,
): ReferenceIssue[] {
  if (data.candidates.length === 0) return [];
  return checkCandidates(data.candidates, data.framework, knownProductTeams(data.organisation, data.members));
}
