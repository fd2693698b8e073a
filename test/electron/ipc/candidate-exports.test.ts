import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '@main/ipc/dispatcher';
import type { HandlerDeps } from '@main/ipc/handlers';
import type { AppStore } from '@main/store';
import { readXlsx } from '@shared/interchange/read-xlsx';
import { closeAppOnTempStore, openAppOnTempStore, APP_URL } from '../../support/app-on-temp-store';

/*
 * Candidates are the manager's internal notes on people who are not on the team: no export
 * names them, except "Save all data", the manager's own full copy. Each export path is run
 * with a candidate on file, and its bytes (or, for PDF, the page printed) searched for the name.
 */

const NAME = 'Quillon Verhoeven';
const fromApp = { senderFrame: { url: APP_URL } };
let dir: string;
let store: AppStore;
let deps: HandlerDeps;
let dispatch: Dispatch;
let saveAs: string | null;
let folder: string | null;

beforeEach(async () => {
  saveAs = null;
  folder = null;
  ({ dir, store, deps, dispatch } = await openAppOnTempStore('gapwise-candidate-exports-', {
    open: () => folder,
    save: () => saveAs,
  }));
  const result = await dispatch('candidate:add', fromApp, [
    {
      candidate: {
        id: 'quillon',
        name: NAME,
        role: 'data-engineer',
        productTeam: 'Checkout',
        levels: { 'data-pipelines': 4 },
        notes: `${NAME} interviewed well`,
      },
    },
  ]);
  expect(result).toMatchObject({ ok: true });
});
afterEach(() => closeAppOnTempStore({ dir, store }));

/** The text of a written file: a workbook's cells, or the file as UTF-8. */
async function textOf(file: string): Promise<string> {
  const bytes = new Uint8Array(await readFile(file));
  if (!file.endsWith('.xlsx')) return new TextDecoder().decode(bytes);
  const workbook = await readXlsx(bytes, 'export.xlsx');
  return workbook.sheets.flatMap((s) => s.rows.flat().map((cell) => String(cell ?? ''))).join('\n');
}

/** Everything printed to PDF so far. */
const printed = () =>
  vi
    .mocked(deps.printToPdf)
    .mock.calls.map(([html]) => html)
    .join('\n');

async function exported(channel: Parameters<Dispatch>[0], request: object, extension: string): Promise<string> {
  saveAs = join(dir, `${channel.replace(':', '-')}-${Object.values(request).join('-')}.${extension}`);
  const result = await dispatch(channel, fromApp, [request]);
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true, value: { file: saveAs } });
  return extension === 'pdf' ? printed() : textOf(saveAs);
}

describe('exports leave candidates out', () => {
  it('the hiring plan in every format', async () => {
    for (const format of ['md', 'csv', 'json', 'xlsx', 'pdf'] as const) {
      expect(await exported('plan:export', { format }, format)).not.toContain(NAME);
    }
  });

  it('the summary, the job briefs and the internal detail, as Markdown and PDF', async () => {
    for (const kind of ['summary', 'brief', 'detail'] as const) {
      for (const format of ['md', 'pdf'] as const) {
        expect(await exported('plan:export', { format, kind }, format)).not.toContain(NAME);
      }
    }
  });

  it('the team matrix as CSV and Excel', async () => {
    for (const format of ['csv', 'xlsx'] as const) {
      const text = await exported('team:export', { format }, format);
      expect(text).toContain(store.data().members[0]!.name);
      expect(text).not.toContain(NAME);
    }
  });

  it('the trends and the comparison of rounds', async () => {
    for (const format of ['md', 'csv', 'json', 'xlsx'] as const) {
      expect(await exported('rounds:exportTrends', { format }, format)).not.toContain(NAME);
      expect(await exported('rounds:exportComparison', { from: 'today', to: 'today', format }, format)).not.toContain(
        NAME,
      );
    }
  });

  it('the self-assessment forms', async () => {
    folder = join(dir, 'forms');
    await mkdir(folder);
    expect(await dispatch('forms:export', fromApp, [{ perTeam: false }])).toMatchObject({ ok: true });
    const files = await readdir(folder);
    expect(files.length).toBe(store.data().members.length);
    expect(files.join('\n')).not.toContain('Quillon');
    for (const file of files) expect(await textOf(join(folder, file))).not.toContain(NAME);
  });

  it('but "Save all data", the manager\'s own copy, keeps them', async () => {
    const text = await exported('data:exportAll', {}, 'json');
    expect(text).toContain(NAME);
    expect((JSON.parse(text) as { candidates: { id: string }[] }).candidates.map((c) => c.id)).toEqual(['quillon']);
  });
});
