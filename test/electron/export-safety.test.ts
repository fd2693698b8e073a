import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMainIpc, type MainIpc } from '@main/ipc/main-ipc';
import { openStore, type AppStore } from '@main/store';
import { initialData, type AppData } from '@shared/data';
import type { Member, Scenario } from '@shared/domain';
import type { Channel } from '@shared/ipc';
import { neutraliseCell } from '@shared/encode/spreadsheet-text';
import { builtinFramework, sampleTeam } from '../support/fixtures';
import { testHandlerDeps } from './ipc/test-deps';

/*
 * Every file the app exports, made through the real handlers: it holds the organisation the
 * store holds now and nothing of one it held before (nor of a deleted scenario), and no
 * text cell a spreadsheet would run as a formula, however hostile the names typed in.
 */

const APP = 'app://gapwise/index.html';
/**
 * Text a spreadsheet would evaluate. (Names are one line, so multi-line cells are covered by
 * the encoder's own tests.)
 */
const HOSTILE = ['=HYPERLINK("https://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', "-cmd|' /C calc'!A0"];

/** An organisation whose every name carries `tag`, so its traces can be found in any file. */
function organisation(tag: string): AppData {
  const base = initialData(sampleTeam(), builtinFramework());
  const members = base.members.map((m, i): Member => ({
    ...m,
    id: `${tag.toLowerCase()}-${i}`,
    name: i < HOSTILE.length ? `${HOSTILE[i]} ${tag}` : `${tag} person ${i}`,
    title: `${tag} title`,
    notes: `${tag} notes`,
    productTeam: i % 2 ? `${tag} squad` : `=${tag}!A1`,
  }));
  const scenario = (name: string): Scenario => ({
    id: `${tag.toLowerCase()}-${name}`,
    name: `${tag} ${name}`,
    plannedHires: [{ id: `${tag.toLowerCase()}-hire-${name}`, role: 'data-engineer', name: `${tag} hire ${name}` }],
    roleMoves: [],
    departures: [members[0]!.id],
  });
  return {
    ...base,
    sample: false,
    organisation: { ...base.organisation, name: `@${tag} Org`, productTeams: [`${tag} squad`, `=${tag}!A1`] },
    members,
    scenarios: [scenario('keep'), scenario('dropped')],
  };
}

let dir: string;
let store: AppStore;
let main: MainIpc;
let saveAs: string;
let openFrom: string | null;
let printed: string[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gapwise-export-safety-'));
  ({ store } = await openStore({ dir, initial: () => organisation('ALPHA') }));
  openFrom = null;
  printed = [];
  const deps = testHandlerDeps(store, { open: () => openFrom, save: () => saveAs });
  const print = deps.printToPdf;
  deps.printToPdf = async (html) => {
    printed.push(html);
    return print(html);
  };
  main = createMainIpc(deps, { isTrustedSender: (url) => url === APP, logError: (c, e) => expect.fail(`${c}: ${e}`) });
});

afterEach(async () => {
  await store.flush();
  await rm(dir, { recursive: true, force: true });
});

const call = async (channel: Channel, request: unknown) => {
  const result = await main.dispatch(channel, { senderFrame: { url: APP } }, [request]);
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  return result;
};

/** Every text cell of an exported spreadsheet, as its reader sees it. */
async function cellsOf(file: string): Promise<string[]> {
  if (file.endsWith('.csv')) {
    const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
    return Papa.parse<string[]>(text.trimEnd(), { newline: '\r\n' }).data.flat();
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const cells: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') cells.push(cell.value);
        else if (cell.formula !== undefined) cells.push(`=${cell.formula}`);
      }),
    ),
  );
  return cells;
}

/** Every export the app makes, as text to search (spreadsheets by their cells). */
async function exportEverything(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const exports: [string, Channel, unknown][] = [
    ['plan.md', 'plan:export', { format: 'md' }],
    ['plan.csv', 'plan:export', { format: 'csv' }],
    ['plan.json', 'plan:export', { format: 'json' }],
    ['plan.xlsx', 'plan:export', { format: 'xlsx' }],
    ['plan.pdf', 'plan:export', { format: 'pdf' }],
    ['team.csv', 'team:export', { format: 'csv' }],
    ['team.xlsx', 'team:export', { format: 'xlsx' }],
    ['data.json', 'data:exportAll', {}],
  ];
  for (const [name, channel, request] of exports) {
    saveAs = join(dir, name);
    await call(channel, request);
    files[name] = /\.(csv|xlsx)$/.test(name) ? (await cellsOf(saveAs)).join('\n') : await readFile(saveAs, 'utf8');
  }
  // The PDF's text is the HTML the printer was given.
  files['plan.pdf'] = printed.at(-1)!;
  return files;
}

describe('exported files', () => {
  it('hold the current organisation only: nothing of the one replaced, nor of a deleted scenario', async () => {
    for (const [name, text] of Object.entries(await exportEverything())) {
      expect(text, name).toContain('ALPHA');
      expect(text, name).not.toContain('BRAVO');
    }
    // The whole data is replaced by another organisation's, as File → Replace from a file does.
    openFrom = join(dir, 'bravo.json');
    await writeFile(openFrom, JSON.stringify(organisation('BRAVO')));
    await call('data:importAll', { mode: 'replace' });
    await call('scenario:delete', { scenarioId: 'bravo-dropped' });
    for (const [name, text] of Object.entries(await exportEverything())) {
      expect(text, name).toContain('BRAVO');
      expect(text, name).not.toContain('ALPHA');
      expect(text, name).not.toContain('BRAVO dropped');
    }
  });

  it('neutralise every text cell a spreadsheet would run as a formula', async () => {
    const files = ['plan.csv', 'plan.xlsx', 'team.csv', 'team.xlsx'];
    for (const name of files) {
      saveAs = join(dir, name);
      const [kind, format] = name.split('.') as ['plan' | 'team', 'csv' | 'xlsx'];
      await call(kind === 'plan' ? 'plan:export' : 'team:export', { format });
      const cells = await cellsOf(saveAs);
      // Hostile text is there, neutralised: none is left as a formula.
      expect(cells.filter((cell) => cell.startsWith("'")).length, name).toBeGreaterThan(0);
      if (kind === 'team') expect(cells).toContain(`'${HOSTILE[4]} ALPHA`);
      for (const cell of cells) {
        if (/^[+-]?\d+(\.\d+)?$/.test(cell)) continue; // a number written as text in CSV
        expect(neutraliseCell(cell) === cell || cell.startsWith("'"), `${name}: ${JSON.stringify(cell)}`).toBe(true);
        expect(cell, name).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
  });
});
