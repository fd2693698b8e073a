import type { Analysis } from '../analysis/types';
import type { Report } from './json-report';

/** Text for a Markdown table cell: pipes escaped, line breaks folded. */
export function mdCell(value: string | number): string {
  return String(value)
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n|\r/g, ' ');
}

/** Text for Markdown prose: characters that would start markup are escaped. */
export function mdText(value: string): string {
  return value.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\r?\n|\r/g, ' ');
}

function table(header: string[], rows: (string | number)[][]): string[] {
  return [
    `| ${header.map(mdCell).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`),
  ];
}

const roleNameOf = (analysis: Analysis) => {
  const names = new Map(analysis.plan.byRole.map((r) => [r.roleId, r.roleName]));
  return (id: string) => names.get(id) ?? id;
};

const STATUS_TEXT: Record<string, string> = {
  uncovered: 'nobody',
  'single-point-of-failure': 'single point of failure',
  'below-policy': 'below policy',
  covered: 'covered',
  'not-required': 'not required',
};

/** The hiring plan as a Markdown document a manager can paste into a wiki or an email. */
export function reportToMarkdown(report: Report): string {
  const a = report.analysis;
  const s = a.summary;
  const sep = a.separation;
  const plan = a.plan;
  const role = roleNameOf(a);
  const out: string[] = [];

  out.push(`# Hiring plan — ${mdText(a.organisation.name)}`, '');
  out.push(
    `Framework: ${mdText(a.framework.name)} (${mdText(a.framework.version)}). ${s.members} members: ${s.scientists} in data-science roles, ${s.engineers} in data-engineering roles.`,
    '',
  );

  out.push('## Summary', '');
  out.push(
    `- **${s.hiresRecommended}** hire${s.hiresRecommended === 1 ? '' : 's'} recommended${plan.optimal ? ' (the fewest that close every closable gap)' : ' (best found; not proven minimal)'}.`,
  );
  out.push(
    `- ${s.skillsWithGaps} of ${s.requiredSkills} required skills below the coverage policy (${s.uncoveredSkills} held by nobody, ${s.singlePointsOfFailure} single points of failure).`,
  );
  out.push(
    `- Data scientists carry **${sep.engineeringFteCarriedByScientists} FTE** of data-engineering work; ${s.scientistsOverThreshold} over the ${sep.thresholdPercent} % threshold.`,
  );
  if (s.mismatches > 0)
    out.push(`- ${s.mismatches} member${s.mismatches === 1 ? '' : 's'} fit another role better than their own.`);
  if (s.residualGaps > 0)
    out.push(
      `- ${s.residualGaps} residual gap${s.residualGaps === 1 ? '' : 's'} that no hire by role profile can close.`,
    );
  out.push('');

  out.push('## Recommended hires', '');
  if (plan.hires.length === 0) {
    out.push(
      'No hires needed: every required skill meets the coverage policy and no scientist is over the engineering-load threshold.',
      '',
    );
  } else {
    out.push(
      ...table(
        ['#', 'Role', 'Priority', 'Product team', 'Screen for', 'Why'],
        plan.hires.map((h) => [
          h.number,
          h.roleName,
          h.priority,
          h.productTeam ?? '—',
          h.screenFor.map((x) => `${x.name} (${x.levelName})`).join(', ') || '—',
          h.reasons.join(' '),
        ]),
      ),
      '',
    );
  }

  out.push('## Data scientists carrying data-engineering work', '');
  if (sep.carriers.length === 0) {
    out.push('No data scientist spends time on data-engineering responsibilities.', '');
  } else {
    out.push(
      ...table(
        ['Member', 'Product team', 'Engineering share', 'FTE', 'Over threshold'],
        sep.carriers.map((c) => [
          c.name,
          c.productTeam || '—',
          `${c.engineeringPercent} %`,
          c.engineeringFte,
          c.overThreshold ? 'yes' : 'no',
        ]),
      ),
      '',
    );
  }

  out.push('## Team structure', '');
  out.push(
    `Organisation size: **${sep.structure.sizeClass}**${sep.structure.derived ? ' (from the number of product teams and people)' : ''}.`,
    '',
  );
  out.push(`- **Data science:** ${mdText(sep.structure.dataScience.summary)}`);
  out.push(`- **Data engineering:** ${mdText(sep.structure.dataEngineering.summary)}`, '');
  out.push(`> ${mdText(sep.structure.dataEngineering.source)}`, '');

  out.push('## Upskilling alternatives', '');
  if (plan.upskilling.length === 0) {
    out.push('Nobody is one level short of a skill with a gap.', '');
  } else {
    out.push(
      ...table(
        ['Member', 'Skill', 'Now', 'Needed'],
        plan.upskilling.map((u) => [u.name, u.skillName, u.currentLevel, u.requiredLevel]),
      ),
    );
    if (plan.upskillingNotListed > 0) out.push('', `…and ${plan.upskillingNotListed} more members one level short.`);
    out.push('');
  }

  out.push('## Residual gaps', '');
  if (plan.residualGaps.length === 0) out.push('None: every gap can be closed by a hire.', '');
  else out.push(...plan.residualGaps.map((g) => `- **${mdText(g.name)}** (${g.gap} short): ${mdText(g.reason)}`), '');

  out.push('## Skill coverage', '');
  out.push(
    ...table(
      ['Skill', 'Area', 'Required level', 'People at level', 'Needed', 'Best level', 'Status'],
      a.coverage
        .filter((c) => c.status !== 'not-required')
        .map((c) => [
          c.name,
          c.area,
          c.requiredLevel,
          c.holders,
          c.needed,
          c.bestLevel,
          STATUS_TEXT[c.status] ?? c.status,
        ]),
    ),
    '',
  );

  out.push('## Member fit', '');
  const roleIds = a.members[0]?.fits.map((f) => f.roleId) ?? plan.byRole.map((r) => r.roleId);
  out.push(
    ...table(
      ['Member', 'Role', ...roleIds.map((id) => `Fit: ${role(id)}`), 'Best fit'],
      a.members.map((m) => [
        m.name,
        role(m.roleId),
        ...m.fits.map((f) => f.fit),
        m.mismatch ? `${role(m.bestRoleId)} (mismatch)` : role(m.bestRoleId),
      ]),
    ),
    '',
  );

  if (report.scenarios.length > 0) {
    out.push('## Scenarios', '');
    out.push(
      ...table(
        ['Scenario', 'Hires today', 'Hires with scenario', 'Skills with gaps', 'Engineering FTE on scientists'],
        report.scenarios.map((sc) => [
          sc.scenarioName,
          sc.today.hiresRecommended,
          sc.scenario.hiresRecommended,
          `${sc.today.skillsWithGaps} → ${sc.scenario.skillsWithGaps}`,
          `${sc.today.engineeringFteCarriedByScientists} → ${sc.scenario.engineeringFteCarriedByScientists}`,
        ]),
      ),
      '',
    );
  }
  return `${out.join('\n').trimEnd()}\n`;
}
