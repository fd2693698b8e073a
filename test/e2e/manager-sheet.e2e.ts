import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Member } from '@shared/domain';
import { ROOT } from './harness/app';
import { goTo } from './harness/probes';
import { e2eSuite } from './harness/suite';

// A data manager's own workbook, saved by LibreOffice (test/corpus/libreoffice/README.md):
// title rows, Job Title with no role column, Squad, FTE as 80 %, date cells, a note with a
// line break, time on three responsibilities, word levels with N/A, "Machine Learning"
// rating two skills, "Airflow" and "dbt" one, and a "Team average" row. It imports in one
// pass, with nothing chosen in the dialog, and is stored exactly as the sheet says.

const { withApp } = e2eSuite();

const CORPUS = join(ROOT, 'test', 'corpus', 'libreoffice');

async function openImport(page: Page) {
  await goTo(page, 'Team');
  await page.getByRole('button', { name: 'Import…' }).click();
  return page.getByRole('dialog', { name: 'Import a skills matrix' });
}

type Stored = Omit<Member, 'id'>;

/*
 * The sheet, cell for cell, as the members it must become. Levels: Expert 4, Practitioner 3,
 * Intermediate 2 (Working), Beginner 1 (Awareness); N/A and blank are not assessed.
 * "Machine Learning" → ml-model-development and ml-algorithms; "Airflow", "dbt" → the higher
 * as orchestration; "Pipelines %" → data-pipelines, "% time on data modelling" (percent
 * cells) → data-modelling, "Deployment (%)" → ml-deployment-pipelines.
 */
const ml = (level: number) => ({ 'ml-model-development': level, 'ml-algorithms': level });
const EXPECTED: Stored[] = [
  {
    name: 'Priyanka Iyer',
    title: 'Senior Data Scientist',
    role: 'data-scientist',
    productTeam: 'Checkout',
    fte: 1,
    assessedOn: '2026-10-06',
    levels: {
      'mathematics-statistics': 4,
      ...ml(4),
      python: 3,
      sql: 3,
      'big-data-technologies': 1,
      orchestration: 2,
      'bi-dashboards': 2,
    },
    allocation: { 'data-pipelines': 30, 'data-modelling': 10, 'ml-deployment-pipelines': 10 },
    notes: 'Built the nightly checkout ETL.\nWants to hand it to an engineer.',
  },
  {
    name: 'Tomás Herrera',
    title: 'Data Scientist',
    role: 'data-scientist',
    productTeam: 'Recommendations',
    fte: 0.8,
    assessedOn: '2026-10-07',
    levels: { 'mathematics-statistics': 3, ...ml(3), python: 4, sql: 2, 'big-data-technologies': 2, orchestration: 3 },
    allocation: { 'data-pipelines': 20, 'ml-deployment-pipelines': 15 },
  },
  {
    name: 'Aisha Okafor',
    title: 'Lead Data Scientist',
    role: 'data-scientist',
    productTeam: 'Search',
    fte: 1,
    assessedOn: '2026-09-29',
    levels: { 'mathematics-statistics': 4, ...ml(4), python: 4, sql: 3, orchestration: 1, 'bi-dashboards': 3 },
    allocation: { 'data-modelling': 10 },
    notes: "Leads the scientists' guild",
  },
  {
    name: 'Yuki Mori',
    title: 'Data Scientist',
    role: 'data-scientist',
    productTeam: 'Checkout',
    fte: 0.8,
    assessedOn: '2026-10-08',
    levels: {
      'mathematics-statistics': 3,
      ...ml(2),
      python: 3,
      sql: 3,
      'big-data-technologies': 2,
      orchestration: 3,
      'bi-dashboards': 1,
    },
    allocation: { 'data-pipelines': 40, 'data-modelling': 20, 'ml-deployment-pipelines': 10 },
  },
  {
    name: 'Lars Eriksen',
    title: 'Data Engineer',
    role: 'data-engineer',
    productTeam: 'Checkout',
    fte: 1,
    assessedOn: '2026-10-01',
    levels: {
      'mathematics-statistics': 1,
      python: 4,
      sql: 4,
      'big-data-technologies': 4,
      orchestration: 4,
      'bi-dashboards': 2,
    },
    allocation: { 'data-pipelines': 70, 'data-modelling': 20 },
  },
  {
    name: 'Mina Park',
    title: 'Senior Data Engineer',
    role: 'data-engineer',
    productTeam: 'Search',
    fte: 1,
    assessedOn: '2026-10-02',
    levels: { ...ml(1), python: 3, sql: 4, 'big-data-technologies': 3, orchestration: 4, 'bi-dashboards': 1 },
    allocation: { 'data-pipelines': 50, 'data-modelling': 30, 'ml-deployment-pipelines': 10 },
  },
  {
    name: 'Mateo Ruiz',
    title: 'ML Engineer',
    role: 'ml-engineer',
    productTeam: 'Recommendations',
    fte: 1,
    assessedOn: '2026-10-05',
    levels: { 'mathematics-statistics': 3, ...ml(4), python: 4, sql: 2, 'big-data-technologies': 3, orchestration: 2 },
    allocation: { 'data-pipelines': 10, 'ml-deployment-pipelines': 50 },
  },
  {
    name: 'Hannah Vogel',
    title: 'Analytics Engineer',
    role: 'analytics-engineer',
    productTeam: 'Search',
    fte: 1,
    assessedOn: '2026-10-05',
    levels: { 'mathematics-statistics': 2, ...ml(1), python: 2, sql: 4, orchestration: 4, 'bi-dashboards': 3 },
    allocation: { 'data-pipelines': 20, 'data-modelling': 50 },
  },
  {
    name: 'Kofi Asante',
    title: 'BI Developer',
    role: 'data-analyst',
    productTeam: 'Checkout',
    fte: 0.8,
    assessedOn: '2026-10-09',
    levels: { 'mathematics-statistics': 2, python: 1, sql: 3, orchestration: 1, 'bi-dashboards': 4 },
    allocation: { 'data-modelling': 10 },
  },
  {
    name: 'Sofía Marín',
    title: 'Data Analyst',
    role: 'data-analyst',
    productTeam: 'Recommendations',
    fte: 1,
    assessedOn: '2026-10-09',
    levels: { 'mathematics-statistics': 3, ...ml(1), python: 2, sql: 3, 'bi-dashboards': 3 },
    allocation: {},
    notes: 'New in October',
  },
  {
    name: 'Oliver Grant',
    title: 'Staff Machine Learning Engineer',
    role: 'ml-engineer',
    productTeam: 'Recommendations',
    fte: 1,
    levels: {
      'mathematics-statistics': 3,
      ...ml(4),
      python: 4,
      sql: 3,
      'big-data-technologies': 2,
      orchestration: 2,
      'bi-dashboards': 1,
    },
    allocation: { 'ml-deployment-pipelines': 20 },
    notes: 'Not assessed yet',
  },
  {
    name: 'Grace Liu',
    title: 'Data Engineer',
    role: 'data-engineer',
    productTeam: 'Recommendations',
    fte: 1,
    assessedOn: '2026-10-02',
    levels: { 'mathematics-statistics': 1, python: 3, sql: 4, 'big-data-technologies': 4, orchestration: 3 },
    allocation: { 'data-pipelines': 60, 'data-modelling': 10 },
  },
];

