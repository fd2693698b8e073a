import type { Member } from '../../domain';
import type { Report } from '../json-report';
import type { DocumentMeta } from './types';

/**
 * What every export says about itself: when it was made, for which organisation, as of which
 * assessments and against which framework. `now` is passed in so that a document is the same
 * every time it is built from the same data (and tests can fix it).
 */
export function documentMeta(
  input: { members: readonly Pick<Member, 'assessedOn'>[] },
  report: { analysis: Pick<Report['analysis'], 'organisation' | 'framework'> },
  now: Date,
): DocumentMeta {
  if (Number.isNaN(now.getTime())) throw new Error('documentMeta: "now" is not a valid date');
  let assessedFrom: string | null = null;
  let assessedTo: string | null = null;
  let undatedMembers = 0;
  for (const member of input.members) {
    const date = member.assessedOn;
    if (date === undefined) {
      undatedMembers++;
      continue;
    }
    // yyyy-mm-dd dates order as strings.
    if (assessedFrom === null || date < assessedFrom) assessedFrom = date;
    if (assessedTo === null || date > assessedTo) assessedTo = date;
  }
  const a = report.analysis;
  return {
    madeAt: now.toISOString(),
    organisation: a.organisation.name,
    assessedFrom,
    assessedTo,
    undatedMembers,
    framework: { name: a.framework.name, version: a.framework.version },
  };
}
