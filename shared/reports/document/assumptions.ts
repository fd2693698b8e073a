import type { Report } from '../json-report';

/**
 * What "the fewest hires" rests on, stated wherever a document claims it: the plan is the
 * proven minimum only under these assumptions. The plan's own list is used when it has one.
 */
export function planAssumptions(report: Report): string[] {
  const a = report.analysis;
  const own = (a.plan as { assumptions?: unknown }).assumptions;
  if (Array.isArray(own) && own.length > 0 && own.every((x) => typeof x === 'string')) return own as string[];
  const lines = [
    'Each hire meets every target of their role profile: a hire closes every gap their profile reaches.',
    'Levels are taken as assessed; a skill nobody was assessed on is unknown, not a gap, and the plan hires for none of them.',
    `A data scientist counts as overloaded above ${a.separation.thresholdPercent} % of their time on data-engineering work.`,
    'Each hire is 1 FTE and takes over at most 1 FTE of engineering work.',
  ];
  if (a.summary.unknownSkills > 0) {
    lines.push(
      `${a.summary.unknownSkills} required ${a.summary.unknownSkills === 1 ? 'skill was' : 'skills were'} assessed on nobody: the plan may change once they are.`,
    );
  }
  return lines;
}
