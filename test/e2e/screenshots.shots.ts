import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { ROOT, type ColorScheme, type RunningApp } from './harness/app';
import { writeSampleMatrix } from './harness/matrix-files';
import { chartsSettled, goTo } from './harness/probes';
import { e2eSuite } from './harness/suite';

// `npm run screenshots`: the README's pictures, taken by the end-to-end harness from the
// sample team on a fresh data folder. Not part of `npm test` (it rewrites docs/).

const { withApp } = e2eSuite();
const OUT = join(ROOT, 'docs/screenshots');
const VIEWPORT = { width: 1280, height: 860 };

async function openMember(page: Page, name: string, tab: 'Details' | 'Edit') {
  await goTo(page, 'Team');
  await page.getByRole('list', { name: 'Team members' }).getByText(name).click();
  await page.getByRole('tab', { name: tab }).click();
}

const SHOTS: { name: string; colorScheme: ColorScheme; show: (page: Page, app: RunningApp) => Promise<void> }[] = [
  { name: 'dashboard-light', colorScheme: 'light', show: () => Promise.resolve() },
  { name: 'dashboard-dark', colorScheme: 'dark', show: () => Promise.resolve() },
  { name: 'member-light', colorScheme: 'light', show: (page) => openMember(page, 'Kwame Mensah', 'Details') },
  {
    name: 'team-light',
    colorScheme: 'light',
    show: async (page) => {
      await openMember(page, 'Kwame Mensah', 'Edit');
      // The assessment grid and the time allocation, below the member's details.
      await page
        .getByRole('heading', { name: 'Assessment' })
        .evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
    },
  },
  { name: 'plan-light', colorScheme: 'light', show: (page) => goTo(page, 'Hiring plan') },
  { name: 'plan-dark', colorScheme: 'dark', show: (page) => goTo(page, 'Hiring plan') },
  ...(['light', 'dark'] as const).map((colorScheme) => ({
    name: `plan-structure-${colorScheme}`,
    colorScheme,
    show: async (page: Page) => {
      await goTo(page, 'Hiring plan');
      // The structure advice, below the hires: each line with the numbers behind it.
      await page
        .getByRole('heading', { name: 'Team structure' })
        .evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
    },
  })),
  {
    name: 'frameworks-light',
    colorScheme: 'light',
    show: async (page) => {
      await goTo(page, 'Frameworks');
      await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Edit' }).click();
    },
  },
  { name: 'settings-light', colorScheme: 'light', show: (page) => goTo(page, 'Settings') },
  {
    name: 'import-light',
    colorScheme: 'light',
    show: async (page, app) => {
      const file = join(app.exportsDir, 'skills-matrix.xlsx');
      await writeSampleMatrix(file);
      app.answerNextOpen(file);
      await goTo(page, 'Team');
      await page.getByRole('button', { name: 'Import…' }).click();
      await page
        .getByRole('dialog')
        .getByText(/people ready/)
        .waitFor();
    },
  },
];

for (const shot of SHOTS) {
  it(`docs/screenshots/${shot.name}.png`, async () => {
    await withApp(
      async (app) => {
        const { page } = app;
        await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
        await shot.show(page, app);
        await chartsSettled(page);
        const file = join(OUT, `${shot.name}.png`);
        await page.screenshot({ path: file });
        expect((await stat(file)).size).toBeGreaterThan(20_000);
      },
      { colorScheme: shot.colorScheme, viewport: VIEWPORT },
    );
  });
}
