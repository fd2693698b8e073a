import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMainIpc, type MainIpc } from '@main/ipc/main-ipc';
import { openStore, type AppStore } from '@main/store';
import { AppData, initialData } from '@shared/data';
import { detectLayout } from '@shared/interchange/layout';
import type { SheetLayout } from '@shared/interchange/types';
import type { ImportDone, IpcResult, MatrixRead } from '@shared/ipc';
import { builtinFramework, sampleTeam } from '../../support/fixtures';
import { describeArgs, editAt, layoutEdits, POLLUTION_MARK, seedOf, withPrototypeKey, type Path } from './fuzz-cases';
import { testHandlerDeps } from './test-deps';

/*
 * The import mapping of issue 16 (notes, assessed-on, several skills per column, time
 * allocation, role values, a default role, rows left out or kept) sent over team:import
 * for a sheet main really read. Each layout is refused with an error that names the place
 * (the field path, or the file, row and column), or imported as it says; a refusal leaves
 * the data file byte for byte as it was.
 */

const fromApp = { senderFrame: { url: 'app://gapwise/index.html' } };
const FILE = 'team.csv';
/** Two title rows and a blank row above the header, a job title only, word levels, a totals row. */
const CSV = [
  'Data team skills,,,,,,,,,',
  'Exported 2026-02-01,,,,,,,,,',
  ',,,,,,,,,',
  'Name,Job Title,Squad,FTE,Notes,Assessed on,Data pipelines (ETL) %,Machine learning,Spark,SQL',
  'Ana Lima,Senior Data Scientist,Checkout,0.8,"Leads the churn model\nmentor",2026-01-05,20,Expert,1,3',
  'Wei Zhang,ML Engineer,Search,1,,2026-02-01,0,4,2,Practitioner',
  'Olu Ade,BI Developer,Search,100%,,,,Awareness,,2',
  'Team average,,,,,,6.7,3.3,1.5,2.5',
].join('\r\n');
/** Rows as the spreadsheet numbers them. */
const ROW = { header: 4, ana: 5, wei: 6, olu: 7, average: 8 } as const;

let dir: string;
let store: AppStore;
let main: MainIpc;
const logged: string[] = [];
let read: MatrixRead;
/** The layout the dialog would send for this sheet, as detected. */
let detected: SheetLayout;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gapwise-layout-fuzz-'));
  ({ store } = await openStore({ dir, initial: () => initialData(sampleTeam(), builtinFramework()) }));
  const openFrom = join(dir, FILE);
  await writeFile(openFrom, CSV);
  main = createMainIpc(testHandlerDeps(store, { open: () => openFrom, save: () => null }), {
    isTrustedSender: () => true,
    logError: (channel, error) => logged.push(`${channel}: ${String(error)}`),
  });
  await readSheet();
  detected = detectLayout(read.workbook.sheets[0]!, store.data().framework, { fileName: FILE });
});
afterAll(async () => {
  await store.flush();
  await rm(dir, { recursive: true, force: true });
});

/** Reads the sheet again: a successful import closes it. */
async function readSheet(): Promise<void> {
  const result = await main.dispatch('matrix:read', fromApp, [{}]);
  if (!result.ok || result.value === null) throw new Error(`matrix:read failed: ${JSON.stringify(result)}`);
  read = result.value;
}

const column = (header: string): number => {
  const index = detected.columns.findIndex((c) => c.header === header);
  if (index < 0) throw new Error(`no column ${header}`);
  return index;
};

type Outcome =
  | { refused: true; code: string; message: string; path: string }
  | { refused: false; done: ImportDone; stored: AppData };

/**
 * Sends the layout; on a refusal checks nothing stored changed, on an import keeps what
 * was stored and puts the data back as it was (Undo), ready for the next case.
 */
