import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppData } from '@shared/data';
import type { RunningApp } from './harness/app';
import { addMember, addScenario } from './harness/actions';
import { freshDataDir, goTo, seriousAxeViolations } from './harness/probes';
import { e2eSuite } from './harness/suite';

// What the manager entered is still there after a restart, survives a corrupted data file
// (restored from a backup, with a notice), and a request main refuses changes nothing.

const { withApp } = e2eSuite();

const memberNames = (app: RunningApp) =>
  app.page.getByRole('list', { name: 'Team members' }).locator('.member-row__name').allTextContents();

describe('data across restarts', () => {
  it('a restart on the same data folder finds every change kept', async () => {
    const dataDir = await freshDataDir();
    let before: AppData | undefined;
    await withApp(
      async (app) => {
        const { page } = app;
        await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
        await addMember(page, {
          name: 'Rosa Lind',
          levels: { 'Data pipelines (ETL)': 3, 'Data storytelling': 2 },
          allocation: { 'Data pipelines (ETL)': 30 },
        });
        await addScenario(page, 'Backfill', ['data-engineer']);
        await goTo(page, 'Settings');
        // Checked only once main has saved the setting.
        await page.getByRole('radio', { name: 'Dark' }).click();
        await page.getByRole('radio', { name: 'Dark' }).and(page.locator(':checked:enabled')).waitFor();
        before = app.store.data();
      },
      { dataDir, colorScheme: 'light' },
    );

    await withApp(
      async (app) => {
        const { page } = app;
        expect(app.recovery).toBeNull();
        await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
        expect(app.store.data()).toEqual(before);
        await goTo(page, 'Team');
        expect(await memberNames(app)).toContain('Rosa Lind');
        await page.getByRole('list', { name: 'Team members' }).getByText('Rosa Lind').click();
        const editor = page.locator('section.editor');
        await expect(
          editor
            .getByRole('radiogroup', { name: 'Data pipelines (ETL)' })
            .getByRole('radio', { checked: true })
            .textContent(),
        ).resolves.toBe('3');
        await expect(editor.getByRole('spinbutton', { name: 'Data pipelines (ETL)' }).inputValue()).resolves.toBe('30');
        await goTo(page, 'Hiring plan');
        await expect(page.getByRole('list', { name: 'Scenarios' }).getByText('Backfill').count()).resolves.toBe(1);
        // The theme chosen in the first run applies from the start of the second (the system is light).
        await goTo(page, 'Settings');
        await expect(page.getByRole('radio', { name: 'Dark' }).isChecked()).resolves.toBe(true);
        await expect(page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).resolves.toBe(true);
        await expect(page.getByText('Your data file could not be read').count()).resolves.toBe(0);
      },
      { dataDir, colorScheme: 'light' },
    );
  });

  it('a data file corrupted between runs is set aside, restored from the newest backup, and the user told', async () => {
    const dataDir = await freshDataDir();
    let backedUp: AppData | undefined;
    await withApp(
      async (app) => {
        const { page } = app;
        await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
        await addMember(page, { name: 'Backed Up', levels: { 'Data security': 4 } });
        await page.getByRole('button', { name: 'Backups', exact: true }).click();
        const dialog = page.getByRole('dialog', { name: 'Restore from a backup' });
        await dialog.getByRole('button', { name: 'Back up now' }).click();
        await dialog.getByRole('listitem').first().waitFor();
        backedUp = app.store.data();
        await page.keyboard.press('Escape');
        // A change after the backup: lost with the corrupted file, as the notice says.
        await addMember(page, { name: 'After The Backup' });
      },
      { dataDir },
    );

    const dataFile = join(dataDir, 'gapwise-data.json');
    const intact = await readFile(dataFile);
    const corrupt = intact.subarray(0, Math.floor(intact.length / 2));
    await writeFile(dataFile, corrupt);

    await withApp(
      async (app) => {
        const { page } = app;
        expect(app.recovery).not.toBeNull();
        const notice = page.getByRole('alert').filter({ hasText: 'Your data file could not be read' });
        await notice.waitFor();
        const text = (await notice.textContent()) ?? '';
        expect(text).toContain(app.recovery!.quarantinedTo);
        expect(text).toContain(`restored from the backup ${app.recovery!.restoredFrom}`);
        expect(await seriousAxeViolations(page)).toEqual([]);

        // The unreadable file kept byte for byte; the data is the backup's.
        const aside = (await readdir(dataDir)).filter((name) => name.includes('.corrupt-'));
        expect(aside).toHaveLength(1);
        expect(Buffer.compare(await readFile(join(dataDir, aside[0]!)), corrupt)).toBe(0);
        expect(app.store.data()).toEqual(backedUp);
        await goTo(page, 'Team');
        const names = await memberNames(app);
        expect(names).toContain('Backed Up');
        expect(names).not.toContain('After The Backup');

        await notice.getByRole('button', { name: 'Dismiss' }).click();
        await expect(page.getByText('Your data file could not be read').count()).resolves.toBe(0);
      },
      { dataDir },
    );
  });
});

