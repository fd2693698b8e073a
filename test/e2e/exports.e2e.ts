import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { reportOf } from '@main/ipc/plan-export';
import { PLAN_CSV_HEADER, planToCsv, Report, reportToJson } from '@shared/reports';
import type { RunningApp } from './harness/app';
import { addScenario } from './harness/actions';
import { goTo, pdfText } from './harness/probes';
import { e2eSuite } from './harness/suite';

// The plan exported from the plan screen, through main's handler and the save dialog, to a
// file whose contents are checked: exactly the plan of the stored data, in each format.

const { withApp } = e2eSuite();

async function exportAs(app: RunningApp, label: string): Promise<string> {
  const bar = app.page.getByRole('group', { name: 'Export the plan' });
  await bar.getByRole('button', { name: label, exact: true }).click();
  const status = bar.getByRole('status');
  await status.getByText(/^Saved to /).waitFor();
  return ((await status.textContent()) ?? '').replace(/^Saved to /, '');
}

describe('exporting the hiring plan', () => {
  it('writes the documents as Markdown and PDF, and the full report as CSV and JSON, from the stored data', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      await addScenario(page, 'Two data engineers', ['data-engineer', 'data-engineer']);
      await goTo(page, 'Hiring plan');
      const report = reportOf(app.store.data());
      const { plan } = report.analysis;
      const organisation = app.store.data().organisation.name;
      expect(plan.hires.length).toBeGreaterThan(0);
      expect(report.scenarios.map((s) => s.scenarioName)).toContain('Two data engineers');

      const names = app.store.data().members.map((m) => m.name);

      // The summary for leadership as Markdown: dated, the organisation and hires, nobody named.
      const summaryFile = await exportAs(app, 'Summary for leadership as Markdown');
      expect(summaryFile).toBe(join(app.exportsDir, 'gapwise-summary-northwind-retail.md'));
      const summary = await readFile(summaryFile, 'utf8');
      expect(summary).toContain(organisation);
      expect(summary).toContain(new Date().toISOString().slice(0, 10));
      for (const hire of plan.hires) expect(summary).toContain(hire.roleName);
      expect(names.filter((name) => summary.includes(name))).toEqual([]);

      // The internal detail says first that it holds personal data, then names people.
      const detail = await readFile(await exportAs(app, 'Internal detail as Markdown'), 'utf8');
      expect(detail.slice(0, 400)).toMatch(/personal data/i);
      expect(names.some((name) => detail.includes(name))).toBe(true);

      // CSV: one row per hire, upskilling candidate and residual gap, under the documented header.
      const csvFile = await exportAs(app, 'Full report as CSV');
      const csv = await readFile(csvFile, 'utf8');
      expect(csv).toBe(planToCsv(report));
      const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      expect(parsed.meta.fields).toEqual([...PLAN_CSV_HEADER]);
      const hireRows = parsed.data.filter((row) => row['type'] === 'hire');
      expect(hireRows.map((row) => row['role'])).toEqual(plan.hires.map((h) => h.roleName));

      // JSON: valid against the report schema, equal to the analysis of the stored data.
      const jsonFile = await exportAs(app, 'Full report as JSON');
      const json = await readFile(jsonFile, 'utf8');
      expect(json).toBe(reportToJson(report));
      const checked = Report.safeParse(JSON.parse(json));
      expect(checked.success).toBe(true);
      expect(checked.data?.analysis.summary).toEqual(report.analysis.summary);

      // PDF: Chromium's printer; a reader finds the summary's text, its charts' labels and page numbers.
      const pdfFile = await exportAs(app, 'Summary for leadership as PDF');
      const bytes = new Uint8Array(await readFile(pdfFile));
      expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
      const { pages, text } = await pdfText(bytes);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(text).toContain(organisation);
      expect(text).toContain(`Page 1 of ${pages}`);
      for (const hire of plan.hires) expect(text).toContain(hire.roleName);
      expect(names.filter((name) => text.includes(name))).toEqual([]);

      // The job briefs: one page or more per hire, each naming the work it takes over.
      const briefs = await pdfText(new Uint8Array(await readFile(await exportAs(app, 'Job briefs as PDF'))));
      expect(briefs.pages).toBeGreaterThanOrEqual(plan.hires.length);
      expect(names.filter((name) => briefs.text.includes(name))).toEqual([]);

      expect((await readdir(app.exportsDir)).sort()).toEqual([
        'gapwise-job-briefs-northwind-retail.pdf',
        'gapwise-plan-detail-northwind-retail.md',
        'gapwise-plan-northwind-retail.csv',
        'gapwise-plan-northwind-retail.json',
        'gapwise-summary-northwind-retail.md',
        'gapwise-summary-northwind-retail.pdf',
      ]);
    });
  });

  it('a cancelled save dialog writes nothing and says so', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      await goTo(page, 'Hiring plan');
      app.answerNextSave(null);
      const bar = page.getByRole('group', { name: 'Export the plan' });
      await bar.getByRole('button', { name: 'Summary for leadership as PDF' }).click();
      await bar.getByRole('status').getByText('Export cancelled.').waitFor();
      expect(await readdir(app.exportsDir)).toEqual([]);
      expect(app.calls.filter((c) => c.channel === 'plan:export')).toEqual([
        { channel: 'plan:export', result: { ok: true, value: null } },
      ]);
    });
  });

  it('a file that cannot be written is reported and leaves nothing behind', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      await goTo(page, 'Hiring plan');
      app.answerNextSave(join(app.exportsDir, 'no-such-folder', 'plan.md'));
      await page
        .getByRole('group', { name: 'Export the plan' })
        .getByRole('button', { name: 'Summary for leadership as Markdown' })
        .click();
      const alert = page.getByRole('alert');
      await alert.getByRole('heading', { name: 'The plan was not exported' }).waitFor();
      await expect(alert.textContent()).resolves.toContain(
        `${join(app.exportsDir, 'no-such-folder', 'plan.md')} could not be written: the folder does not exist`,
      );
      expect(await readdir(app.exportsDir)).toEqual([]);
    });
  });
});