async function send(layout: unknown, mode: 'replace' | 'merge' = 'merge'): Promise<Outcome> {
  const fileBefore = await readFile(store.dataFile);
  const dataBefore = store.data();
  const loggedBefore = logged.length;
  const result: IpcResult<ImportDone> = await main.dispatch('team:import', fromApp, [
    { token: read.token, layout, mode },
  ]);
  expect(logged.slice(loggedBefore), describeArgs([layout])).toEqual([]);
  if (!result.ok) {
    await store.flush();
    expect(store.data(), `refused but the data changed: ${result.error.message}`).toBe(dataBefore);
    expect(Buffer.compare(await readFile(store.dataFile), fileBefore), result.error.message).toBe(0);
    return { refused: true, ...result.error };
  }
  const stored = store.data();
  const undone = await main.dispatch('backup:restore', fromApp, [{ name: result.value.undoBackup }]);
  expect(undone).toMatchObject({ ok: true });
  expect(store.data()).toEqual(dataBefore);
  await readSheet();
  return { refused: false, done: result.value, stored };
}

const edited = (path: Path, value: unknown): unknown => editAt(detected, path, () => value);
const target = (header: string, value: unknown): unknown => edited(['columns', column(header), 'target'], value);

/** A refusal by the request's schema: its path is the field, under `layout`. */
async function expectSchemaRefusal(layout: unknown, path: string | RegExp): Promise<string> {
  const outcome = await send(layout);
  expect(outcome, describeArgs([layout])).toMatchObject({ refused: true, code: 'invalid-request' });
  const { path: at, message } = outcome as { path: string; message: string };
  if (typeof path === 'string') expect(at).toBe(path);
  else expect(at).toMatch(path);
  expect(message).not.toBe('');
  return message;
}

/** A refusal by the handler, for what the rows say: the file, then the row and column. */
async function expectRowRefusal(layout: unknown, message: RegExp): Promise<void> {
  const outcome = await send(layout);
  expect(outcome, describeArgs([layout])).toMatchObject({ refused: true, code: 'invalid-request' });
  expect((outcome as { message: string }).message).toMatch(new RegExp(`^${FILE}: `));
  expect((outcome as { message: string }).message).toMatch(message);
}

async function expectImported(layout: unknown, mode: 'replace' | 'merge' = 'merge'): Promise<AppData> {
  const outcome = await send(layout, mode);
  if (outcome.refused) throw new Error(`refused: ${outcome.path}: ${outcome.message}`);
  return outcome.stored;
}

const person = (data: AppData, name: string) => data.members.find((m) => m.name === name);

describe('the detected layout of a manager’s sheet', () => {
  it('imports as it is: job titles, notes, dates, allocation, several skills per column; the totals row left out', async () => {
    expect(detected.headerRow).toBe(ROW.header - 1);
    expect(detected.columns[column('Machine learning')]!.target).toMatchObject({ kind: 'skill' });
    const stored = await expectImported(detected, 'replace');
    expect(stored.members.map((m) => m.name)).toEqual(['Ana Lima', 'Wei Zhang', 'Olu Ade']);
    expect(person(stored, 'Ana Lima')).toMatchObject({
      role: 'data-scientist',
      fte: 0.8,
      notes: 'Leads the churn model\nmentor',
      assessedOn: '2026-01-05',
    });
    expect(person(stored, 'Wei Zhang')!.role).toBe('ml-engineer');
    expect(person(stored, 'Olu Ade')!.role).toBe('data-analyst');
  });
});

