import { markdownText } from '../encode/markdown';
import { budgetMarkdown } from './budget-markdown';
import { metaParts } from './document/meta-line';
import type { DocumentMeta } from './document/types';
import type { Report } from './json-report';
import { benchmarksMarkdown } from './benchmarks-report';
import {
  ASSUMPTIONS_TITLE,
  carriersTable,
  coverageTable,
  EMPTY_TEXT,
  hiresTable,
  memberFitTable,
  scenarioHiresTable,
  productTeamsTable,
  scenariosTable,
  sizeLine,
  structureSources,
  structureTable,
  summaryLines,
  upskillingTable,
  type Table,
} from './rows';
import { markdownTable } from './markdown-table';

const table = (t: Table): string[] => [...markdownTable(t), ''];

/** A section: its heading, then the table, or a sentence when the table would be empty. */
function section(title: string, t: Table, empty: string): string[] {
  return [`## ${title}`, '', ...(t.rows.length === 0 ? [empty, ''] : table(t))];
}

/** The hiring plan as a Markdown document a manager can paste into a wiki or an email. */
export function reportToMarkdown(report: Report, meta?: DocumentMeta): string {
  const a = report.analysis;
  const s = a.summary;
  const structure = a.structure;
  const plan = a.plan;
  const out: string[] = [];

  out.push(`# Hiring plan — ${markdownText(a.organisation.name)}`, '');
  // When it was made and as of which assessments (the app and the CLI say; a bare report cannot).
  if (meta) out.push(metaParts(meta).map(markdownText).join(' · '), '');
  out.push(
    `Framework: ${markdownText(a.framework.name)} (${markdownText(a.framework.version)}). ${s.members} members: ${s.scientists} in data-science roles, ${s.engineers} in data-engineering roles.`,
    '',
  );
  out.push('## Summary', '', ...summaryLines(a).map((line) => `- ${line}`), '');
  // "The fewest hires" holds only under the plan's assumptions: they follow the claim.
  out.push(`## ${ASSUMPTIONS_TITLE}`, '', ...plan.assumptions.map((line) => `- ${markdownText(line)}`), '');
  out.push(...section('Recommended hires', hiresTable(a), EMPTY_TEXT.hires));
  out.push(...budgetMarkdown(a));
  out.push(...section('Data scientists carrying data-engineering work', carriersTable(a), EMPTY_TEXT.carriers));

  out.push('## Team structure', '', sizeLine(a), '');
  out.push(`- **Data science:** ${markdownText(structure.dataScience.summary)}`);
  out.push(`- **Data engineering:** ${markdownText(structure.dataEngineering.summary)}`, '');
  out.push(...table(structureTable(a)));
  for (const source of structureSources(a)) out.push(`> ${markdownText(source)}`, '');
  out.push(...section('Product teams', productTeamsTable(a), EMPTY_TEXT.productTeams));

  out.push(...section('Upskilling alternatives', upskillingTable(a), EMPTY_TEXT.upskilling));
  if (plan.upskillingNotListed > 0) out.push(`…and ${plan.upskillingNotListed} more members one level short.`, '');

  out.push('## Residual gaps', '');
  if (plan.residualGaps.length === 0) out.push(EMPTY_TEXT.residual, '');
  else
    out.push(
      ...plan.residualGaps.map((g) => `- **${markdownText(g.name)}** (${g.gap} short): ${markdownText(g.reason)}`),
      '',
    );

  out.push(...section('Skill coverage', coverageTable(a), ''));
  out.push(...section('Member fit', memberFitTable(a), 'The team has no members yet.'));
  if (report.scenarios.length > 0) {
    out.push(...section('Scenarios', scenariosTable(report), ''));
    out.push(...section('Hires in each scenario', scenarioHiresTable(report), 'No scenario needs a hire.'));
  }
  out.push(...benchmarksMarkdown(report.benchmarks));
  return `${out.join('\n').trimEnd()}\n`;
}
