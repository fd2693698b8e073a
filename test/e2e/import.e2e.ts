import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { GapwiseApi, ImportProgress } from '@shared/ipc';
import { HEADER, person, writeWorkbook } from './harness/matrix-files';
import { goTo, seriousAxeViolations } from './harness/probes';
import { e2eSuite } from './harness/suite';

// Importing a skills matrix from Excel: main's worker reads it, the page maps and previews
// it, main imports it all or nothing, and Undo restores the team.

const { withApp } = e2eSuite();

async function openImport(page: Page) {
  await goTo(page, 'Team');
  await page.getByRole('button', { name: 'Import…' }).click();
  return page.getByRole('dialog', { name: 'Import a skills matrix' });
}

describe('importing a skills matrix from Excel', () => {
  it('maps the columns, previews every row, imports them, and Undo restores the team', async () => {
    await withApp(async (app) => {
      const { page, store } = app;
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      const file = join(app.exportsDir, 'skills.xlsx');
      await writeWorkbook(file, HEADER, [...Array.from({ length: 50 }, (_, i) => person(i + 1)), ['Total', null]]);
      const before = await readFile(store.dataFile);

      app.answerNextOpen(file);
      const dialog = await openImport(page);
      await dialog.getByText('50 people ready, 1 row left out.').waitFor();
      const column = (header: string) => dialog.getByRole('combobox', { name: `Read column "${header}" as` });
      await expect(column('SPARK').inputValue()).resolves.toBe('skill:big-data-technologies');
      await expect(column('Squad').inputValue()).resolves.toBe('productTeam');
      await expect(column('Coffee').inputValue()).resolves.toBe('ignore');
      await expect(dialog.getByRole('spinbutton', { name: 'Column headers are on row' }).inputValue()).resolves.toBe(
        '3',
      );
      expect(await seriousAxeViolations(page)).toEqual([]);

      await dialog.getByRole('button', { name: 'Import 50 people' }).click();
      await page.getByRole('heading', { name: 'Imported from skills.xlsx' }).waitFor();
      expect(store.data().members).toHaveLength(58);
      expect(store.data().members.find((m) => m.name === 'Person 00003')).toMatchObject({
        role: 'data-engineer',
        productTeam: 'Checkout',
        levels: { 'data-pipelines': 3, 'big-data-technologies': 4, 'data-storytelling': 1 },
      });
      await page.getByText('58 members', { exact: true }).first().waitFor();

      await page.getByRole('button', { name: 'Undo import' }).click();
      await page.getByRole('heading', { name: 'Imported from skills.xlsx' }).waitFor({ state: 'detached' });
      expect(JSON.parse((await readFile(store.dataFile)).toString('utf8'))).toEqual(
        JSON.parse(before.toString('utf8')),
      );
      await page.getByText('8 members', { exact: true }).first().waitFor();
    });
  });

  it('a row in error holds the import, naming row and column; Cancel writes nothing', async () => {
    await withApp(async (app) => {
      const { page, store } = app;
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      const file = join(app.exportsDir, 'bad.xlsx');
      await writeWorkbook(file, HEADER, [person(1), person(2, 'Guru'), person(3, 7)]);
      const before = await readFile(store.dataFile);
      app.answerNextOpen(file);
      const dialog = await openImport(page);
      const errors = dialog.locator('.import__errors');
      await errors.waitFor();
      await expect(errors.textContent()).resolves.toContain('Row 6 ("Person 00003"), column "SPARK": 7 is above');
      await expect(dialog.getByRole('button', { name: /^Import/ }).isDisabled()).resolves.toBe(true);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(Buffer.compare(await readFile(store.dataFile), before)).toBe(0);
      expect(app.calls.map((c) => c.channel)).not.toContain('team:import');
    });
  });

  it('10,000 rows: progress is shown while a worker reads them, the window keeps painting, and all are imported', async () => {
    await withApp(async (app) => {
      const { page, store } = app;
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      const file = join(app.exportsDir, 'org.xlsx');
      await writeWorkbook(
        file,
        HEADER,
        Array.from({ length: 10_000 }, (_, i) => person(i + 1)),
      );
      // Progress events and painted frames, as the page sees them.
      await page.evaluate(() => {
        const probe = window as unknown as { progress: ImportProgress[]; frames: number[] };
        probe.progress = [];
        probe.frames = [];
        (window as unknown as { gapwise: GapwiseApi }).gapwise.onImportProgress((p) => probe.progress.push(p));
        const tick = (t: number) => {
          probe.frames.push(t);
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      app.answerNextOpen(file);
      const started = await page.evaluate(() => performance.now());
      const dialog = await openImport(page);
      await dialog
        .getByRole('status')
        .filter({ hasText: /Reading|Opening/ })
        .first()
        .waitFor();
      await dialog.getByText('10,000 people ready').waitFor({ timeout: 60_000 });
      const probe = await page.evaluate((since) => {
        const { progress, frames } = window as unknown as { progress: ImportProgress[]; frames: number[] };
        const during = frames.filter((t) => t >= since);
        const gaps = during.slice(1).map((t, i) => t - during[i]!);
        return { progress, frames: during.length, longestGap: Math.max(0, ...gaps) };
      }, started);
      const converting = probe.progress.filter((p) => p.stage === 'converting');
      expect(converting.length).toBeGreaterThan(1);
      expect(converting.at(-1)).toMatchObject({ done: 10_003, total: 10_003 });
      expect(probe.frames).toBeGreaterThan(2);
      console.log(
        `10,000-row import: ${probe.frames} frames painted while reading; longest gap ${Math.round(probe.longestGap)} ms`,
      );

      // Every row is listed, drawn as it scrolls into view; the keyboard reaches the last.
      const rows = dialog.getByRole('table', { name: 'Rows of the sheet' });
      await expect(rows.getAttribute('aria-rowcount')).resolves.toBe('10001');
      await rows.getByRole('checkbox').first().focus();
      await page.keyboard.press('End');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
        .toBe('Import row 10003 (Person 10000)');

      await dialog.getByRole('button', { name: 'Import 10,000 people' }).click();
      await page.getByRole('heading', { name: 'Imported from org.xlsx' }).waitFor({ timeout: 60_000 });
      expect(store.data().members).toHaveLength(10_008);
      await page.getByText('10008 members', { exact: true }).first().waitFor();
    });
  }, 180_000);
});
