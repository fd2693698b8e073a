import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '@main/ipc/dispatcher';
import type { HandlerDeps } from '@main/ipc/handlers';
import type { AppStore } from '@main/store';
import { reportOf } from '@main/ipc/plan-export';
import { NINE_PRODUCT_TEAMS, nineMembers, nineOrganisation } from '../../support/nine-person-team';
import { closeAppOnTempStore, openAppOnTempStore, APP_URL } from '../../support/app-on-temp-store';

// plan:export of the documents a manager forwards: the summary, the job briefs (one file or
// one per hire into a folder) and the internal detail, as Markdown or PDF.

let dir: string;
let store: AppStore;
let dispatch: Dispatch;
let deps: HandlerDeps;
let saveAs: string | null;
let folder: string | null;

beforeEach(async () => {
  saveAs = null;
  folder = null;
  ({ dir, store, deps, dispatch } = await openAppOnTempStore('gapwise-documents-', {
    open: () => folder,
    save: () => saveAs,
  }));
});
afterEach(() => closeAppOnTempStore({ dir, store }));

const call = (request: unknown) => dispatch('plan:export', { senderFrame: { url: APP_URL } }, [request]);

describe('plan:export of a document', () => {
  it('writes each kind as Markdown, dated by main, the summary and briefs naming nobody', async () => {
    const names = store.data().members.map((m) => m.name);
    for (const kind of ['summary', 'brief', 'detail'] as const) {
      saveAs = join(dir, `${kind}.md`);
      expect(await call({ format: 'md', kind })).toEqual({ ok: true, value: { file: saveAs } });
      const text = await readFile(saveAs, 'utf8');
      // The test clock (test-deps) is 2026-12-01 09:30 UTC.
      expect(text).toContain('2026-12-01');
      expect(text).toContain('Northwind Retail');
      const named = names.filter((name) => text.includes(name));
      if (kind === 'detail') expect(named.length).toBeGreaterThan(0);
      else expect(named).toEqual([]);
    }
    expect(deps.chooseFileToSave).toHaveBeenCalledWith(
      expect.objectContaining({ defaultName: 'gapwise-summary-northwind-retail.md' }),
    );
  });

  it("writes the nine-person mixed team's documents: its product teams and roles, nobody named outside the detail", async () => {
    const framework = store.data().framework;
    await store.update((data) => ({
      ...data,
      sample: false,
      organisation: nineOrganisation(),
      members: nineMembers(framework),
      scenarios: [],
    }));
    const names = store.data().members.map((m) => m.name);
    const text: Record<string, string> = {};
    for (const kind of ['summary', 'brief', 'detail'] as const) {
      saveAs = join(dir, `nine-${kind}.md`);
      expect(await call({ format: 'md', kind })).toMatchObject({ ok: true });
      text[kind] = await readFile(saveAs, 'utf8');
    }
    for (const team of NINE_PRODUCT_TEAMS) expect(text['summary']).toContain(team);
    const hires = reportOf(store.data()).analysis.plan.hires;
    for (const hire of hires) expect(text['brief']).toContain(hire.roleName);
    expect(names.filter((name) => text['summary']!.includes(name) || text['brief']!.includes(name))).toEqual([]);
    expect(names.every((name) => text['detail']!.includes(name))).toBe(true);
  });

  it('prints a kind as PDF through the app printer, from the document HTML', async () => {
    saveAs = join(dir, 'summary.pdf');
    expect(await call({ format: 'pdf', kind: 'summary' })).toEqual({ ok: true, value: { file: saveAs } });
    expect((await readFile(saveAs, 'utf8')).startsWith('%PDF')).toBe(true);
    expect(deps.printToPdf).toHaveBeenLastCalledWith(expect.stringContaining('<svg'));
  });

  it('writes one job brief per hire into the chosen folder, and nothing when cancelled', async () => {
    folder = dir;
    const answer = await call({ format: 'md', kind: 'brief', eachHire: true });
    const files = (answer as { ok: true; value: { file: string; files: string[] } }).value.files;
    expect(files.length).toBeGreaterThan(1);
    expect(files[0]).toMatch(/^gapwise-job-briefs-1-[a-z-]+\.md$/);
    expect((await readdir(dir)).filter((f) => f.startsWith('gapwise-job-briefs-'))).toEqual([...files].sort());
    folder = null;
    expect(await call({ format: 'md', kind: 'brief', eachHire: true })).toEqual({ ok: true, value: null });
  });

  it('refuses a kind on the full report and one file per hire for anything but briefs, naming the field', async () => {
    expect(await call({ format: 'csv', kind: 'summary' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', path: 'kind' },
    });
    expect(await call({ format: 'pdf', kind: 'summary', eachHire: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', path: 'eachHire' },
    });
    expect(deps.chooseFileToSave).not.toHaveBeenCalled();
  });
});
