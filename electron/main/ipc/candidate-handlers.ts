import { analyzeTeam } from '@shared/analysis';
import { matchedHire, memberFromCandidate, memberIdFor, teamWithMember } from '@shared/analysis/candidate-member';
import type { AppData } from '@shared/data';
import { checkCandidates, knownProductTeams, type Candidate } from '@shared/domain';
import { formatPath } from '@shared/io';
import type { Handlers } from './dispatcher';
import { HandlerError } from './errors';

type CandidateChannels = 'candidate:add' | 'candidate:update' | 'candidate:delete' | 'candidate:hire';

/** The candidate against the framework and organisation, refused with the request's path (`candidate.role`). */
function checkCandidate(data: AppData, candidate: Candidate): void {
  const [issue] = checkCandidates([candidate], data.framework, knownProductTeams(data.organisation, data.members));
  if (issue)
    throw new HandlerError('invalid-request', issue.message, formatPath(['candidate', ...issue.path.slice(2)]));
}

function indexOf(data: AppData, candidateId: string, path: string): number {
  const at = data.candidates.findIndex((c) => c.id === candidateId);
  if (at < 0) throw new HandlerError('not-found', `no candidate with id "${candidateId}"`, path);
  return at;
}

/**
 * Candidates for planned hires: added, edited, deleted, and hired. Hiring makes the candidate
 * a member (their assessed levels, role and product team, a starting allocation from the
 * planned hire's work) and removes them from the candidates, in one save.
 */
export function createCandidateHandlers(
  change: (fn: (data: AppData) => AppData) => Promise<AppData>,
): Pick<Handlers, CandidateChannels> {
  return {
    'candidate:add': ({ candidate }) =>
      change((data) => {
        if (data.candidates.some((c) => c.id === candidate.id)) {
          throw new HandlerError('conflict', `a candidate with id "${candidate.id}" exists already`, 'candidate.id');
        }
        checkCandidate(data, candidate);
        return { ...data, candidates: [...data.candidates, candidate] };
      }),
    'candidate:update': ({ candidate }) =>
      change((data) => {
        const at = indexOf(data, candidate.id, 'candidate.id');
        checkCandidate(data, candidate);
        return { ...data, candidates: data.candidates.map((c, i) => (i === at ? candidate : c)) };
      }),
    'candidate:delete': ({ candidateId }) =>
      change((data) => {
        indexOf(data, candidateId, 'candidateId');
        return { ...data, candidates: data.candidates.filter((c) => c.id !== candidateId) };
      }),
    'candidate:hire': async ({ candidateId, takeOverWork }) => {
      let memberId = '';
      const data = await change((current) => {
        const candidate = current.candidates[indexOf(current, candidateId, 'candidateId')]!;
        const { framework, organisation, members } = current;
        const plan = analyzeTeam({ framework, organisation, members }).plan;
        const taken = new Set([
          ...members.map((m) => m.id),
          ...current.scenarios.flatMap((s) => s.plannedHires.map((h) => h.id)),
        ]);
        memberId = memberIdFor(candidate.id, taken);
        const member = memberFromCandidate(candidate, memberId, framework, matchedHire(candidate, plan.hires));
        return {
          ...current,
          members: teamWithMember(members, member, framework, organisation, takeOverWork),
          candidates: current.candidates.filter((c) => c.id !== candidateId),
        };
      });
      return { data, memberId };
    },
  };
}
