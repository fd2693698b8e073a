import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { PlanningSettings } from '@shared/domain';
import { planToXlsx } from '@shared/interchange/write-matrix';
import { planToCsv, reportFor, reportToHtml, reportToMarkdown } from '@shared/reports';
import { builtinFramework } from '../../support/fixtures';
import { nineMembers, nineOrganisation } from '../../support/nine-person-team';

/* "Within limit" in the plan reports: present with a limit, and nothing changes without one. */

const framework = builtinFramework();
const reportWith = (planning?: PlanningSettings) =>
  reportFor({ framework, organisation: nineOrganisation(), members: nineMembers(framework), planning });

async function sheetsOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe('the plan reports with a hire limit', () => {
  const limited = reportWith({
    currency: 'EUR',
    roleCosts: { 'data-engineer': 90_000 },
    hireLimit: { kind: 'money', amount: 100_000 },
  });
  const plain = reportWith();

  it('add the Within limit sheets to the workbook, with the chosen hire and the series', async () => {
    const wb = await sheetsOf(await planToXlsx(limited));
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(0, 4)).toEqual(['Summary', 'Hires', 'Within limit', 'Value per limit']);
    const within = wb.getWorksheet('Within limit')!;
    const cells = within.getSheetValues().flat().map(String);
    expect(cells).toContain('Data engineer');
    // The roles with no cost are named, not priced at nothing.
    expect(cells.some((c) => c.startsWith('No cost is set for ML engineer'))).toBe(true);
    expect(wb.getWorksheet('Value per limit')!.getRow(1).values).toContain('Budget (EUR)');
  });

  it('add the Within limit section to the printed (PDF) report, escaped, after the recommended hires', () => {
    const html = reportToHtml(limited);
    const at = html.indexOf('<h2>Within limit</h2>');
    expect(at).toBeGreaterThan(html.indexOf('<h2>Recommended hires</h2>'));
    const section = html.slice(at, html.indexOf('<h2>', at + 1));
    expect(section).toContain('<h3>Hires within the limit</h3>');
    expect(section).toMatch(/<td>Data engineer<\/td>/);
    expect(section).toContain('No cost is set for ML engineer');
    expect(section).toContain('<h3>Value per limit</h3>');
    expect(reportToHtml(plain)).not.toContain('Within limit');
  });

  it('says the weights, not the limit, are why no hire is chosen when every weight is 0', () => {
    const zero = reportWith({
      hireLimit: { kind: 'hires', hires: 2 },
      weights: { singlePoint: 0, belowPolicy: 0, engineeringFte: 0 },
    });
    expect(reportToMarkdown(zero)).toContain('No hire adds value under these weights');
    expect(reportToMarkdown(zero)).not.toContain('No hire fits within the limit');
    const none = reportWith({ hireLimit: { kind: 'hires', hires: 0 } });
    expect(reportToMarkdown(none)).toContain('No hire fits within the limit');
  });

  it('change no report without a limit', async () => {
    expect((await sheetsOf(await planToXlsx(plain))).worksheets.map((w) => w.name)).not.toContain('Within limit');
    expect(reportToMarkdown(plain)).not.toContain('Within limit');
    expect(reportToHtml(plain)).not.toContain('<h3>');
    expect(planToCsv(plain)).not.toContain('within-limit');
    // The sections are additions: the rest of the Markdown is the same text.
    const md = reportToMarkdown(limited);
    const start = md.indexOf('## Within limit');
    const end = md.indexOf('## Data scientists carrying');
    expect(md.slice(0, start) + md.slice(end)).toBe(reportToMarkdown(plain));
  });
});
