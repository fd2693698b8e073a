import type { Report } from '../json-report';
import type { DocumentInput } from './input';
import type { BarChart } from './types';
import { teamLabel } from './wording';

/*
 * The charts that carry the summary's story, as data: gaps per skill, the engineering load
 * scientists carry per product team, and coverage per product team. No chart names a person;
 * every chart says in words what it shows (the alt text of its image).
 */

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Skills below the coverage policy: people short, against people needed. Null when none is. */
export function gapsPerSkillChart(report: Report): BarChart | null {
  const gaps = report.analysis.coverage
    .map((c, order) => ({ c, order }))
    .filter(({ c }) => c.gap > 0)
    .sort((x, y) => y.c.gap - x.c.gap || x.order - y.order)
    .map(({ c }) => c);
  if (gaps.length === 0) return null;
  return {
    title: 'Gaps per skill',
    alt: `People short per skill below the coverage policy, against the people needed: ${gaps
      .map((c) => `${c.name} ${c.gap} short of ${c.needed}`)
      .join('; ')}.`,
    unit: 'people short',
    bars: gaps.map((c) => ({ label: c.name, value: c.gap, reference: c.needed })),
    referenceLabel: 'people needed',
  };
}

/**
 * Engineering work carried by data scientists per product team (FTE), against what the
 * threshold allows them: threshold × the FTE of the team's scientists. Null when nobody carries any.
 */
export function loadOnScientistsChart(report: Report, input: DocumentInput): BarChart | null {
  const a = report.analysis;
  const scienceRoles = new Set(input.framework.roles.filter((r) => r.area === 'data-science').map((r) => r.id));
  const threshold = a.separation.thresholdPercent;
  const carried = new Map<string, number>();
  for (const c of a.separation.carriers) {
    if (!scienceRoles.has(c.roleId) || c.engineeringFte <= 0) continue;
    carried.set(c.productTeam, (carried.get(c.productTeam) ?? 0) + c.engineeringFte);
  }
  if (carried.size === 0) return null;
  const allowed = new Map<string, number>();
  for (const m of input.members) {
    if (scienceRoles.has(m.role))
      allowed.set(m.productTeam, (allowed.get(m.productTeam) ?? 0) + (m.fte * threshold) / 100);
  }
  const bars = [...carried]
    .map(([team, value]) => ({
      label: teamLabel(team),
      value: round2(value),
      reference: round2(allowed.get(team) ?? 0),
    }))
    .sort((x, y) => y.value - x.value || (x.label < y.label ? -1 : x.label > y.label ? 1 : 0));
  return {
    title: 'Engineering load on data scientists',
    alt: `Data-engineering work carried by data scientists per product team, in FTE, against what the ${threshold} % threshold allows: ${bars
      .map((b) => `${b.label} ${b.value} FTE (threshold ${b.reference} FTE)`)
      .join('; ')}.`,
    unit: 'FTE',
    bars,
    referenceLabel: `${threshold} % threshold`,
  };
}

/** Skills with a gap inside each product team, against the required skills. Null without product teams. */
export function coverageByTeamChart(report: Report): BarChart | null {
  const tc = report.analysis.teamCoverage;
  if (!tc.teams.some((t) => t.productTeam !== '') || tc.skills.length === 0) return null;
  const bars = tc.teams.map((t) => ({ label: t.label, value: t.gapCount, reference: tc.skills.length }));
  return {
    title: 'Coverage by product team',
    alt: `Required skills with fewer than ${tc.minPeople} ${tc.minPeople === 1 ? 'person' : 'people'} at the required level inside each product team, of ${tc.skills.length} required skills: ${bars
      .map((b) => `${b.label} ${b.value}`)
      .join('; ')}.`,
    unit: 'skills with a gap',
    bars,
    referenceLabel: 'required skills',
  };
}
