import { describe, expect, it } from 'vitest';
import { reportFor, reportToHtml, reportToMarkdown } from '@shared/reports';
import { planToXlsx } from '@shared/interchange/write-matrix';
import { readXlsx } from '@shared/interchange/read-xlsx';
import { htmlText } from '@shared/encode/html';
import { markdownText } from '@shared/encode/markdown';
import { builtinFramework, sampleTeam } from '../../support/fixtures';

/*
 * Wherever a report claims the fewest hires, it states what that rests on; and the hires
 * table names the work each hire takes over.
 */

const team = sampleTeam();
// A scale whose top level name is markup: the assumptions quote it, escaped.
const framework = builtinFramework();
const top = framework.scale.levels.length - 1;
framework.scale.levels[top] = { ...framework.scale.levels[top]!, name: '<b>*Expert*</b>' };
const report = reportFor({ framework, organisation: team.organisation, members: team.members }, team.scenarios);
const { plan } = report.analysis;

describe('assumptions beside the claim of the fewest hires', () => {
  it('Markdown: an Assumptions section right after the summary that claims it, every line escaped', () => {
    const md = reportToMarkdown(report);
    const claim = md.indexOf('the fewest that close every closable gap, under the assumptions below');
    const section = md.indexOf('## Assumptions');
    expect(claim).toBeGreaterThan(0);
    expect(section).toBeGreaterThan(claim);
    expect(section).toBeLessThan(md.indexOf('## Recommended hires'));
    for (const line of plan.assumptions) expect(md).toContain(`- ${markdownText(line)}`);
    expect(md).toContain('engineering-load threshold is 20 %');
    expect(md).not.toContain('<b>');
  });

  it('HTML: the same, escaped', () => {
    const html = reportToHtml(report);
    expect(html.indexOf('<h2>Assumptions</h2>')).toBeGreaterThan(html.indexOf('under the assumptions below'));
    for (const line of plan.assumptions) expect(html).toContain(`<li>${htmlText(line)}</li>`);
    expect(html).not.toContain('<b>*Expert*</b>');
  });

  it('XLSX: the Summary sheet lists them after its summary lines', async () => {
    const book = await readXlsx(await planToXlsx(report), 'plan.xlsx');
    const rows = book.sheets[0]!.rows;
    expect(rows.filter((r) => r[0] === 'Assumption').map((r) => r[1])).toEqual(plan.assumptions);
  });

  it('the hires table names the work each hire takes over, in FTE', () => {
    const md = reportToMarkdown(report);
    expect(md).toContain('| Screen for | Takes over | Why |');
    expect(md).toContain(
      'Data pipelines (ETL) 0.3 FTE, ML build / deployment pipelines 0.3 FTE, Product integration 0.2 FTE, Data modelling 0.1 FTE',
    );
  });
});
