import type { Analysis, SkillCoverage } from '@shared/analysis/types';

/** Required skills only: the ones the policy asks coverage for. */
export const requiredCoverage = (analysis: Analysis): SkillCoverage[] =>
  analysis.coverage.filter((c) => c.status !== 'not-required');

/** A coverage status as the tables name it. */
export const STATUS_LABELS: Record<SkillCoverage['status'], string> = {
  unknown: 'Unknown: nobody assessed',
  uncovered: 'Uncovered',
  'single-point-of-failure': 'Single point of failure',
  'below-policy': 'Below policy',
  covered: 'Covered',
  'not-required': 'Not required',
};
