import { THEMES } from '../design/tokens';
import { htmlText } from '../encode/html';
import { budgetHtml } from './budget-html';
import { metaParts } from './document/meta-line';
import type { DocumentMeta } from './document/types';
import type { Report } from './json-report';
import {
  ASSUMPTIONS_TITLE,
  carriersTable,
  coverageTable,
  EMPTY_TEXT,
  hiresTable,
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
import { htmlTable as table } from './html-table';

/*
 * The page's colours come from the design tokens, the light theme's: the report is printed on
 * white paper, and it should read as the app does (the same greys, the same bar beside a
 * quoted source sentence).
 */
const PRINT = THEMES.light.colours;

const STYLE = `
  @page { size: A4; margin: 16mm 14mm 18mm; @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 8.5pt; color: ${PRINT.textMuted}; } }
  body { font: 10.5pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: ${PRINT.text}; margin: 0; }
  h1 { font-size: 19pt; margin: 0 0 4pt; }
  h3 { font-size: 11pt; margin: 10pt 0 4pt; break-after: avoid; }
  h2 { font-size: 13pt; margin: 18pt 0 6pt; border-bottom: 1px solid ${PRINT.borderStrong}; padding-bottom: 2pt; break-after: avoid; }
  p.meta { color: ${PRINT.textMuted}; margin: 0 0 10pt; }
  table { border-collapse: collapse; width: 100%; font-size: 9pt; }
  th, td { text-align: left; vertical-align: top; padding: 3pt 5pt; border-bottom: 1px solid ${PRINT.border}; }
  th { background: ${PRINT.surfaceSunken}; }
  tr { break-inside: avoid; }
  .num { text-align: right; font-variant-numeric: tabular-nums; }
  blockquote { margin: 6pt 0; padding-left: 8pt; border-left: 3px solid ${PRINT.quoteBar}; color: ${PRINT.textMuted}; font-style: italic; }
  ul { padding-left: 16pt; }
`;

/** A section: its heading, then the table, or a sentence when the table would be empty. */
function section(title: string, t: Table, empty: string): string {
  return `<h2>${htmlText(title)}</h2>${t.rows.length === 0 ? `<p>${htmlText(empty)}</p>` : table(t)}`;
}

/** The summary sentences carry **bold** figures (never user text): escaped, then marked up. */
const strong = (line: string) => htmlText(line).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');

/**
 * The hiring plan as a standalone, script-free HTML page for printing to PDF. Every value
 * is escaped; the page's own CSP allows nothing but its inline style.
 */
export function reportToHtml(report: Report, meta?: DocumentMeta): string {
  const a = report.analysis;
  const s = a.summary;
  const structure = a.structure;
  const plan = a.plan;
  const parts: string[] = [];
  parts.push(`<h1>Hiring plan — ${htmlText(a.organisation.name)}</h1>`);
  if (meta) parts.push(`<p class="meta">${metaParts(meta).map(htmlText).join(' · ')}</p>`);
  parts.push(
    `<p class="meta">${htmlText(a.framework.name)} ${htmlText(a.framework.version)} · ${s.members} members: ${s.scientists} in data-science roles, ${s.engineers} in data-engineering roles</p>`,
  );
  parts.push(
    `<h2>Summary</h2><ul>${summaryLines(a)
      .map((line) => `<li>${strong(line)}</li>`)
      .join('')}</ul>`,
  );
  // "The fewest hires" holds only under the plan's assumptions: they follow the claim.
  parts.push(
    `<h2>${ASSUMPTIONS_TITLE}</h2><ul>${plan.assumptions.map((line) => `<li>${htmlText(line)}</li>`).join('')}</ul>`,
  );
  parts.push(section('Recommended hires', hiresTable(a), EMPTY_TEXT.hires));
  parts.push(...budgetHtml(a));
  parts.push(section('Data scientists carrying data-engineering work', carriersTable(a), EMPTY_TEXT.carriers));
  parts.push(`<h2>Team structure</h2><p>${strong(sizeLine(a))}</p>`);
  parts.push(
    `<ul><li><strong>Data science:</strong> ${htmlText(structure.dataScience.summary)}</li><li><strong>Data engineering:</strong> ${htmlText(structure.dataEngineering.summary)}</li></ul>`,
  );
  parts.push(table(structureTable(a)));
  for (const source of structureSources(a)) parts.push(`<blockquote>${htmlText(source)}</blockquote>`);
  parts.push(section('Product teams', productTeamsTable(a), EMPTY_TEXT.productTeams));
  parts.push(section('Upskilling alternatives', upskillingTable(a), EMPTY_TEXT.upskilling));
  if (plan.upskillingNotListed > 0) {
    parts.push(`<p>…and ${plan.upskillingNotListed} more members one level short.</p>`);
  }
  parts.push('<h2>Residual gaps</h2>');
  parts.push(
    plan.residualGaps.length === 0
      ? `<p>${EMPTY_TEXT.residual}</p>`
      : `<ul>${plan.residualGaps.map((g) => `<li><strong>${htmlText(g.name)}</strong> (${g.gap} short): ${htmlText(g.reason)}</li>`).join('')}</ul>`,
  );
  parts.push(section('Skill coverage', coverageTable(a), ''));
  if (report.scenarios.length > 0) {
    parts.push(section('Scenarios', scenariosTable(report), ''));
    parts.push(section('Hires in each scenario', scenarioHiresTable(report), 'No scenario needs a hire.'));
  }

  const title = `Hiring plan — ${htmlText(a.organisation.name)}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${title}</title><style>${STYLE}</style></head>
<body>${parts.join('\n')}</body></html>
`;
}
