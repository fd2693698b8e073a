import { describe, expect, it } from 'vitest';
import type { RunningApp } from './harness/app';
import { chartsSettled, goTo, seriousAxeViolations, type AxeProblem } from './harness/probes';
import { e2eSuite } from './harness/suite';

// Every screen, in light and in dark: axe-core finds no serious or critical violation, and
// every chart on it has really painted.

const { withApp } = e2eSuite();

type Check = { screen: string; problems: AxeProblem[] };

async function audit(app: RunningApp, screen: string, results: Check[]) {
  results.push({ screen, problems: await seriousAxeViolations(app.page) });
}

/** Whether the page's background (set on the root element) is dark. */
const isDark = (app: RunningApp) =>
  app.page.evaluate(() => {
    const [r, g, b] = getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g)!.map(Number);
    return { colour: [r, g, b], dark: r! + g! + b! < 3 * 96 };
  });

describe.each(['light', 'dark'] as const)('every screen in %s', (colorScheme) => {
  it('is shown in that colour scheme', async () => {
    await withApp(
      async (app) => {
        await app.page.getByRole('heading', { name: 'Dashboard' }).waitFor();
        expect((await isDark(app)).dark).toBe(colorScheme === 'dark');
      },
      { colorScheme },
    );
  });

  it('paints every chart', async () => {
    await withApp(
      async (app) => {
        const { page } = app;
        await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
        const painted = [...(await chartsSettled(page))];
        await goTo(page, 'Team');
        await page.getByRole('list', { name: 'Team members' }).getByRole('button').first().click();
        await page.getByRole('tab', { name: 'Details' }).click();
        painted.push(...(await chartsSettled(page)));
        await goTo(page, 'Hiring plan');
        await page.getByRole('button', { name: 'New scenario' }).click();
        await page.getByRole('form', { name: 'New scenario' }).getByLabel('Name', { exact: true }).fill('Probe');
        await page.getByRole('button', { name: 'Add planned hire' }).click();
        await page.getByRole('form', { name: 'New scenario' }).getByRole('button', { name: /Save/ }).click();
        await page.getByRole('table', { name: 'Today vs scenario' }).waitFor();
        painted.push(...(await chartsSettled(page)));

        expect(painted.map((c) => c.chart).sort()).toEqual(
          [
            'Gaps per changed skill',
            'Gaps per skill',
            'Role fit',
            'Skills against the role targets',
            'Coverage against the policy',
            'Time allocation',
            'Timeline',
          ].sort(),
        );
        for (const chart of painted) {
          // Axes, labels and data: thousands of inked pixels in several colours, never a blank canvas.
          expect(chart.inked, chart.chart).toBeGreaterThan(chart.width * chart.height * 0.01);
          expect(chart.colours, chart.chart).toBeGreaterThanOrEqual(3);
        }
      },
      { colorScheme },
    );
  });

  it('has no serious or critical accessibility violation', async () => {
    await withApp(
      async (app) => {
        const { page } = app;
        const results: Check[] = [];
        await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
        await chartsSettled(page);
        await audit(app, 'dashboard', results);

        await goTo(page, 'Team');
        await audit(app, 'team list', results);
        await page.getByRole('list', { name: 'Team members' }).getByRole('button').first().click();
        await page.getByRole('tab', { name: 'Details' }).click();
        await chartsSettled(page);
        await audit(app, 'member detail', results);
        await page.getByRole('tab', { name: 'Edit' }).click();
        await audit(app, 'member editor', results);

        await goTo(page, 'Hiring plan');
        await page.getByRole('button', { name: 'New scenario' }).click();
        await page.getByRole('form', { name: 'New scenario' }).getByLabel('Name', { exact: true }).fill('Probe');
        await page.getByRole('button', { name: 'Add planned hire' }).click();
        await audit(app, 'scenario editor', results);
        await page.getByRole('form', { name: 'New scenario' }).getByRole('button', { name: /Save/ }).click();
        await page.getByRole('table', { name: 'Today vs scenario' }).waitFor();
        await chartsSettled(page);
        await audit(app, 'hiring plan with a scenario', results);

        await goTo(page, 'Frameworks');
        await audit(app, 'framework browser', results);
        await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Edit' }).click();
        await audit(app, 'framework editor', results);

        await goTo(page, 'Settings');
        await audit(app, 'settings', results);
        await page.getByRole('button', { name: 'Backups', exact: true }).click();
        await page.getByRole('dialog').waitFor();
        await audit(app, 'backups dialog', results);
        await page.keyboard.press('Escape');
        // Help → Keyboard shortcuts, as the menu sends it.
        await app.emit('menu:command', { command: 'show-shortcuts' });
        await page.getByRole('dialog').waitFor();
        await audit(app, 'shortcuts dialog', results);
        await page.keyboard.press('Escape');
        // A request main refuses: the app's error notice.
        app.tamperNext('settings:save', () => ({ settings: { theme: 'sepia' } }));
        await page.getByRole('radio', { name: 'Light' }).click();
        await page.getByRole('alert').filter({ hasText: 'That change was not saved' }).waitFor();
        await audit(app, 'error notice', results);

        // The empty start, after the sample team is cleared.
        await page.getByRole('button', { name: 'Clear the sample team' }).click();
        await goTo(page, 'Dashboard');
        await page.getByRole('heading', { name: 'No team members yet' }).waitFor();
        await audit(app, 'empty dashboard', results);
        await goTo(page, 'Team');
        await audit(app, 'empty team', results);
        await goTo(page, 'Hiring plan');
        await audit(app, 'empty hiring plan', results);

        expect(results.filter((r) => r.problems.length > 0)).toEqual([]);
      },
      { colorScheme },
    );
    // Sixteen screens and dialogs, each audited in full: longer than one flow.
  }, 150_000);
});

describe('the accessibility audit', () => {
  it('finds violations planted in a screen (it can fail)', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      await page.evaluate(() => {
        // A button with no name, and faint text (set through the CSSOM: the CSP refuses inline styles).
        const button = document.createElement('button');
        button.type = 'button';
        const faint = document.createElement('p');
        faint.textContent = 'faint text';
        faint.style.color = '#bbb';
        faint.style.background = '#fff';
        document.querySelector('main')!.prepend(button, faint);
      });
      const ids = (await seriousAxeViolations(page)).map((v) => v.id).sort();
      expect(ids).toEqual(['button-name', 'color-contrast']);
    });
  });
});