describe('column targets', () => {
  it('an empty list of skills, or 10,000 of them, is refused at the list', async () => {
    const at = `layout.columns[${column('Spark')}].target.skillIds`;
    await expectSchemaRefusal(target('Spark', { kind: 'skill', skillIds: [] }), at);
    const many = Array.from({ length: 10_000 }, (_, i) => `skill-${i}`);
    await expectSchemaRefusal(target('Spark', { kind: 'skill', skillIds: many }), at);
    // 10,000 copies of a real skill are as many.
    await expectSchemaRefusal(target('Spark', { kind: 'skill', skillIds: many.map(() => 'python') }), at);
  });

  it('wrong types and unknown kinds are refused at the target', async () => {
    const at = new RegExp(`^layout\\.columns\\[${column('Notes')}\\]\\.target`);
    for (const bad of [
      null,
      'notes',
      ['notes'],
      { kind: 'Notes' },
      { kind: 'skills', skillIds: ['python'] },
      { kind: '__proto__' },
      { kind: 7 },
      {},
      { kind: 'notes', skillIds: ['python'] },
      { kind: 'skill', skillIds: 'python' },
      { kind: 'skill', skillIds: [7] },
      { kind: 'skill', skillIds: ['Python'] },
      { kind: 'skill', skillIds: ['python'], responsibilityId: 'data-pipelines' },
      { kind: 'allocation' },
      { kind: 'allocation', responsibilityId: ['data-pipelines'] },
      { kind: 'allocation', responsibilityId: 'Data pipelines' },
      { kind: 'assessedOn', format: 'dd/mm/yyyy' },
    ]) {
      await expectSchemaRefusal(target('Notes', bad), at);
    }
  });

  it('an unknown skill in a column with levels is refused naming the row and column', async () => {
    await expectRowRefusal(
      target('Spark', { kind: 'skill', skillIds: ['big-data-technologies', 'quantum-etl'] }),
      /row 5, column "Spark": the column is mapped to skill "quantum-etl", which the framework does not have/,
    );
  });

  it('an unknown responsibility, or a skill given time, is refused naming the row and column', async () => {
    const header = 'Data pipelines (ETL) %';
    await expectRowRefusal(
      target(header, { kind: 'allocation', responsibilityId: 'quantum-etl' }),
      /row 5, column "Data pipelines \(ETL\) %": the column is mapped to responsibility "quantum-etl"/,
    );
    await expectRowRefusal(
      target(header, { kind: 'allocation', responsibilityId: 'python' }),
      /row 5, column "Data pipelines \(ETL\) %": "Python" is a skill, not a responsibility/,
    );
  });

  it('one column rates several skills; a responsibility may be rated as a skill', async () => {
    const stored = await expectImported(
      target('Machine learning', { kind: 'skill', skillIds: ['ml-algorithms', 'ml-model-development', 'python'] }),
    );
    // "Expert", 4 and "Awareness" on the scale None, Awareness, Working, Practitioner, Expert.
    expect(person(stored, 'Ana Lima')!.levels).toMatchObject({
      'ml-algorithms': 4,
      'ml-model-development': 4,
      python: 4,
    });
    expect(person(stored, 'Olu Ade')!.levels).toMatchObject({ 'ml-algorithms': 1, 'ml-model-development': 1 });
  });

  it('dates and FTE read from the wrong column are refused naming the row and column', async () => {
    const datesFromLevels = editAt(
      target('Assessed on', { kind: 'ignore' }),
      ['columns', column('Machine learning'), 'target'],
      () => ({
        kind: 'assessedOn',
      }),
    );
    await expectRowRefusal(datesFromLevels, /row 5, column "Machine learning": /);
    const fteFromNotes = editAt(target('FTE', { kind: 'ignore' }), ['columns', column('Notes'), 'target'], () => ({
      kind: 'fte',
    }));
    await expectRowRefusal(fteFromNotes, /row 5, column "Notes": /);
  });

  it('a field or a responsibility’s time given to two columns is refused at the second', async () => {
    await expectSchemaRefusal(target('Squad', { kind: 'notes' }), `layout.columns[${column('Notes')}].target`);
    await expectSchemaRefusal(
      target('FTE', { kind: 'allocation', responsibilityId: 'data-pipelines' }),
      `layout.columns[${column('Data pipelines (ETL) %')}].target`,
    );
    // Several columns may rate one skill.
    await expectImported(target('SQL', { kind: 'skill', skillIds: ['big-data-technologies'] }));
  });

  it('two mappings of one column are refused at the second', async () => {
    const columns = [...detected.columns, { ...detected.columns[column('Notes')]!, target: { kind: 'ignore' } }];
    await expectSchemaRefusal({ ...detected, columns }, `layout.columns[${columns.length - 1}].index`);
  });
});

