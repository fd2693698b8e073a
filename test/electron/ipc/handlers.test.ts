import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '@main/ipc/dispatcher';
import type { HandlerDeps } from '@main/ipc/handlers';
import type { AppStore } from '@main/store';
import { AppData } from '@shared/data';
import type { Member } from '@shared/domain';
import { detectLayout, withLevelLabel } from '@shared/interchange/layout';
import { buildPreview } from '@shared/interchange/preview';
import type { RawWorkbook } from '@shared/interchange/types';
import type { ImportDone } from '@shared/ipc';
import { readCsv } from '@shared/interchange/read-csv';
import { readXlsx } from '@shared/interchange/read-xlsx';
import { matrixColumns } from '@shared/interchange/write-matrix';
import { closeAppOnTempStore, openAppOnTempStore, APP_URL } from '../../support/app-on-temp-store';
import { builtinFramework, readJson, sampleTeam } from '../../support/fixtures';

/* Every handler end to end: the dispatcher, the handler and a real store on a temp folder. */

const fromApp = { senderFrame: { url: APP_URL } };

let dir: string;
let store: AppStore;
let dispatch: Dispatch;
let deps: HandlerDeps;
let saveAs: string | null;
let openFrom: string | null;

beforeEach(async () => {
  saveAs = null;
  openFrom = null;
  ({ dir, store, deps, dispatch } = await openAppOnTempStore('gapwise-handlers-', {
    open: () => openFrom,
    save: () => saveAs,
  }));
});

afterEach(() => closeAppOnTempStore({ dir, store }));

const call = async (channel: Parameters<Dispatch>[0], request: unknown) => dispatch(channel, fromApp, [request]);
const onDisk = async () => AppData.parse(JSON.parse(await readFile(store.dataFile, 'utf8')));
const value = <T>(result: { ok: boolean; value?: T; error?: unknown }): T => {
  expect(result, JSON.stringify(result.error)).toMatchObject({ ok: true });
  return result.value as T;
};

