import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '@main/ipc/dispatcher';
import { reportOf } from '@main/ipc/plan-export';
import { DEFAULT_DATA_FILE, openStore, type AppStore } from '@main/store';
import { DATA_SCHEMA_VERSION, type AppData } from '@shared/data';
import { terminalText } from '@shared/encode/terminal';
import { selectAnalysis } from '../../renderer/src/state/analysis';
import { APP_URL, closeAppOnTempStore, openAppOnTempStore } from '../support/app-on-temp-store';
import { readJson } from '../support/fixtures';
import { versionOneFileWithControls } from '../support/version-one-file';
import { versionTwoFile } from '../support/version-two-file';
import { gapwise } from './fake-terminal';

/*
 * The CLI reads what the app writes: its data file and its "Save all data" file, made here by
 * the app's own store and handlers, give the plan the app shows and exports. run() is driven
 * in process with a fake terminal; standard input is whatever the test hands it.
 */

let dir: string;
let store: AppStore;
let dispatch: Dispatch;
let saveAs: string | null;

beforeEach(async () => {
  saveAs = null;
  ({ dir, store, dispatch } = await openAppOnTempStore('gapwise-cli-data-', { open: () => null, save: () => saveAs }));
});

afterEach(() => closeAppOnTempStore({ dir, store }));

/** What the app saves when the user chooses `channel` (a plan export or "Save all data"), as text. */
async function appSaves(channel: 'plan:export' | 'data:exportAll', request: unknown, name: string): Promise<string> {
  saveAs = join(dir, name);
  const result = await dispatch(channel, { senderFrame: { url: APP_URL } }, [request]);
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  return readFile(saveAs, 'utf8');
}

/**
 * The stored data made the manager's own: a renamed role in the framework, a stricter
 * coverage policy and a lower engineering-load threshold, so a plan under the built-in
 * framework and default settings would differ from the app's.
 */
async function customise(): Promise<AppData> {
  return store.update((data) => ({
    ...data,
    sample: false,
    organisation: {
      ...data.organisation,
      name: 'Contoso Data',
      coverage: { ...data.organisation.coverage, minPeople: 3 },
      engineeringLoadThreshold: 10,
    },
    framework: {
      ...data.framework,
      roles: data.framework.roles.map((r) => (r.id === 'data-engineer' ? { ...r, name: 'Platform engineer' } : r)),
    },
  }));
}

const hiresOf = (reportJson: string) =>
  (JSON.parse(reportJson) as { analysis: { plan: { hires: { roleId: string; roleName: string }[] } } }).analysis.plan
    .hires;