describe('role values and the default role', () => {
  it('a value mapped to a role no framework has is refused naming the row and column', async () => {
    await expectRowRefusal(
      edited(['roleValues'], { ...detected.roleValues, 'ml engineer': 'astronaut' }),
      /row 6, column "Job Title": "ML Engineer" is mapped to role "astronaut", which the framework does not have/,
    );
  });

  it('values mapped to "other", to a role, or to none (the default role) are stored so', async () => {
    const stored = await expectImported({
      ...detected,
      roleValues: { ...detected.roleValues, 'ml engineer': 'other', 'bi developer': null },
      defaultRole: 'data-engineer',
    });
    expect(person(stored, 'Wei Zhang')!.role).toBe('other');
    expect(person(stored, 'Olu Ade')!.role).toBe('data-engineer');
  });

  it('a default role that is no role is refused when a row needs it', async () => {
    await expectRowRefusal(
      { ...detected, roleValues: { ...detected.roleValues, 'bi developer': null }, defaultRole: 'astronaut' },
      /row 7, column "Job Title": the default role "astronaut" is not a role of the framework/,
    );
  });

  it('wrong types in role values and the default role are refused at the value', async () => {
    for (const [bad, path] of [
      [{ roleValues: { 'ml engineer': 'ML Engineer' } }, 'layout.roleValues["ml engineer"]'],
      [{ roleValues: { 'ml engineer': 7 } }, 'layout.roleValues["ml engineer"]'],
      [{ roleValues: { 'ml engineer': ['ml-engineer'] } }, 'layout.roleValues["ml engineer"]'],
      [{ roleValues: ['ml-engineer'] }, 'layout.roleValues'],
      [{ roleValues: { ['x'.repeat(201)]: null } }, /^layout\.roleValues/],
      [{ defaultRole: 'Data Scientist' }, 'layout.defaultRole'],
      [{ defaultRole: '' }, 'layout.defaultRole'],
      [{ defaultRole: null }, 'layout.defaultRole'],
      [{ defaultRole: ['data-scientist'] }, 'layout.defaultRole'],
    ] as const) {
      await expectSchemaRefusal({ ...detected, ...bad }, path);
    }
  });

  it('prototype keys in role values and level labels are refused at the key and pollute nothing', async () => {
    for (const field of ['roleValues', 'levelLabels'] as const) {
      for (const key of ['__proto__', 'constructor', 'prototype']) {
        const layout = edited([field], withPrototypeKey(detected[field], key));
        const message = await expectSchemaRefusal(layout, `layout.${field}.${key}`);
        expect(message).toMatch(key);
      }
    }
    expect(POLLUTION_MARK in ({} as object)).toBe(false);
  });
});

describe('a sheet whose values are prototype keys', () => {
  it('a job title "Constructor" is read with the default role, not the whole layout refused over its key', async () => {
    await writeFile(join(dir, FILE), 'Name,Job title,Python\r\nAda,Constructor,2\r\nBo,Data scientist,3\r\n');
    try {
      await readSheet();
      const layout = detectLayout(read.workbook.sheets[0]!, store.data().framework, { fileName: FILE });
      expect(layout.roleValues).toEqual({ 'data scientist': 'data-scientist' });
      await expectRowRefusal(layout, /row 2, column "Job title": title "Constructor" names no role of the framework/);
      const stored = await expectImported({ ...layout, defaultRole: 'data-engineer' });
      expect(person(stored, 'Ada')!.role).toBe('data-engineer');
    } finally {
      await writeFile(join(dir, FILE), CSV);
      await readSheet();
    }
  });
  it('a skill cell "Constructor" is a row error to fix in the file, not the whole layout refused over its key', async () => {
    await writeFile(join(dir, FILE), 'Name,Role,Python\r\nAda,Data scientist,Constructor\r\nBo,Data scientist,3\r\n');
    try {
      await readSheet();
      const layout = detectLayout(read.workbook.sheets[0]!, store.data().framework, { fileName: FILE });
      expect(Object.keys(layout.levelLabels)).not.toContain('constructor');
      await expectRowRefusal(layout, /row 2, column "Python": "Constructor" is not a level of the scale/);
    } finally {
      await writeFile(join(dir, FILE), CSV);
      await readSheet();
    }
  });
});