const withoutId = ({ id: _id, ...rest }: Member): Stored => rest;

describe("a data manager's own workbook", () => {
  it('imports in one pass with nothing chosen, stored cell for cell, the Team average row left out', async () => {
    await withApp(async (app) => {
      const { page, store } = app;
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      const before = store.data().members;
      expect(before).toHaveLength(8);

      app.answerNextOpen(join(CORPUS, 'manager-sheet.xlsx'));
      const dialog = await openImport(page);
      const importButton = dialog.getByRole('button', { name: 'Import 12 people' });
      await importButton.waitFor();
      await expect(importButton.isEnabled()).resolves.toBe(true);
      await importButton.click();
      await page.getByRole('heading', { name: 'Imported from manager-sheet.xlsx' }).waitFor();

      const members = store.data().members;
      // Merge by name: the sample's eight as they were, then the twelve of the sheet, in its order.
      expect(members).toHaveLength(20);
      expect(members.slice(0, 8)).toEqual(before);
      const imported = members.slice(8);
      expect(imported.map(withoutId)).toEqual(EXPECTED);
      expect(members.map((m) => m.name)).not.toContain('Team average');
      expect(new Set(members.map((m) => m.id)).size).toBe(20);
      // What the file says is what is on disk.
      const onDisk = JSON.parse(await readFile(store.dataFile, 'utf8')) as { members: Member[] };
      expect(onDisk.members.slice(8).map(withoutId)).toEqual(EXPECTED);
    });
  });

  it('a job title no role matches needs a choice: the dialog names it and imports nobody by itself', async () => {
    await withApp(async (app) => {
      const { page, store } = app;
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      const before = await readFile(store.dataFile);

      app.answerNextOpen(join(CORPUS, 'manager-sheet-unknown-title.xlsx'));
      const dialog = await openImport(page);
      await dialog.getByText('Head of Data Products').first().waitFor();
      // Oliver Grant's row waits for a role: twelve people are not ready to import as they are.
      const twelve = dialog.getByRole('button', { name: 'Import 12 people' });
      const ready = (await twelve.count()) > 0 && (await twelve.isEnabled());
      expect(ready).toBe(false);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(Buffer.compare(await readFile(store.dataFile), before)).toBe(0);
      expect(app.calls.map((c) => c.channel)).not.toContain('team:import');
    });
  });
});