describe('gapwise analyze reads the app data file', () => {
  it("prints exactly the report the app exports, under the data's own framework, settings and scenarios", async () => {
    const data = await customise();
    await store.flush();
    const cli = await gapwise(['analyze', store.dataFile, '--format', 'json']);
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    const app = await appSaves('plan:export', { format: 'json' }, 'plan.json');
    expect(cli.stdout).toBe(app);
    // The same hires as the app computes for its screens, and as reportOf(data) for its export.
    const report = JSON.parse(cli.stdout) as { analysis: { plan: unknown }; scenarios: unknown[] };
    expect(report.analysis.plan).toEqual(JSON.parse(JSON.stringify(selectAnalysis(data).plan)));
    expect(report.analysis.plan).toEqual(JSON.parse(JSON.stringify(reportOf(data).analysis.plan)));
    expect(report.scenarios).toHaveLength(data.scenarios.length);
    expect(data.scenarios.length).toBeGreaterThan(0);
    // The data's own role names and policy, not the built-in framework's defaults.
    expect(hiresOf(cli.stdout).some((h) => h.roleName === 'Platform engineer')).toBe(true);
    const builtin = await gapwise(['analyze', store.dataFile, '--format', 'json', '--framework', frameworkFile()]);
    expect(builtin.code).toBe(0);
    expect(hiresOf(builtin.stdout)).not.toEqual(hiresOf(cli.stdout));
  });

  it('reads the "Save all data" file the same way, Markdown and CSV as the app exports them', async () => {
    await customise();
    const saved = await appSaves('data:exportAll', {}, 'all-data.json');
    const file = join(dir, 'all-data.json');
    expect(JSON.parse(saved)).toMatchObject({ kind: 'gapwise-data' });
    for (const format of ['md', 'csv'] as const) {
      const cli = await gapwise(['analyze', file, '--format', format]);
      expect(cli.code).toBe(0);
      expect(cli.stdout).toBe(await appSaves('plan:export', { format }, `plan.${format}`));
    }
    expect((await gapwise(['validate', file])).stdout).toBe(
      `${file}: valid Gapwise data "Contoso Data" (8 members, 3 scenarios, framework "${store.data().framework.name}" ${store.data().framework.version})\n`,
    );
  });

  const OLDER: [number, () => Record<string, unknown>][] = [
    [1, versionOneFileWithControls],
    [2, () => versionTwoFile()],
  ];
  it.each(OLDER)(
    'reads a version %i file through the migrations, says so as the app does, and leaves the file as it was',
    async (version, make) => {
      const file = join(dir, `version-${version}.json`);
      const text = JSON.stringify(make(), null, 2);
      await writeFile(file, text);
      const cli = await gapwise(['analyze', file, '--format', 'json']);
      expect(cli.code).toBe(0);
      expect(await readFile(file, 'utf8')).toBe(text);
      // The app opening the same file (a copy) upgrades it to the same data and the same plan.
      const appDir = join(dir, 'app');
      await mkdir(appDir);
      await writeFile(join(appDir, DEFAULT_DATA_FILE), text);
      const { store: upgraded, upgradeChanges } = await openStore({
        dir: appDir,
        initial: () => {
          throw new Error('the file is there: no first run');
        },
      });
      expect(hiresOf(cli.stdout)).toEqual(JSON.parse(JSON.stringify(reportOf(upgraded.data()).analysis.plan.hires)));
      await upgraded.flush();
      // What the upgrade changed, each said as the app says it after an upgrade (controls shown visibly).
      expect(upgradeChanges.length).toBeGreaterThan(0);
      expect(cli.stderr).toBe(
        terminalText(
          [
            `gapwise: ${file}: read as data version ${version} and brought up to version ${DATA_SCHEMA_VERSION} in memory only (the file is not changed)`,
            ...upgradeChanges.map((change) => `gapwise: ${file}: ${change}`),
          ].join('\n') + '\n',
        ),
      );
    },
  );

  it('a bad data file: one line naming the file and the field path, exit 2', async () => {
    const data = JSON.parse(JSON.stringify(store.data())) as { members: { fte: unknown }[] };
    data.members[2]!.fte = 'full';
    const file = join(dir, 'bad-data.json');
    await writeFile(file, JSON.stringify(data));
    const bad = await gapwise(['analyze', file]);
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toMatch(/^gapwise: .*bad-data\.json: members\[2\]\.fte: [^\n]+\n$/);

    await writeFile(file, JSON.stringify({ ...store.data(), schemaVersion: 99 }));
    const newer = await gapwise(['validate', file]);
    expect(newer.code).toBe(2);
    expect(newer.stderr).toMatch(
      /^gapwise: .*bad-data\.json: this file was written by a newer Gapwise \(data version 99;/,
    );
    expect(newer.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it("--framework replaces the data file's own framework and says so, or names what it lacks", async () => {
    await customise();
    await store.flush();
    const swapped = await gapwise(['analyze', store.dataFile, '--framework', frameworkFile(), '--format', 'json']);
    expect(swapped.code).toBe(0);
    expect(swapped.stderr).toMatch(
      /^gapwise: .*gapwise-data\.json: using the framework ".+" [\d.]+ of .*builtin\.json instead of the data file's own ".+" [\d.]+\n$/,
    );
    expect(hiresOf(swapped.stdout).some((h) => h.roleName === 'Platform engineer')).toBe(false);

    // The built-in framework without one skill the team has levels in (and every mention of it).
    const fw = JSON.parse(
      JSON.stringify(readJson('resources/frameworks/ds-vs-de.json'), (key, value: unknown) =>
        key === 'data-pipelines' ? undefined : value,
      ),
    ) as { skills: { id: string }[]; roles: { owns?: string[] }[] };
    fw.skills = fw.skills.filter((s) => s.id !== 'data-pipelines');
    for (const role of fw.roles) if (role.owns) role.owns = role.owns.filter((id) => id !== 'data-pipelines');
    const lacking = join(dir, 'lacking.json');
    await writeFile(lacking, JSON.stringify(fw));
    const refused = await gapwise(['analyze', store.dataFile, '--framework', lacking]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /^gapwise: .*data\.json: members\[\d+\]\.\w+\.data-pipelines: .* in the framework of .*lacking\.json/,
    );
  });
});

/** The built-in framework as a file (written before each test), for --framework. */
const frameworkFile = (): string => join(dir, 'builtin.json');

beforeEach(async () => {
  await writeFile(frameworkFile(), JSON.stringify(readJson('resources/frameworks/ds-vs-de.json')));
});