describe('IPC handlers with a real store', () => {
  it('data:load gives the stored data, marked as sample on first run', async () => {
    const snapshot = value(await call('data:load', {})) as { data: AppData; dataFile: string; recovery: null };
    expect(snapshot.data.sample).toBe(true);
    expect(snapshot.dataFile).toBe(store.dataFile);
    expect(snapshot.recovery).toBeNull();
    expect(value(await call('app:getInfo', {}))).toEqual({ version: '1.2.3', dataFolder: dir });
  });

  it('team:clearSample empties the team, durably, and says so', async () => {
    const data = value(await call('team:clearSample', {})) as AppData;
    expect(data).toMatchObject({ sample: false, members: [], scenarios: [] });
    expect((await onDisk()).members).toEqual([]);
  });

  it('member:save adds and updates; member:delete removes and cleans scenarios', async () => {
    const team = sampleTeam();
    const newcomer = { ...team.members[0]!, id: 'new-person', name: 'New Person' };
    expect((value(await call('member:save', { member: newcomer })) as AppData).members).toHaveLength(9);
    const renamed = { ...newcomer, name: 'Renamed' };
    const after = value(await call('member:save', { member: renamed })) as AppData;
    expect(after.members.find((m) => m.id === 'new-person')!.name).toBe('Renamed');
    expect((await onDisk()).members).toHaveLength(9);

    const departing = team.scenarios!.find((s) => s.departures.length > 0)!.departures[0]!;
    const scenariosBefore = store.data().scenarios;
    const removed = value(await call('member:delete', { memberId: departing })) as AppData;
    expect(removed.members.some((m) => m.id === departing)).toBe(false);
    expect(removed.scenarios.every((s) => !s.departures.includes(departing))).toBe(true);
    // Scenarios that never named the member are kept as they were (the identity rule).
    const untouched = scenariosBefore.filter(
      (s) => !s.departures.includes(departing) && !s.roleMoves.some((m) => m.memberId === departing),
    );
    expect(untouched.length).toBeGreaterThan(0);
    for (const scenario of untouched) expect(removed.scenarios).toContain(scenario);
    expect(await call('member:delete', { memberId: 'nobody' })).toMatchObject({
      ok: false,
      error: { code: 'not-found', path: 'memberId' },
    });
  });

  it('member:save refuses an unknown skill id, naming the field, and changes nothing', async () => {
    const before = await readFile(store.dataFile, 'utf8');
    const member = { ...sampleTeam().members[1]!, levels: { 'quantum-etl': 3 } };
    expect(await call('member:save', { member })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', path: 'member.levels.quantum-etl', message: 'unknown skill id "quantum-etl"' },
    });
    expect(await readFile(store.dataFile, 'utf8')).toBe(before);
  });

  it('organisation:renameProductTeam renames the team everywhere in one durable change, and keeps what it did not touch', async () => {
    const before = store.data();
    const scenario = {
      id: 'checkout-hire',
      name: 'Checkout hire',
      plannedHires: [{ id: 'h1', role: 'data-engineer', productTeam: 'Checkout' }],
      roleMoves: [],
      departures: [],
    };
    const withPlan = value(await call('scenario:save', { scenario })) as AppData;
    const after = value(await call('organisation:renameProductTeam', { from: 'Checkout', to: 'Payments' })) as AppData;
    expect(after.organisation.productTeams).toEqual(['Payments', 'Recommendations', 'Supply chain']);
    expect(after.members.filter((m) => m.productTeam === 'Checkout')).toEqual([]);
    const moved = before.members.filter((m) => m.productTeam === 'Checkout').map((m) => m.id);
    expect(moved.length).toBeGreaterThan(0);
    expect(after.members.filter((m) => m.productTeam === 'Payments').map((m) => m.id)).toEqual(moved);
    after.members.forEach((member, i) => {
      if (!moved.includes(member.id)) expect(member).toBe(withPlan.members[i]);
    });
    expect(after.scenarios.find((s) => s.id === 'checkout-hire')!.plannedHires[0]!.productTeam).toBe('Payments');
    expect((await onDisk()).members.filter((m) => m.productTeam === 'Payments')).toHaveLength(moved.length);

    // Onto a listed name: the two teams merge and the list keeps one.
    const merged = value(
      await call('organisation:renameProductTeam', { from: 'Payments', to: 'Recommendations' }),
    ) as AppData;
    expect(merged.organisation.productTeams).toEqual(['Recommendations', 'Supply chain']);

    const unchangedFile = await readFile(store.dataFile, 'utf8');
    expect(await call('organisation:renameProductTeam', { from: 'Nowhere', to: 'Somewhere' })).toMatchObject({
      ok: false,
      error: { code: 'not-found', path: 'from', message: 'no product team is called "Nowhere"' },
    });
    expect(await call('organisation:renameProductTeam', { from: 'Supply chain', to: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', path: 'to' },
    });
    expect(await readFile(store.dataFile, 'utf8')).toBe(unchangedFile);
  });

  it('organisation, scenario and settings saves persist', async () => {
    const organisation = { ...sampleTeam().organisation, name: 'Contoso' };
    expect((value(await call('organisation:save', { organisation })) as AppData).organisation.name).toBe('Contoso');
    const scenario = {
      id: 'hire-one',
      name: 'Hire one',
      plannedHires: [{ id: 'h1', role: 'data-engineer' }],
      roleMoves: [],
      departures: [],
    };
    expect((value(await call('scenario:save', { scenario })) as AppData).scenarios.map((s) => s.id)).toContain(
      'hire-one',
    );
    expect(
      await call('scenario:save', {
        scenario: { ...scenario, roleMoves: [{ memberId: 'ghost', toRole: 'data-engineer' }] },
      }),
    ).toMatchObject({
      ok: false,
      error: { path: 'scenario.roleMoves[0].memberId' },
    });
    expect(
      (value(await call('scenario:delete', { scenarioId: 'hire-one' })) as AppData).scenarios.map((s) => s.id),
    ).not.toContain('hire-one');
    value(await call('settings:save', { settings: { theme: 'dark' } }));
    expect(deps.applyTheme).toHaveBeenCalledWith('dark');
    const disk = await onDisk();
    expect(disk.organisation.name).toBe('Contoso');
    expect(disk.settings.theme).toBe('dark');
  });

  it('framework:save, framework:reset, framework:export and framework:import', async () => {
    const framework = builtinFramework();
    const edited = {
      ...framework,
      roles: framework.roles.map((r, i) => (i === 1 ? { ...r, name: 'Platform engineer' } : r)),
    };
    expect((value(await call('framework:save', { framework: edited })) as AppData).framework.roles[1]!.name).toBe(
      'Platform engineer',
    );

    saveAs = join(dir, 'exported-framework.json');
    expect(value(await call('framework:export', {}))).toEqual({ file: saveAs });
    expect(JSON.parse(await readFile(saveAs, 'utf8')).roles[1].name).toBe('Platform engineer');

    expect((value(await call('framework:reset', {})) as AppData).framework.roles[1]!.name).toBe('Data engineer');

    openFrom = saveAs;
    expect((value(await call('framework:import', {})) as AppData).framework.roles[1]!.name).toBe('Platform engineer');

    openFrom = null;
    expect(await call('framework:import', {})).toEqual({ ok: true, value: null });
    saveAs = null;
    expect(await call('framework:export', {})).toEqual({ ok: true, value: null });
  });

  it('framework:export and framework:import keep the roles’ job titles; a format-2 file is read too', async () => {
    const framework = builtinFramework();
    const titled = {
      ...framework,
      roles: framework.roles.map((r, i) => (i === 4 ? { ...r, aliases: [...r.aliases!, 'Looker analyst'] } : r)),
    };
    value(await call('framework:save', { framework: titled }));
    saveAs = join(dir, 'titled-framework.json');
    value(await call('framework:export', {}));
    const exported = JSON.parse(await readFile(saveAs, 'utf8')) as {
      schemaVersion: number;
      roles: { aliases: string[] }[];
    };
    expect(exported.schemaVersion).toBe(3);
    expect(exported.roles[4]!.aliases).toEqual(titled.roles[4]!.aliases);
    value(await call('framework:reset', {}));
    openFrom = saveAs;
    expect((value(await call('framework:import', {})) as AppData).framework).toEqual(titled);

    // The built-in framework as data version 3 shipped it: format 2, no job titles.
    openFrom = join(dir, 'framework-1.1.0.json');
    await writeFile(openFrom, JSON.stringify(readJson('resources/frameworks/history/ds-vs-de-1.1.0.json')));
    const imported = (value(await call('framework:import', {})) as AppData).framework;
    expect([imported.version, imported.schemaVersion]).toEqual(['1.1.0', 3]);
    expect(imported.roles.every((r) => r.aliases === undefined)).toBe(true);
    saveAs = null;
    openFrom = null;
  });

  it('framework:import refuses a broken file, naming the file and field, and keeps the framework', async () => {
    const broken = builtinFramework();
    const file = join(dir, 'broken.json');
    await writeFile(file, JSON.stringify({ ...broken, skills: [...broken.skills, broken.skills[0]] }));
    openFrom = file;
    const before = await readFile(store.dataFile, 'utf8');
    const result = await call('framework:import', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', path: 'skills[32].id' } });
    expect(JSON.stringify(result)).toMatch(/broken\.json: skills\[32\]\.id: duplicate skill id/);
    expect(await readFile(store.dataFile, 'utf8')).toBe(before);
  });

  it('plan:export writes Markdown, CSV, JSON and PDF through the save dialog', async () => {
    for (const format of ['md', 'csv', 'json', 'pdf'] as const) {
      saveAs = join(dir, `plan.${format}`);
      expect(value(await call('plan:export', { format }))).toEqual({ file: saveAs });
      const text = await readFile(saveAs, 'utf8');
      if (format === 'md') expect(text).toMatch(/^# Hiring plan — Northwind Retail/);
      if (format === 'csv') expect(text).toMatch(/^type,number,priority,role/);
      if (format === 'json') expect(JSON.parse(text)).toMatchObject({ kind: 'gapwise-report', schemaVersion: 3 });
      if (format === 'pdf') expect(text).toMatch(/^%PDF/);
    }
    expect(deps.printToPdf).toHaveBeenCalledWith(expect.stringContaining('Hiring plan — Northwind Retail'));
    expect(deps.chooseFileToSave).toHaveBeenCalledWith(
      expect.objectContaining({ defaultName: 'gapwise-plan-northwind-retail.pdf' }),
    );
    saveAs = null;
    expect(await call('plan:export', { format: 'md' })).toEqual({ ok: true, value: null });
  });

  it('an export that cannot be written names the file and the reason', async () => {
    saveAs = join(dir, 'missing-folder', 'plan.md');
    expect(await call('plan:export', { format: 'md' })).toEqual({
      ok: false,
      error: { code: 'io-error', message: `${saveAs} could not be written: the folder does not exist`, path: '' },
    });
    saveAs = dir; // a folder, not a file
    expect(await call('framework:export', {})).toMatchObject({
      ok: false,
      error: { code: 'io-error', message: expect.stringMatching(/could not be written/) },
    });
  });

  it('backup:create, backup:list and backup:restore', async () => {
    const made = value(await call('backup:create', {})) as { name: string; bytes: number }[];
    expect(made).toHaveLength(1);
    expect(made[0]!.bytes).toBe((await readFile(store.dataFile)).byteLength);
    value(await call('team:clearSample', {}));
    const backups = value(await call('backup:list', {})) as { name: string }[];
    expect(backups.length).toBeGreaterThan(0);
    const restored = value(await call('backup:restore', { name: backups.at(-1)!.name })) as AppData;
    expect(restored.sample).toBe(true);
    expect((await onDisk()).sample).toBe(true);
    expect(await call('backup:restore', { name: '../../etc/passwd' })).toMatchObject({ ok: false });
  });

  it('link:openExternal opens https links only; app:openDataFolder opens the data folder', async () => {
    expect(await call('link:openExternal', { url: 'https://example.org/' })).toEqual({ ok: true, value: null });
    expect(await call('link:openExternal', { url: 'file:///etc/passwd' })).toMatchObject({
      ok: false,
      error: { path: 'url' },
    });
    value(await call('app:openDataFolder', {}));
    expect(deps.openFolder).toHaveBeenCalledWith(dir);
  });
});

describe('spreadsheet and whole-data interchange, end to end', () => {
  const MESSY_CSV = [
    '\uFEFFSkills matrix;exported 2026-11-02',
    '',
    'Full name;Job title;Role;Squad;Data Pipelines (ETL);SPARK;data storytelling',
    'Ada Quinn;Analyst;Data scientist;Checkout;3;Expert;"Working"',
    'Aiko Tanaka;;Data scientist;Supply chain;2;1;4',
    ';;;;;;',
    'Total;;;;5;5;',
  ].join('\r\n');

  async function readMatrixFile(name: string, content: string | Uint8Array) {
    openFrom = join(dir, name);
    await writeFile(openFrom, content);
    return value(await call('matrix:read', {})) as { token: string; workbook: RawWorkbook };
  }

  it('matrix:read is null when the dialog is cancelled, and refuses an unreadable file naming it', async () => {
    expect(await call('matrix:read', {})).toEqual({ ok: true, value: null });
    openFrom = join(dir, 'broken.xlsx');
    await writeFile(openFrom, 'this is not a workbook');
    const refused = await call('matrix:read', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(JSON.stringify(refused)).toContain('broken.xlsx');
  });

  it('team:import merges by name, all or nothing, and the backup it names undoes it', async () => {
    const before = await readFile(store.dataFile);
    const { token, workbook } = await readMatrixFile('skills.csv', MESSY_CSV);
    const sheet = workbook.sheets[0]!;
    const layout = detectLayout(sheet, store.data().framework);
    expect(layout.headerRow).toBe(2);
    const done = value(await call('team:import', { token, layout, mode: 'merge' })) as ImportDone;
    // Aiko Tanaka is in the sample team: updated, keeping her id and time allocation.
    expect({ added: done.added, updated: done.updated }).toEqual({ added: 1, updated: 1 });
    const stored = await onDisk();
    expect(stored.members).toHaveLength(9);
    const aiko = stored.members.find((m) => m.name === 'Aiko Tanaka')!;
    const sampleAiko = sampleTeam().members.find((m) => m.name === 'Aiko Tanaka')!;
    expect(aiko.id).toBe(sampleAiko.id);
    expect(aiko.allocation).toEqual(sampleAiko.allocation);
    expect(aiko.levels).toMatchObject({ 'data-pipelines': 2, 'big-data-technologies': 1, 'data-storytelling': 4 });
    expect(stored.members.find((m) => m.name === 'Ada Quinn')).toMatchObject({
      title: 'Analyst',
      productTeam: 'Checkout',
      levels: { 'data-pipelines': 3, 'big-data-technologies': 4, 'data-storytelling': 2 },
    });
    // A token is used once.
    expect(await call('team:import', { token, layout, mode: 'merge' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    value(await call('backup:restore', { name: done.undoBackup }));
    expect(await onDisk()).toEqual(AppData.parse(JSON.parse(before.toString('utf8'))));
  });

  it('team:import refuses a mapping that leaves a row in error, and changes nothing', async () => {
    const { token, workbook } = await readMatrixFile('bad.csv', MESSY_CSV.replace('Expert', 'Guru'));
    const layout = detectLayout(workbook.sheets[0]!, store.data().framework);
    const before = await readFile(store.dataFile);
    const refused = await call('team:import', { token, layout, mode: 'replace' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request', path: 'layout' } });
    expect((refused as { error: { message: string } }).error.message).toMatch(
      /^bad\.csv: 1 row cannot be imported, so nothing was; row 4, column "SPARK": /,
    );
    expect(Buffer.compare(await readFile(store.dataFile), before)).toBe(0);
    // Mapped by the user, the same file imports.
    const mapped = withLevelLabel(layout, 'Guru', 4);
    const done = value(await call('team:import', { token, layout: mapped, mode: 'replace' })) as ImportDone;
    expect(done.data.members.map((m) => m.name)).toEqual(['Ada Quinn', 'Aiko Tanaka']);
    expect(done.data.scenarios.every((s) => s.departures.length === 0 && s.roleMoves.length === 0)).toBe(true);
  });

  it('team:export writes the matrix as Excel and CSV, which read back as the same team', async () => {
    for (const format of ['xlsx', 'csv'] as const) {
      saveAs = join(dir, `team.${format}`);
      expect(value(await call('team:export', { format }))).toEqual({ file: saveAs });
      const bytes = new Uint8Array(await readFile(saveAs));
      const workbook = format === 'xlsx' ? await readXlsx(bytes, 'team.xlsx') : readCsv(bytes, 'team.csv');
      const sheet = workbook.sheets[0]!;
      const framework = store.data().framework;
      const preview = buildPreview(sheet, detectLayout(sheet, framework), framework, {
        existing: [],
        fileName: `team.${format}`,
      });
      expect(preview.errors).toEqual([]);
      const strip = (m: Member) => ({
        name: m.name,
        role: m.role,
        productTeam: m.productTeam,
        fte: m.fte,
        levels: m.levels,
      });
      expect(preview.members.map(strip)).toEqual(store.data().members.map(strip));
    }
  });

  it('team:template saves the blank matrix of the stored framework, also with no one in the team; null when cancelled', async () => {
    expect(value(await call('team:template', {}))).toBeNull();
    value(await call('team:clearSample', {}));
    saveAs = join(dir, 'blank.xlsx');
    expect(value(await call('team:template', {}))).toEqual({ file: saveAs });
    const workbook = await readXlsx(new Uint8Array(await readFile(saveAs)), 'blank.xlsx');
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Team', 'Instructions']);
    expect(workbook.sheets[0]!.rows).toEqual([matrixColumns(store.data().framework).header]);
  });

  it('plan:export writes an Excel workbook', async () => {
    saveAs = join(dir, 'plan.xlsx');
    value(await call('plan:export', { format: 'xlsx' }));
    const workbook = await readXlsx(new Uint8Array(await readFile(saveAs)), 'plan.xlsx');
    expect(workbook.sheets.map((s) => s.name)).toContain('Hires');
  });

  it('data:exportAll and data:importAll round-trip everything; merge adds people and scenarios', async () => {
    saveAs = join(dir, 'all.json');
    value(await call('data:exportAll', {}));
    const exported = store.data();
    value(await call('team:clearSample', {}));
    openFrom = saveAs;
    const replaced = value(await call('data:importAll', { mode: 'replace' })) as ImportDone;
    expect(replaced.data).toEqual(exported);

    value(await call('team:clearSample', {}));
    const merged = value(await call('data:importAll', { mode: 'merge' })) as ImportDone;
    expect(merged.data.members.map((m) => m.name).sort()).toEqual(exported.members.map((m) => m.name).sort());
    expect(merged.data.scenarios.map((s) => s.name).sort()).toEqual(exported.scenarios.map((s) => s.name).sort());
    // Merging the same file again changes nobody's id and adds no one.
    const again = value(await call('data:importAll', { mode: 'merge' })) as ImportDone;
    expect(again.added).toBe(0);
    expect(again.data.members.map((m) => m.id)).toEqual(merged.data.members.map((m) => m.id));
  });

  it('data:importAll refuses a broken or newer file, naming it, and keeps the data', async () => {
    const before = await readFile(store.dataFile);
    openFrom = join(dir, 'broken.json');
    await writeFile(openFrom, '{"kind": "gapwise-data", "schemaVersion": 1, "members": [');
    const broken = await call('data:importAll', { mode: 'replace' });
    expect(broken).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect((broken as { error: { message: string } }).error.message).toMatch(/^broken\.json: /);
    await writeFile(openFrom, JSON.stringify({ ...store.data(), schemaVersion: 99 }));
    expect(await call('data:importAll', { mode: 'merge' })).toMatchObject({ ok: false });
    expect(Buffer.compare(await readFile(store.dataFile), before)).toBe(0);
  });
});
