import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { reportOf } from '@main/ipc/plan-export';
import { PLAN_CSV_HEADER, planToCsv, Report, reportToJson, reportToMarkdown } from '@shared/reports';
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
  it('writes Markdown, CSV, JSON and PDF files holding the plan of the stored data', async () => {
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

      // Markdown: byte for byte the report of what is stored, with its headline parts.
      const mdFile = await exportAs(app, 'Markdown');
      expect(mdFile).toBe(join(app.exportsDir, 'gapwise-plan-northwind-retail.md'));
      const markdown = await readFile(mdFile, 'utf8');
      expect(markdown).toBe(reportToMarkdown(report));
      expect(markdown).toContain(organisation);
      expect(markdown).toContain('Two data engineers');
      for (const hire of plan.hires) expect(markdown).toContain(hire.roleName);

      // CSV: one row per hire, upskilling candidate and residual gap, under the documented header.
      const csvFile = await exportAs(app, 'CSV');
      const csv = await readFile(csvFile, 'utf8');
      expect(csv).toBe(planToCsv(report));
      const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      expect(parsed.meta.fields).toEqual([...PLAN_CSV_HEADER]);
      const hireRows = parsed.data.filter((row) => row['type'] === 'hire');
      expect(hireRows.map((row) => row['role'])).toEqual(plan.hires.map((h) => h.roleName));

      // JSON: valid against the report schema, equal to the analysis of the stored data.
      const jsonFile = await exportAs(app, 'JSON');
      const json = await readFile(jsonFile, 'utf8');
      expect(json).toBe(reportToJson(report));
      const checked = Report.safeParse(JSON.parse(json));
      expect(checked.success).toBe(true);
      expect(checked.data?.analysis.summary).toEqual(report.analysis.summary);

      // PDF: Chromium's printer on the print view; a reader finds the plan's text in it.
      const pdfFile = await exportAs(app, 'PDF');
      const bytes = new Uint8Array(await readFile(pdfFile));
      expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
      const { pages, text } = await pdfText(bytes);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(text).toContain('Hiring plan');
      expect(text).toContain(organisation);
      expect(text).toContain('Two data engineers');
      for (const hire of plan.hires) expect(text).toContain(hire.roleName);
      for (const skill of plan.hires.flatMap((h) => h.screenFor.map((s) => s.name))) expect(text).toContain(skill);

      expect((await readdir(app.exportsDir)).sort()).toEqual(
        ['csv', 'json', 'md', 'pdf'].map((ext) => `gapwise-plan-northwind-retail.${ext}`),
      );
    });
  });

  it('a cancelled save dialog writes nothing and says so', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      await goTo(page, 'Hiring plan');
      app.answerNextSave(null);
      const bar = page.getByRole('group', { name: 'Export the plan' });
      await bar.getByRole('button', { name: 'PDF', exact: true }).click();
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
      await page.getByRole('group', { name: 'Export the plan' }).getByRole('button', { name: 'Markdown' }).click();
      const alert = page.getByRole('alert');
      await alert.getByRole('heading', { name: 'The plan was not exported' }).waitFor();
      await expect(alert.textContent()).resolves.toContain(
        `${join(app.exportsDir, 'no-such-folder', 'plan.md')} could not be written: the folder does not exist`,
      );
      expect(await readdir(app.exportsDir)).toEqual([]);
    });
  });
});
