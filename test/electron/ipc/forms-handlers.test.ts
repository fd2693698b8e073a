import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch } from '@main/ipc/dispatcher';
import { createHandlers } from '@main/ipc/handlers';
import { mapStoreError } from '@main/ipc/store-errors';
import { openStore, type AppStore } from '@main/store';
import { initialData, type AppData } from '@shared/data';
import type { FormsImported, IpcError, SavedFile } from '@shared/ipc';
import { closeAppOnTempStore, APP_URL } from '../../support/app-on-temp-store';
import { builtinFramework, sampleTeam } from '../../support/fixtures';
import { editForm, fillIn, formSkillIds } from '../../shared/forms/form-data';
import { testHandlerDeps } from './test-deps';

/* Self-assessment forms through the handlers: written into a folder, filled in, read back many at once. */

const fromApp = { senderFrame: { url: APP_URL } };

let dir: string;
let store: AppStore;
let dispatch: Dispatch;
let folder: string | null;
let chosen: string[] | null;

beforeEach(async () => {
  folder = null;
  chosen = null;
  const { mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  dir = await mkdtemp(join(tmpdir(), 'gapwise-forms-'));
  ({ store } = await openStore({ dir, initial: () => initialData(sampleTeam(), builtinFramework()) }));
  const deps = testHandlerDeps(store, { open: () => folder, save: () => null, openMany: () => chosen });
  dispatch = createDispatcher({
    handlers: createHandlers(deps),
    isTrustedSender: (url) => url === APP_URL,
    mapError: mapStoreError,
  });
});

afterEach(() => closeAppOnTempStore({ dir, store }));

const call = async (channel: Parameters<Dispatch>[0], request: unknown) => dispatch(channel, fromApp, [request]);
const value = <T>(result: { ok: boolean; value?: unknown; error?: unknown }): T => {
  expect(result, JSON.stringify(result.error)).toMatchObject({ ok: true });
  return result.value as T;
};

async function exportForms(
  request: { memberIds?: string[]; perTeam: boolean },
  into = 'forms-out',
): Promise<SavedFile> {
  folder = join(dir, into);
  await mkdir(folder, { recursive: true });
  return value<SavedFile>(await call('forms:export', request));
}

describe('forms:export', () => {
  it('writes one form per chosen member into the folder', async () => {
    const [a, b] = store.data().members;
    const saved = await exportForms({ memberIds: [a!.id, b!.id], perTeam: false });
    expect(saved.files).toHaveLength(2);
    expect((await readdir(saved.file)).sort()).toEqual(saved.files!.map((f) => f.slice(saved.file.length + 1)).sort());
  });

  it('writes one form per product team', async () => {
    const teams = new Set(store.data().members.map((m) => m.productTeam));
    const saved = await exportForms({ perTeam: true });
    expect(saved.files).toHaveLength(teams.size);
  });

  it('refuses an unknown member, naming its place in the list', async () => {
    const result = await call('forms:export', { memberIds: [store.data().members[0]!.id, 'nobody'], perTeam: false });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found', path: 'memberIds.1' } });
  });

  it('writes nothing when the folder dialog is cancelled', async () => {
    expect(value(await call('forms:export', { perTeam: false }))).toBeNull();
  });
});

describe('forms:import', () => {
  it('takes the good forms, reports each refused file with its reason, and replaces a member’s earlier form', async () => {
    const data = store.data();
    const [a, b] = data.members;
    const [fileA] = (await exportForms({ memberIds: [a!.id], perTeam: false }, 'a')).files!;
    const [fileB] = (await exportForms({ memberIds: [b!.id], perTeam: false }, 'b')).files!;
    const skills = formSkillIds(data);
    const scale = data.framework.scale.levels;
    const filled = join(dir, 'filled.xlsx');
    await writeFile(
      filled,
      await editForm(await readFile(fileA!), fillIn({ levels: { 0: scale[1]!.name } }, skills.length)),
    );
    const broken = join(dir, 'broken.xlsx');
    await writeFile(broken, 'not a workbook');
    chosen = [filled, broken, fileB!];
    const done = value<FormsImported>(await call('forms:import', {}));
    expect(done.refused.map((r) => r.file)).toEqual(['broken.xlsx']);
    expect(done.refused[0]!.reason).not.toBe('');
    // The summary shows the file beside its reason: the reason does not name it again.
    expect(done.refused[0]!.reason).not.toMatch(/^broken\.xlsx:/);
    expect(done.imported).toHaveLength(2);
    expect(done.data.selfAssessments).toHaveLength(2);
    const formOf = (id: string) => done.data.selfAssessments.find((f) => f.memberId === id);
    const filledId = a!.id;
    expect(done.imported.map((i) => i.memberId).sort()).toEqual([a!.id, b!.id].sort());
    expect(formOf(filledId)!.ratings[skills[0]!]).toBe(scale[1]!.level);
    // The same member again: the new form replaces the first.
    await writeFile(
      filled,
      await editForm(await readFile(fileA!), fillIn({ levels: { 0: scale[2]!.name } }, skills.length)),
    );
    chosen = [filled];
    const again = value<FormsImported>(await call('forms:import', {}));
    expect(again.data.selfAssessments).toHaveLength(2);
    expect(again.data.selfAssessments.find((f) => f.memberId === filledId)!.ratings[skills[0]!]).toBe(scale[2]!.level);
  });

  it('refuses a form of someone no longer in the team, and stores nothing for it', async () => {
    const member = store.data().members[0]!;
    const saved = await exportForms({ memberIds: [member.id], perTeam: false });
    value<AppData>(await call('member:delete', { memberId: member.id }));
    chosen = saved.files!;
    const done = value<FormsImported>(await call('forms:import', {}));
    expect(done.imported).toEqual([]);
    expect(done.refused).toHaveLength(1);
    expect(done.data.selfAssessments).toEqual([]);
  });

  it('returns null when the dialog is cancelled', async () => {
    expect(value(await call('forms:import', {}))).toBeNull();
    const error = (await call('forms:export', { memberIds: [], perTeam: false })) as { ok: false; error: IpcError };
    expect(error.error).toMatchObject({ code: 'invalid-request', path: 'memberIds' });
  });
});
