import type { Analysis } from '../analysis/types';
import { AREA_LABELS, OTHER_ROLE_ID } from '../domain';
import type { Report } from './json-report';

/*
 * The tables every report format shows, as header + rows of plain values. Markdown, HTML
 * and CSV only differ in how they print them, so the wording lives here once.
 */

export interface Table {
  header: string[];
  rows: (string | number)[][];
  /** Columns holding numbers (right-aligned where the format can). */
  numeric: number[];
}

export function hiresTable(a: Analysis): Table {
  return {
    header: ['#', 'Role', 'Priority', 'Product team', 'Screen for', 'Why'],
    rows: a.plan.hires.map((h) => [
      h.number,
      h.roleName,
      h.priority,
      h.productTeam ?? '—',
      h.screenFor.map((x) => `${x.name} (${x.levelName})`).join(', ') || '—',
      h.reasons.join(' '),
    ]),
    numeric: [0],
  };
}

export function carriersTable(a: Analysis): Table {
  return {
    header: ['Member', 'Product team', 'Engineering share', 'FTE', 'Over threshold'],
    rows: a.separation.carriers.map((c) => [
      c.name,
      c.productTeam || '—',
      `${c.engineeringPercent} %`,
      c.engineeringFte,
      c.overThreshold ? 'yes' : 'no',
    ]),
    numeric: [2, 3],
  };
}

export function upskillingTable(a: Analysis): Table {
  return {
    header: ['Member', 'Skill', 'Now', 'Needed'],
    rows: a.plan.upskilling.map((u) => [u.name, u.skillName, u.currentLevel, u.requiredLevel]),
    numeric: [2, 3],
  };
}

const STATUS_TEXT: Record<string, string> = {
  unknown: 'unknown: nobody assessed',
  uncovered: 'nobody',
  'single-point-of-failure': 'single point of failure',
  'below-policy': 'below policy',
  covered: 'covered',
  'not-required': 'not required',
};

export function coverageTable(a: Analysis): Table {
  return {
    header: ['Skill', 'Area', 'Required level', 'People at level', 'Needed', 'Not assessed', 'Best level', 'Status'],
    rows: a.coverage
      .filter((c) => c.status !== 'not-required')
      .map((c) => [
        c.name,
        AREA_LABELS[c.area] ?? c.area,
        c.requiredLevel,
        c.holders,
        c.needed,
        c.notAssessed,
        c.bestLevel ?? '—',
        STATUS_TEXT[c.status] ?? c.status,
      ]),
    numeric: [2, 3, 4, 5, 6],
  };
}

/** The summary bullet points, as sentences with **bold** marks for the key figures. */
export function summaryLines(a: Analysis): string[] {
  const s = a.summary;
  const sep = a.separation;
  const lines = [
    `**${s.hiresRecommended}** hire${s.hiresRecommended === 1 ? '' : 's'} recommended (the fewest that close every closable gap).`,
    `${s.skillsWithGaps} of ${s.requiredSkills} required skills below the coverage policy (${s.uncoveredSkills} held by nobody, ${s.singlePointsOfFailure} single points of failure).`,
    `Data scientists carry **${sep.engineeringFteCarriedByScientists} FTE** of data-engineering work; ${s.scientistsOverThreshold} over the ${sep.thresholdPercent} % threshold.`,
  ];
  if (s.mismatches > 0) {
    lines.push(`${s.mismatches} member${s.mismatches === 1 ? '' : 's'} fit another role better than their own.`);
  }
  if (s.residualGaps > 0) {
    lines.push(
      `${s.residualGaps} residual gap${s.residualGaps === 1 ? '' : 's'} that no hire by role profile can close.`,
    );
  }
  return lines;
}

export function memberFitTable(a: Analysis): Table {
  const names = new Map(a.plan.byRole.map((r) => [r.roleId, r.roleName]));
  const role = (id: string) => names.get(id) ?? (id === OTHER_ROLE_ID ? 'Other' : id);
  const roleIds = a.plan.byRole.map((r) => r.roleId);
  const bestFit = (id: string | null) => (id === null ? '—' : role(id));
  return {
    header: ['Member', 'Role', ...roleIds.map((id) => `Fit: ${role(id)}`), 'Best fit'],
    rows: a.members.map((m) => {
      const fits = new Map(m.fits.map((f) => [f.roleId, f.fit]));
      return [
        m.name,
        role(m.roleId),
        ...roleIds.map((id) => fits.get(id) ?? '—'),
        m.mismatch ? `${bestFit(m.bestRoleId)} (mismatch)` : bestFit(m.bestRoleId),
      ];
    }),
    numeric: roleIds.map((_, i) => i + 2),
  };
}

export function scenariosTable(report: Report): Table {
  return {
    header: ['Scenario', 'Hires today', 'Hires with scenario', 'Skills with gaps', 'Engineering FTE on scientists'],
    rows: report.scenarios.map((sc) => [
      sc.scenarioName,
      sc.today.hiresRecommended,
      sc.scenario.hiresRecommended,
      `${sc.today.skillsWithGaps} → ${sc.scenario.skillsWithGaps}`,
      `${sc.today.engineeringFteCarriedByScientists} → ${sc.scenario.engineeringFteCarriedByScientists}`,
    ]),
    numeric: [1, 2],
  };
}

export const sizeLine = (a: Analysis): string =>
  `Organisation size: **${a.separation.structure.sizeClass}**${a.separation.structure.derived ? ' (from the number of product teams and people)' : ''}.`;

export const EMPTY_TEXT = {
  hires:
    'No hires needed: every required skill meets the coverage policy and no scientist is over the engineering-load threshold.',
  carriers: 'No data scientist spends time on data-engineering responsibilities.',
  upskilling: 'Nobody is one level short of a skill with a gap.',
  residual: 'None: every gap can be closed by a hire.',
} as const;
