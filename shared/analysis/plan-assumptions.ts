import type { FrameworkIndex } from './framework-index';
import { countOf } from './text';
import type { RoleSeparation, SkillCoverage } from './types';

/**
 * What "the fewest hires" rests on, as sentences built from the data. The solver's minimum
 * is exact only for the model it solves: a report that claims it must say what the model
 * assumes, or a reader takes it for a promise about real candidates.
 */
export function planAssumptions(
  index: FrameworkIndex,
  coverage: readonly SkillCoverage[],
  separation: RoleSeparation,
): string[] {
  const required = coverage.filter((c) => c.status !== 'not-required');
  const needed = [...new Set(required.map((c) => c.needed))].sort((a, b) => a - b);
  const unknown = coverage.filter((c) => c.status === 'unknown').length;
  const lines = [
    "Each hire meets every target of their role's profile (a hire counts as holding each of the role's skills at its target level).",
    'Each hire works 1 FTE, and engineering work is planned in tenths of an FTE.',
    unknown > 0
      ? `Levels are as assessed; a skill nobody was assessed on is unknown, not 0 (${countOf(unknown, 'required skill is', 'required skills are')} unknown and not hired for until assessed).`
      : 'Levels are as assessed; a skill nobody was assessed on would be unknown, not 0.',
    `The engineering-load threshold is ${separation.thresholdPercent} % of a scientist's time; hires take over the engineering work of the scientists above it.`,
  ];
  if (needed.length > 0) {
    const people =
      needed.length === 1
        ? `${countOf(needed[0]!, 'person', 'people')}`
        : `${needed[0]}–${needed[needed.length - 1]} people (set per skill)`;
    lines.push(
      `The coverage policy needs ${people} at each required skill's level (the highest target of the roles, on a scale up to ${index.levelName(index.topLevel)}).`,
    );
  }
  return lines;
}
