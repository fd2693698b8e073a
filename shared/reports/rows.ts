import { countOf, formatCount } from '../analysis/text';
import type { Analysis, Hire, StructureStage } from '../analysis/types';
import { AREA_LABELS, OTHER_ROLE_ID, OTHER_ROLE_NAME } from '../domain';
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

/** "Data pipelines (ETL) 0.3 FTE, Data modelling 0.1 FTE": the work a hire takes over, or "—". */
export const takesOverText = (h: Hire): string => h.takesOver.map((w) => `${w.name} ${w.fte} FTE`).join(', ') || '—';

export function hiresTable(a: Analysis): Table {
  return {
    header: ['#', 'Role', 'Priority', 'Product team', 'Screen for', 'Takes over', 'Why'],
    rows: a.plan.hires.map((h) => [
      h.number,
      h.roleName,
      h.priority,
      h.productTeam ?? '—',
      h.screenFor.map((x) => `${x.name} (${x.levelName})`).join(', ') || '—',
      takesOverText(h),
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
    // The caution column only when someone needs one: most plans have none.
    header: ['Member', 'Skill', 'Now', 'Needed', ...(a.plan.upskilling.some((u) => u.caution) ? ['Caution'] : [])],
    rows: a.plan.upskilling.map((u) => [
      u.name,
      u.skillName,
      u.currentLevel,
      u.requiredLevel,
      ...(a.plan.upskilling.some((x) => x.caution) ? [u.caution ?? ''] : []),
    ]),
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
    `**${formatCount(s.hiresRecommended)}** ${s.hiresRecommended === 1 ? 'hire' : 'hires'} recommended (the fewest that close every closable gap, under the assumptions below).`,
    `${formatCount(s.skillsWithGaps)} of ${countOf(s.requiredSkills, 'required skill', 'required skills')} below the coverage policy (${formatCount(s.uncoveredSkills)} held by nobody, ${countOf(s.singlePointsOfFailure, 'single point of failure', 'single points of failure')}).`,
    `Data scientists carry **${sep.engineeringFteCarriedByScientists} FTE** of data-engineering work; ${formatCount(s.scientistsOverThreshold)} over the ${sep.thresholdPercent} % threshold.`,
  ];
  if (s.teamGaps > 0) {
    lines.push(
      `${countOf(s.teamGaps, 'gap', 'gaps')} inside product teams, in ${formatCount(s.teamsWithGaps)} of ${countOf(a.teamCoverage.teams.length, 'team', 'teams')}.`,
    );
  }
  if (s.unknownSkills > 0) {
    lines.push(
      `${countOf(s.unknownSkills, 'required skill', 'required skills')} nobody was assessed on: assess them before deciding.`,
    );
  }
  if (s.mismatches > 0) {
    lines.push(`${countOf(s.mismatches, 'member', 'members')} fit another role better than their own.`);
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
  const role = (id: string) => names.get(id) ?? (id === OTHER_ROLE_ID ? OTHER_ROLE_NAME : id);
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

/** "1 data engineer, 2 data scientists": a plan's hires by role, or "none". */
const hiresByRole = (plan: Report['analysis']['plan']): string =>
  plan.byRole
    .filter((r) => r.count > 0)
    .map((r) => `${r.count} ${r.roleName}`)
    .join(', ') || 'none';

const workToAbsorb = (s: Report['analysis']['summary']): number =>
  Math.round((s.engineeringFteCarriedByScientists + s.unownedEngineeringFte) * 100) / 100;

export function scenariosTable(report: Report): Table {
  return {
    header: [
      'Scenario',
      'Hires today',
      'Hires with scenario',
      'Which hires with scenario',
      'Skills with gaps',
      'Engineering work to absorb (FTE)',
      'Work left by leavers (FTE)',
    ],
    rows: report.scenarios.map((sc) => [
      sc.scenarioName,
      sc.today.hiresRecommended,
      sc.scenario.hiresRecommended,
      hiresByRole(sc.plan),
      `${sc.today.skillsWithGaps} → ${sc.scenario.skillsWithGaps}`,
      `${workToAbsorb(sc.today)} → ${workToAbsorb(sc.scenario)}`,
      sc.scenario.unownedFte,
    ]),
    numeric: [1, 2, 6],
  };
}

/** Every scenario's own hires, one row per hire, with its reasons. */
export function scenarioHiresTable(report: Report): Table {
  return {
    header: ['Scenario', 'Hire', 'Role', 'Product team', 'Why'],
    rows: report.scenarios.flatMap((sc) =>
      sc.plan.hires.map((h) => [sc.scenarioName, h.number, h.roleName, h.productTeam ?? 'Any', h.reasons.join(' ')]),
    ),
    numeric: [1],
  };
}

export const sizeLine = (a: Analysis): string => {
  const h = a.structure.headcount;
  const why = a.structure.derived
    ? ` (from ${h.productTeams} product ${h.productTeams === 1 ? 'team' : 'teams'} and ${h.people} ${h.people === 1 ? 'person' : 'people'})`
    : ' (set in the settings)';
  return `Organisation size: **${a.structure.sizeClass}**${why}; data engineering stage: **${STAGE_LABELS[a.structure.stage]}**.`;
};

/** The stages as people read them. */
export const STAGE_LABELS: Record<StructureStage, string> = {
  'first-engineer': 'no data engineer yet',
  'shared-team': 'one shared team',
  'product-sub-teams': 'central team with product sub-teams',
  'embedded-teams': 'teams inside product teams',
};

/** Every line of the structure advice with the numbers it comes from: summaries, then units. */
export function structureTable(a: Analysis): Table {
  const rows: (string | number)[][] = [];
  for (const [title, advice] of [
    ['Data science', a.structure.dataScience],
    ['Data engineering', a.structure.dataEngineering],
  ] as const) {
    rows.push([title, advice.summary, advice.basis]);
    for (const unit of advice.units) rows.push([title, `${unit.name}: ${unit.purpose}`, unit.basis]);
  }
  return { header: ['Area', 'Advice', 'Based on'], rows, numeric: [] };
}

/** The product teams the advice counted, with their headcount and carried engineering load. */
export function productTeamsTable(a: Analysis): Table {
  return {
    header: ['Product team', 'People', 'Scientists', 'Engineers', 'Other roles', 'Engineering FTE carried'],
    rows: a.structure.productTeams.map((t) => [
      t.label,
      t.people,
      t.scientists,
      t.engineers,
      t.roles
        .filter((r) => r.area !== 'data-science' && r.area !== 'data-engineering')
        .map((r) => `${r.roleName} ${r.people}`)
        .join(', ') || '—',
      t.carriedFte,
    ]),
    numeric: [1, 2, 3, 5],
  };
}

/** The article's sentences the advice rests on, when it is one of the article's structures. */
export const structureSources = (a: Analysis): string[] =>
  [a.structure.dataScience.source, a.structure.dataEngineering.source].filter((s): s is string => s !== null);

/** The heading of the plan's assumptions, printed under the summary that claims the fewest hires. */
export const ASSUMPTIONS_TITLE = 'Assumptions';

export const EMPTY_TEXT = {
  hires:
    'No hires needed: every required skill meets the coverage policy and no scientist is over the engineering-load threshold.',
  carriers: 'No data scientist spends time on data-engineering responsibilities.',
  upskilling: 'Nobody is one level short of a skill with a gap.',
  residual: 'None: every gap can be closed by a hire.',
  productTeams: 'Nobody in the team yet and no product team in the settings.',
} as const;
