import { spawnSync } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { orderedSkills } from '@shared/domain/skill-order';
import { cellAddress, FIRST_SKILL_ROW, LEVEL_COLUMN } from '@shared/forms/layout';
import { ROOT } from './harness/app';
import { goTo } from './harness/probes';
import { e2eSuite } from './harness/suite';

/*
 * The quarterly cycle on the sample team, through the app as a manager uses it: close the
 * Q1 round; raise two levels and hire a data engineer who takes a scientist's pipeline work;
 * close Q2. The trends show the gaps closed and the engineering load falling, and "What
 * changed" lists exactly those changes. Then self-assessment forms go out, one is filled in
 * through LibreOffice Calc by a script, comes back, and its differences are flagged.
 */

const { withApp } = e2eSuite();

async function closeRound(page: Page, name: string, date: string): Promise<void> {
  await goTo(page, 'Rounds');
  await page.getByRole('button', { name: 'Close round…' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Close round' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Date').fill(date);
  await dialog.getByRole('button', { name: 'Close round' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('table', { name: 'Closed rounds' }).getByText(name).waitFor();
}

async function editMember(page: Page, name: string, edit: (editor: ReturnType<Page['locator']>) => Promise<void>) {
  await goTo(page, 'Team');
  await page.getByRole('list', { name: 'Team members' }).getByText(name, { exact: true }).click();
  const editor = page.locator('section.editor');
  await edit(editor);
  await editor.getByRole('button', { name: 'Save' }).click();
  await editor.getByRole('status').getByText('Saved').waitFor();
}

const level = (editor: ReturnType<Page['locator']>, skill: string, value: number) =>
  editor.getByRole('radiogroup', { name: skill, exact: true }).locator(`[data-level="${value}"]`).click();

/** A table's body rows as text cells. */
const rowsOf = (table: ReturnType<Page['locator']>) =>
  table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((tr) => Array.from(tr.children).map((cell) => (cell.textContent ?? '').trim())));

async function trendTable(page: Page, title: string): Promise<string[][]> {
  const region = page.getByRole('region', { name: title });
  await region.getByRole('button', { name: 'Show table' }).click();
  return rowsOf(region.getByRole('table'));
}

/** A Python with LibreOffice's UNO bridge (Debian's python3-uno is for the system Python). */
function unoPython(): string {
  const found = ['/usr/bin/python3', 'python3'].find(
    (c) => spawnSync(c, ['-c', 'import uno'], { stdio: 'ignore' }).status === 0,
  );
  if (found === undefined) throw new Error('no Python with the UNO bridge: install python3-uno');
  return found;
}

describe('the quarterly cycle', () => {
  it('Q1 closed, levels raised and a data engineer hired, Q2 closed: the trends and the comparison show exactly that', async () => {
    await withApp(async (app) => {
      const { page, store } = app;
      page.on('dialog', (dialog) => void dialog.accept());
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();

      await closeRound(page, '2027 Q1 review', '2027-03-31');

      // Fatima's storytelling and Diego's cloud ML services each close a single point of failure.
      await editMember(page, 'Fatima Haddad', (editor) => level(editor, 'Data storytelling', 3));
      await editMember(page, 'Diego Álvarez', (editor) => level(editor, 'Cloud ML services', 2));
      // Kwame hands his pipelines and deployment work (50 % of his time) to the new engineer.
      await editMember(page, 'Kwame Mensah', async (editor) => {
        await editor.getByRole('spinbutton', { name: 'Data pipelines (ETL)', exact: true }).fill('0');
        await editor.getByRole('spinbutton', { name: 'ML build / deployment pipelines', exact: true }).fill('0');
      });
      await goTo(page, 'Team');
      await page.getByRole('button', { name: 'Add member' }).first().click();
      const editor = page.locator('section.editor');
      await editor.getByLabel('Name').fill('Jonas Berg');
      await editor.getByLabel('Role').selectOption({ label: 'Data engineer' });
      await editor.getByLabel('Product team').fill('Checkout');
      for (const skill of [
        'Data security',
        'Data warehouse solutions',
        'Data warehousing',
        'Big data technologies',
        'ML build / deployment pipelines',
      ]) {
        await level(editor, skill, 3);
      }
      await level(editor, 'Product integration', 2);
      await editor.getByRole('spinbutton', { name: 'Data pipelines (ETL)', exact: true }).fill('50');
      await editor.getByRole('spinbutton', { name: 'ML build / deployment pipelines', exact: true }).fill('30');
      await editor.getByRole('button', { name: 'Add member' }).click();
      await editor.getByRole('status').getByText('Saved').waitFor();

      await closeRound(page, '2027 Q2 review', '2027-06-30');
      expect(store.data().rounds.map((r) => [r.name, r.date, r.members])).toEqual([
        ['2027 Q1 review', '2027-03-31', 8],
        ['2027 Q2 review', '2027-06-30', 9],
      ]);
      const files = (await readdir(join(app.dataDir, 'rounds'))).filter((f) => f.endsWith('.json')).sort();
      expect(files).toEqual(
        store
          .data()
          .rounds.map((r) => `${r.id}.json`)
          .sort(),
      );

      // Trends: the two skills' gaps closed from Q1 to Q2, and the load on scientists fell by Kwame's 0.5 FTE.
      const coverage = await trendTable(page, 'Coverage and gaps per skill');
      const cells = (skill: string) => coverage.find((row) => row[0] === skill)!.slice(1, 3);
      expect(cells('Data storytelling')).toEqual(['1 of 2, gap 1', '2 of 2']);
      expect(cells('Cloud ML services')).toEqual(['1 of 2, gap 1', '2 of 2']);
      expect(cells('Data security')).toEqual(['1 of 2, gap 1', '2 of 2']);
      expect(cells('Product integration')).toEqual(['0 of 2, gap 2', '1 of 2, gap 1']);
      const load = await trendTable(page, 'Engineering FTE carried by scientists');
      expect(load.slice(0, 2)).toEqual([
        ['2027 Q1 review', '1.77', '0.71'],
        ['2027 Q2 review', '1.27', '0.31'],
      ]);

      // What changed from Q1 to Q2: exactly one joiner and the two levels raised.
      const changes = page.getByRole('region', { name: 'What changed' });
      // The pickers: From, then To.
      const pickers = changes.locator('.what-changed__pickers select');
      await pickers.nth(0).selectOption({ label: '2027 Q1 review (2027-03-31)' });
      await pickers.nth(1).selectOption({ label: '2027 Q2 review (2027-06-30)' });
      await changes
        .getByRole('status')
        .getByText('From 2027 Q1 review (2027-03-31) to 2027 Q2 review (2027-06-30).')
        .waitFor();
      const section = (id: string) => changes.locator(`[data-section="${id}"]`);
      await expect(rowsOf(section('joined').getByRole('table'))).resolves.toEqual([
        ['Jonas Berg', 'Data engineer', 'Checkout'],
      ]);
      await expect(rowsOf(section('levels-up').getByRole('table'))).resolves.toEqual([
        ['Fatima Haddad', 'Data storytelling 2 → 3'],
        ['Diego Álvarez', 'Cloud ML services 1 → 2'],
      ]);
      for (const id of ['left', 'roles', 'levels-down']) {
        await expect(section(id).getByRole('table').count(), id).resolves.toBe(0);
      }
      const closed = (await rowsOf(section('gaps-closed').getByRole('table'))).map((row) => row[0]);
      expect(closed).toEqual(expect.arrayContaining(['Data storytelling', 'Cloud ML services', 'Data security']));
      expect(closed).not.toContain('Product integration');
      await expect(section('gaps-opened').getByRole('table').count()).resolves.toBe(0);
    });
  });

  it('self-assessment forms go out, one comes back filled in through LibreOffice, and its differences are flagged', async () => {
    await withApp(async (app) => {
      const { page, store } = app;
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      const formsDir = join(app.exportsDir, 'forms');
      await mkdir(formsDir, { recursive: true });

      await goTo(page, 'Team');
      await page.getByRole('button', { name: 'Self-assessment forms…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Self-assessment forms' });
      await dialog.getByLabel('One form per member').check();
      app.answerNextOpen(formsDir);
      await dialog.getByRole('button', { name: 'Export forms…' }).click();
      await dialog
        .getByRole('status')
        .getByText(/8 forms/)
        .waitFor();
      const written = (await readdir(formsDir)).sort();
      expect(written).toHaveLength(store.data().members.length);
      const fatimaForm = written.find((f) => f.includes('Fatima Haddad'))!;

      // Fatima rates herself Expert (4) on storytelling, where her manager has 2: two levels
      // apart, flagged. Hypothesis testing as her manager does, model training one level lower.
      const fatima = store.data().members.find((m) => m.name === 'Fatima Haddad')!;
      const framework = store.data().framework;
      const scale = framework.scale.levels;
      const row = (skillName: string) => {
        // The form lists the skills in the framework's display order (grouped by area).
        const at = orderedSkills(framework).findIndex((s) => s.name === skillName);
        return cellAddress(LEVEL_COLUMN, FIRST_SKILL_ROW + at);
      };
      const skillIdOf = (skillName: string) => framework.skills.find((s) => s.name === skillName)!.id;
      const sheetName = 'Fatima Haddad';
      const answers = [
        ['Data storytelling', scale[4]!.name],
        ['Hypothesis testing', scale[fatima.levels[skillIdOf('Hypothesis testing')]!]!.name],
        ['Model training', scale[Math.max(0, fatima.levels[skillIdOf('Model training')]! - 1)]!.name],
      ] as const;
      const work = join(app.exportsDir, 'libreoffice');
      await mkdir(work, { recursive: true });
      const filled = join(work, 'Fatima returned.xlsx');
      const jobs = [
        {
          in: join(formsDir, fatimaForm),
          out: filled,
          edits: answers.map(([skill, value]) => ({ sheet: sheetName, cell: row(skill), value })),
        },
      ];
      await writeFile(join(work, 'jobs.json'), JSON.stringify(jobs));
      const run = spawnSync(
        unoPython(),
        [
          join(ROOT, 'test/shared/forms/libreoffice-fill.py'),
          process.env.GAPWISE_SOFFICE ?? 'soffice',
          join(work, 'profile'),
          join(work, 'jobs.json'),
        ],
        { encoding: 'utf8', timeout: 90_000, env: { ...process.env, HOME: work } },
      );
      expect(run.status, run.stderr).toBe(0);

      app.answerNextOpen([filled]);
      await dialog.getByRole('button', { name: 'Import returned forms…' }).click();
      await dialog.getByText('Fatima Haddad', { exact: false }).first().waitFor();
      await expect(dialog.getByRole('list', { name: 'Refused files' }).count()).resolves.toBe(0);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      const form = store.data().selfAssessments.find((f) => f.memberId === fatima.id)!;
      expect(form.ratings).toEqual({
        [skillIdOf('Data storytelling')]: 4,
        [skillIdOf('Hypothesis testing')]: fatima.levels[skillIdOf('Hypothesis testing')],
        [skillIdOf('Model training')]: fatima.levels[skillIdOf('Model training')]! - 1,
      });

      // Her page: storytelling flagged (2 levels or more apart), the other two not.
      await page.getByRole('list', { name: 'Team members' }).getByText('Fatima Haddad', { exact: true }).click();
      await page.getByRole('tab', { name: 'Details' }).click();
      const table = page.getByRole('region', { name: "Self rating and manager's level per skill" });
      const flagged = await table
        .locator('tr.self-vs-manager__row--flagged th, tr.self-vs-manager__row--flagged td:first-child')
        .allTextContents();
      expect(flagged.join(' ')).toContain('Data storytelling');
      expect(flagged.join(' ')).not.toContain('Model training');
      await page.getByText('1 skill differs by 2 levels or more: worth a conversation.', { exact: false }).waitFor();
      // Accepting her rating makes it the manager's level; the analysis uses it from then on.
      await page.getByRole('button', { name: 'Accept the self rating of Data storytelling' }).click();
      await expect
        .poll(() => store.data().members.find((m) => m.id === fatima.id)!.levels[skillIdOf('Data storytelling')])
        .toBe(4);
    });
  });
});