describe('requests main refuses', () => {
  it('an invalid payload shows the error where the user acted and changes nothing', async () => {
    await withApp(async (app) => {
      const { page, store } = app;
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      const fileBefore = await readFile(store.dataFile);
      const dataBefore = store.data();

      await goTo(page, 'Team');
      const first = dataBefore.members[0]!;
      await page.getByRole('list', { name: 'Team members' }).getByText(first.name).click();
      const editor = page.locator('section.editor');
      await editor.getByRole('radiogroup', { name: 'Data storytelling' }).locator('[data-level="4"]').click();
      // What a buggy or compromised page could send: a level off the scale.
      app.tamperNext('member:save', (request) => {
        const { member } = request as { member: AppData['members'][number] };
        return { member: { ...member, levels: { ...member.levels, 'data-storytelling': 9 } } };
      });
      await editor.getByRole('button', { name: 'Save' }).click();
      await editor.getByRole('status').getByText('Not saved').waitFor();
      const alert = editor.getByRole('alert');
      await expect(alert.textContent()).resolves.toMatch(/^member\.levels\.data-storytelling: .+/);
      expect(app.calls.at(-1)).toMatchObject({
        channel: 'member:save',
        result: { ok: false, error: { code: 'invalid-request', path: 'member.levels.data-storytelling' } },
      });

      // A prototype key is refused before any schema sees it.
      app.tamperNext('member:save', (request) =>
        JSON.parse(
          `{"__proto__":{"polluted":true},"member":${JSON.stringify((request as { member: unknown }).member)}}`,
        ),
      );
      await editor.getByRole('button', { name: 'Save' }).click();
      await expect
        .poll(() => app.calls.at(-1)?.result)
        .toMatchObject({
          ok: false,
          error: { code: 'invalid-request', path: '__proto__' },
        });
      await editor.getByRole('status').getByText('Not saved').waitFor();

      expect(store.data()).toBe(dataBefore);
      expect(Buffer.compare(await readFile(store.dataFile), fileBefore)).toBe(0);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      // The untampered save then goes through: the refusal left nothing stuck.
      await editor.getByRole('button', { name: 'Save' }).click();
      await editor.getByRole('status').getByText('Saved').waitFor();
      expect(store.data().members[0]!.levels['data-storytelling']).toBe(4);
    });
  });

  it('a request from a frame that is not the app is refused on every channel', async () => {
    await withApp(async (app) => {
      const { page, store } = app;
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      const fileBefore = await readFile(store.dataFile);
      await page.evaluate(() => {
        const frame = document.createElement('iframe');
        frame.name = 'foreign';
        document.body.append(frame);
      });
      const foreign = page.frame({ name: 'foreign' });
      expect(foreign).not.toBeNull();
      const channels = ['team:clearSample', 'member:delete', 'backup:restore', 'plan:export'];
      for (const channel of channels) {
        const result = await foreign!.evaluate(
          async ([name]) => {
            const invoke = (window as unknown as { __gapwiseInvoke: (c: string, a: unknown[]) => Promise<string> })
              .__gapwiseInvoke;
            return JSON.parse(await invoke(name!, [{}])) as unknown;
          },
          [channel],
        );
        expect(result, channel).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
      }
      expect(Buffer.compare(await readFile(store.dataFile), fileBefore)).toBe(0);
    });
  });
});
