import type { RoundEntry, SelfAssessment } from './schema';

export interface RoundIssue {
  path: (string | number)[];
  message: string;
}

/**
 * What the rounds and self-assessments of a data file must agree on beyond their schemas:
 * each round id once (it names the round's file), at most one form per member, and forms only
 * for members of the team (a form for someone deleted goes with them).
 */
export function roundIssues(data: {
  rounds: readonly RoundEntry[];
  selfAssessments: readonly SelfAssessment[];
  members: readonly { id: string }[];
}): RoundIssue[] {
  const issues: RoundIssue[] = [];
  const roundIds = new Set<string>();
  data.rounds.forEach((round, i) => {
    if (roundIds.has(round.id))
      issues.push({ path: ['rounds', i, 'id'], message: `round id "${round.id}" is used twice` });
    roundIds.add(round.id);
  });
  const memberIds = new Set(data.members.map((m) => m.id));
  const formFor = new Set<string>();
  data.selfAssessments.forEach((form, i) => {
    if (formFor.has(form.memberId)) {
      issues.push({ path: ['selfAssessments', i, 'memberId'], message: `two self-assessments for "${form.memberId}"` });
    } else if (!memberIds.has(form.memberId)) {
      issues.push({ path: ['selfAssessments', i, 'memberId'], message: `no member has the id "${form.memberId}"` });
    }
    formFor.add(form.memberId);
  });
  return issues;
}
