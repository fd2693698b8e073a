import { describe, expect, it } from 'vitest';
import { reportFor, reportToHtml, reportToMarkdown } from '@shared/reports';
import { documentMeta } from '@shared/reports/document/meta';
import { planToXlsx } from '@shared/interchange/write-matrix';
import { readXlsx } from '@shared/interchange/read-xlsx';
import { builtinFramework, sampleTeam } from '../../support/fixtures';

/* The full report, as the app and the CLI write it, says when it was made and as of which assessments. */

const team = sampleTeam();
const input = { framework: builtinFramework(), organisation: team.organisation, members: team.members };
const report = reportFor(input, team.scenarios);
const meta = documentMeta(team, report, new Date('2026-12-01T09:30:00Z'));

describe('the full report, dated', () => {
  it('Markdown: the meta line under the title', () => {
    const lines = reportToMarkdown(report, meta).split('\n');
    expect(lines[2]).toMatch(
      /^Made 2026-12-01 09&#x3A;30 UTC · Northwind Retail · Assessments as of 2026-01-19 to 2026-02-11 · Framework&#x3A; /,
    );
    expect(reportToMarkdown(report)).not.toContain('Made 2026');
  });

  it('HTML for PDF: the meta line, and pages numbered', () => {
    const html = reportToHtml(report, meta);
    expect(html).toContain('<p class="meta">Made 2026-12-01 09:30 UTC · Northwind Retail · Assessments as of');
    expect(html).toContain('content: "Page " counter(page) " of " counter(pages)');
  });

  it('Excel: the Summary sheet starts with when it was made and the assessments it is as of', async () => {
    const book = await readXlsx(await planToXlsx(report, meta), 'plan.xlsx');
    expect(book.sheets[0]!.rows.slice(1, 3)).toEqual([
      ['Made', '2026-12-01 09:30 UTC'],
      ['Assessments', 'Assessments as of 2026-01-19 to 2026-02-11'],
    ]);
  });
});
