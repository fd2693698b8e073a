import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { analyzeTeam } from '@shared/analysis';
import type { AppData } from '@shared/data';
import type { RunningApp } from './harness/app';
import { chartFingerprint, chartsSettled, goTo, tileValue } from './harness/probes';
import { e2eSuite } from './harness/suite';

// The manager's main flows, from the first start to a scenario, each in real Chromium
// against the main process's own handlers and a real store in a temp data folder.

const { withApp } = e2eSuite();

const summaryOf = (data: AppData) => analyzeTeam(data).summary;

async function dashboardFigures(app: RunningApp) {
  return {
    members: Number(await tileValue(app.page, 'members')),
    gaps: Number(await tileValue(app.page, 'gaps')),
    carried: Number(await tileValue(app.page, 'carried')),
    hires: Number(await tileValue(app.page, 'hires')),
  };
}

/** What the dashboard should show for what is stored: the engine's figures on the store's data. */
function expectedFigures(data: AppData) {
  const s = summaryOf(data);
  return {
    members: s.members,
    gaps: s.skillsWithGaps,
    carried: Math.round(s.engineeringFteCarriedByScientists * 100) / 100,
    hires: s.hiresRecommended,
  };
}

describe('the workspace in Chromium', () => {
  it('first run shows the sample team, stored in the data folder', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      await page.getByRole('heading', { name: 'This is a sample team' }).waitFor();
      const stored = JSON.parse(await readFile(app.store.dataFile, 'utf8')) as AppData;
      expect(stored.sample).toBe(true);
      expect(stored.members).toHaveLength(8);
      expect(await dashboardFigures(app)).toEqual(expectedFigures(stored));
      await expect(page.getByText(`${stored.organisation.name} · 8 members`).isVisible()).resolves.toBe(true);

      await goTo(page, 'Team');
      const rows = page.getByRole('list', { name: 'Team members' }).getByRole('listitem');
      await expect(rows.count()).resolves.toBe(8);
      for (const member of stored.members) {
        await expect(page.getByRole('list', { name: 'Team members' }).getByText(member.name).count()).resolves.toBe(1);
      }
    });
  });

  it('a new member, assessed and with time on engineering, changes the dashboard numbers and charts', async () => {
    await withApp(async (app) => {
      const { page, store } = app;
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      await chartsSettled(page);
      const before = await dashboardFigures(app);
      const allocationChart = 'Time allocation';
      const coverageChart = 'Coverage against the policy';
      const allocationBefore = await chartFingerprint(page, allocationChart);
      const coverageBefore = await chartFingerprint(page, coverageChart);

      await goTo(page, 'Team');
      await page.getByRole('button', { name: 'Add member' }).first().click();
      // The editor's title becomes the member's name once saved.
      const editor = page.locator('section.editor');
      await editor.getByLabel('Name').fill('Ada Quinn');
      await editor.getByLabel('Title').fill('Data scientist');
      await editor.getByLabel('Product team').fill('Checkout');
      // Assessment: the skills the sample team is short of, at Expert.
      for (const skill of ['Data storytelling', 'Cloud ML services', 'Data security']) {
        await editor.getByRole('radiogroup', { name: skill }).getByRole('radio', { name: '4 Expert' }).click();
      }
      // Time: 40 % on pipelines, 10 % on security, the rest on science.
      await editor.getByRole('spinbutton', { name: 'Data pipelines (ETL)' }).fill('40');
      await editor.getByRole('spinbutton', { name: 'Data security' }).fill('10');
      await editor.getByRole('spinbutton', { name: 'Model training' }).fill('50');
      await expect(editor.getByTestId('allocation-total').textContent()).resolves.toBe('100 %');
      await expect(editor.getByTestId('engineering-share').textContent()).resolves.toBe('50 %');
      await editor.getByRole('button', { name: 'Add member' }).click();
      await editor.getByRole('status').getByText('Saved').waitFor();

      const stored = store.data();
      const ada = stored.members.find((m) => m.name === 'Ada Quinn');
      expect(ada).toMatchObject({
        levels: { 'data-storytelling': 4, 'cloud-ml-services': 4, 'data-security': 4 },
        allocation: { 'data-pipelines': 40, 'data-security': 10, 'model-training': 50 },
        productTeam: 'Checkout',
        role: 'data-scientist',
      });
      // Acknowledged means durable: the file on disk already holds her.
      const onDisk = JSON.parse(await readFile(store.dataFile, 'utf8')) as AppData;
      expect(onDisk.members.map((m) => m.name)).toContain('Ada Quinn');

      await goTo(page, 'Dashboard');
      const after = await dashboardFigures(app);
      expect(after).toEqual(expectedFigures(stored));
      expect(after.members).toBe(before.members + 1);
      expect(after.gaps).toBeLessThan(before.gaps);
      expect(after.carried).toBeCloseTo(before.carried + 0.5, 2);
      await chartsSettled(page);
      expect(await chartFingerprint(page, allocationChart)).not.toBe(allocationBefore);
      expect(await chartFingerprint(page, coverageChart)).not.toBe(coverageBefore);
      // The chart's table view lists her with her engineering share.
      const card = page.getByRole('region', { name: 'Time allocation' });
      await card.getByRole('button', { name: 'Show table' }).click();
      await expect(card.getByRole('row', { name: /Ada Quinn/ }).textContent()).resolves.toContain('50');
    });
  });

  it('a framework target changed in the editor changes the gaps', async () => {
    await withApp(async (app) => {
      const { page, store } = app;
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      const before = await dashboardFigures(app);
      const storytellingGapBefore = analyzeTeam(store.data()).coverage.find((c) => c.skillId === 'data-storytelling');
      expect(storytellingGapBefore?.gap).toBeGreaterThan(0);

      await goTo(page, 'Frameworks');
      await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Edit' }).click();
      await page.getByLabel('Data scientist: target level for Data storytelling').selectOption('');
      await page.getByRole('button', { name: 'Save framework' }).click();
      await page.getByRole('form', { name: 'Edit framework' }).getByRole('status').getByText('Saved').waitFor();

      expect(store.data().framework.roles.find((r) => r.id === 'data-scientist')?.targets['data-storytelling']).toBe(
        undefined,
      );
      await goTo(page, 'Dashboard');
      const after = await dashboardFigures(app);
      expect(after).toEqual(expectedFigures(store.data()));
      expect(after.gaps).toBe(before.gaps - 1);
      const gapTable = page.getByRole('region', { name: 'Gaps per skill' });
      await gapTable.getByRole('button', { name: 'Show table' }).click();
      await expect(gapTable.getByRole('row', { name: /Data storytelling/ }).count()).resolves.toBe(0);
    });
  });

  it('a scenario with a planned data engineer closes gaps, compared with today', async () => {
    await withApp(async (app) => {
      const { page, store } = app;
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      await goTo(page, 'Hiring plan');
      await page.getByRole('button', { name: 'New scenario' }).click();
      const form = page.getByRole('form', { name: 'New scenario' });
      await form.getByLabel('Name', { exact: true }).fill('One data engineer');
      await form.getByRole('button', { name: 'Add planned hire' }).click();
      await form.locator('select[name="hire-0-role"]').selectOption('data-engineer');
      await form.getByRole('button', { name: /Save/ }).click();

      const comparison = page.getByRole('table', { name: 'Today vs scenario' });
      await comparison.waitFor();
      const gaps = comparison.locator('tr[data-figure="Skills with gaps"]');
      const today = Number(await gaps.locator('[data-column="today"]').textContent());
      const scenario = Number(await gaps.locator('[data-column="scenario"]').textContent());
      expect(scenario).toBeLessThan(today);
      const closed = page.getByRole('heading', { name: 'Gaps closed or smaller' }).locator('..');
      await expect(closed.getByRole('listitem').count()).resolves.toBeGreaterThan(0);
      await expect(closed.textContent()).resolves.toContain('Data security');

      const saved = store.data().scenarios.find((s) => s.name === 'One data engineer');
      expect(saved?.plannedHires).toEqual([expect.objectContaining({ role: 'data-engineer' })]);
      const comparisonChart = (await chartsSettled(page)).find((c) => c.chart === 'Gaps per changed skill');
      expect(comparisonChart?.inked).toBeGreaterThan(500);
    });
  });

  it('the scenario chart fills its card again when the window is narrowed and widened', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      await goTo(page, 'Hiring plan');
      await page.getByRole('button', { name: 'New scenario' }).click();
      const form = page.getByRole('form', { name: 'New scenario' });
      await form.getByLabel('Name', { exact: true }).fill('One data engineer');
      await form.getByRole('button', { name: 'Add planned hire' }).click();
      await form.locator('select[name="hire-0-role"]').selectOption('data-engineer');
      await form.getByRole('button', { name: /Save/ }).click();

      const card = page.getByRole('region', { name: 'Gaps per changed skill' });
      const widths = async () => {
        const [canvas, body] = await Promise.all([
          card.locator('canvas').boundingBox(),
          card.locator('.chart-card__body').boundingBox(),
        ]);
        return { canvas: Math.round(canvas?.width ?? 0), body: Math.round(body?.width ?? 0) };
      };
      const fills = async () => {
        const { canvas, body } = await widths();
        return body > 0 && canvas === body;
      };
      await expect.poll(fills).toBe(true);
      const wide = (await widths()).body;
      await page.setViewportSize({ width: 1000, height: 700 });
      await expect.poll(async () => (await widths()).body).toBeLessThan(wide);
      await expect.poll(fills).toBe(true);
      // Back to the first size: the chart grows with its card instead of keeping the narrow width.
      await page.setViewportSize({ width: 1440, height: 900 });
      await expect.poll(async () => (await widths()).body).toBe(wide);
      await expect.poll(fills).toBe(true);
    });
  });
});