describe('rows left out and kept', () => {
  it('negative, zero, fractional, huge and non-number rows are refused at the entry', async () => {
    for (const field of ['skipRows', 'keepRows'] as const) {
      for (const bad of [-1, 0, 1.5, 1_048_577, 1e21, '5', null, true]) {
        await expectSchemaRefusal({ ...detected, [field]: [ROW.ana, bad] }, `layout.${field}[1]`);
      }
      await expectSchemaRefusal({ ...detected, [field]: ROW.ana }, `layout.${field}`);
      await expectSchemaRefusal({ ...detected, [field]: { 0: ROW.ana } }, `layout.${field}`);
    }
  });

  it('a row left out is not imported, given twice or not; rows beyond the sheet change nothing', async () => {
    const stored = await expectImported({ ...detected, skipRows: [ROW.wei, ROW.wei, 1, 1_048_576] }, 'replace');
    expect(stored.members.map((m) => m.name)).toEqual(['Ana Lima', 'Olu Ade']);
  });

  it('a row left out may hold anything; a row left out and kept is left out', async () => {
    const sheet = read.workbook.sheets[0]!;
    expect(sheet.rows[ROW.wei - 1]![0]).toBe('Wei Zhang');
    const datesFromFte = editAt(
      target('Assessed on', { kind: 'ignore' }),
      ['columns', column('FTE'), 'target'],
      () => ({
        kind: 'assessedOn',
      }),
    );
    await expectRowRefusal(datesFromFte, /row 5, column "FTE": /);
    const layout = { ...(datesFromFte as SheetLayout), skipRows: [ROW.ana, ROW.wei, ROW.olu] };
    await expectRowRefusal(layout, /the sheet has no one to import/);
    const stored = await expectImported({ ...detected, skipRows: [ROW.olu], keepRows: [ROW.olu] }, 'replace');
    expect(stored.members.map((m) => m.name)).not.toContain('Olu Ade');
  });

  it('the totals row kept is read as a person, and its averages refused as levels', async () => {
    await expectRowRefusal(
      { ...detected, keepRows: [ROW.average], defaultRole: 'data-scientist' },
      /^team\.csv: 1 row cannot be imported, so nothing was; row 8, column "Machine learning": 3\.3 is not a whole level$/,
    );
  });
});

describe('generated layouts', () => {
  const CASES = 400;
  it(`${CASES} layouts with the new fields edited: refused naming the place, or imported; never an internal error`, async () => {
    const counts = { schema: 0, rows: 0, imported: 0 };
    await fc.assert(
      fc.asyncProperty(layoutEdits(detected, read.workbook.sheets[0]!.rows.length), async (edits) => {
        const layout = edits.reduce<unknown>((value, [path, edit]) => editAt(value, path, edit), detected);
        const outcome = await send(layout);
        if (!outcome.refused) {
          counts.imported += 1;
          // What was stored is valid data.
          expect(AppData.safeParse(outcome.stored).success).toBe(true);
          return;
        }
        expect(outcome.code, outcome.message).toBe('invalid-request');
        if (outcome.message.startsWith(`${FILE}: `)) {
          counts.rows += 1;
          expect(outcome.message).toMatch(/; row \d+(, column "[^"]+")?: \S|: the sheet has no one to import$/);
        } else {
          counts.schema += 1;
          expect(outcome.path, outcome.message).toMatch(/^layout(\.|\[|$)/);
        }
      }),
      { numRuns: CASES, seed: seedOf('team:import layouts') },
    );
    console.log(
      `layout-fuzz: ${CASES} layouts; refused by the schema ${counts.schema}, by the rows ${counts.rows}, imported ${counts.imported}`,
    );
    for (const [outcome, count] of Object.entries(counts)) expect(count, outcome).toBeGreaterThan(CASES / 20);
    expect(logged).toEqual([]);
  }, 120_000);
});
