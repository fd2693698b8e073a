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
 * threshold allows the scientists who carry it (threshold × their FTE): a team over its mark
 * has scientists over the threshold. Null when nobody carries any.
 */
export function loadOnScientistsChart(report: Report, input: DocumentInput): BarChart | null {
  const a = report.analysis;
  const scienceRoles = new Set(input.framework.roles.filter((r) => r.area === 'data-science').map((r) => r.id));
  const fteOf = new Map(input.members.map((m) => [m.id, m.fte]));
  const threshold = a.separation.thresholdPercent;
  const teams = new Map<string, { carried: number; allowed: number; over: number }>();
  for (const c of a.separation.carriers) {
    if (!scienceRoles.has(c.roleId) || c.engineeringFte <= 0) continue;
    const team = teams.get(c.productTeam) ?? { carried: 0, allowed: 0, over: 0 };
    team.carried += c.engineeringFte;
    team.allowed += ((fteOf.get(c.memberId) ?? 1) * threshold) / 100;
    if (c.overThreshold) team.over++;
    teams.set(c.productTeam, team);
  }
  if (teams.size === 0) return null;
  const rows = [...teams]
    .map(([team, t]) => ({
      label: teamLabel(team),
      value: round2(t.carried),
      reference: round2(t.allowed),
      over: t.over,
    }))
    .sort((x, y) => y.value - x.value || (x.label < y.label ? -1 : x.label > y.label ? 1 : 0));
  return {
    title: 'Engineering load on data scientists',
    alt: `Data-engineering work carried by data scientists per product team, in FTE, against what the ${threshold} % threshold allows the scientists who carry it: ${rows
      .map((b) => `${b.label} ${b.value} FTE (threshold ${b.reference} FTE, ${b.over} over it)`)
      .join('; ')}.`,
    unit: 'FTE',
    bars: rows.map(({ label, value, reference }) => ({ label, value, reference })),
    referenceLabel: `${threshold} % threshold`,
  };
}

/** Skills with a gap inside each product team, against the required skills. Null without product teams. */
export function coverageByTeamChart(report: Report): BarChart | null {
  const tc = report.analysis.teamCoverage;
  if (!tc.teams.some((t) => t.productTeam !== '') || tc.skills.length === 0) return null;
  // No reference mark at the number of required skills: it would shrink every bar to a sliver.
  const bars = tc.teams.map((t) => ({ label: t.label, value: t.gapCount }));
  return {
    title: 'Coverage by product team',
    alt: `Required skills with ${tc.minPeople === 1 ? 'nobody' : `fewer than ${tc.minPeople} people`} at the required level inside each product team, of ${tc.skills.length} required skills: ${bars
      .map((b) => `${b.label} ${b.value}`)
      .join('; ')}.`,
    unit: 'skills with a gap',
    bars,
  };
}
