import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainIpc, type MainIpc } from '@main/ipc/main-ipc';
import { createGapwiseApi, type IpcRendererLike } from '../../../electron/preload/bridge';
import { openStore, type AppStore } from '@main/store';
import { initialData, type AppData } from '@shared/data';
import type { Channel, GapwiseApi } from '@shared/ipc';
import { builtinFramework, sampleTeam } from '../../support/fixtures';
import { testHandlerDeps } from './test-deps';

/*
 * The page's bridge over main's IPC, with a structured clone between them as Electron
 * makes: the data is sent whole once and then as changes, and the page sees whole data
 * either way — equal to the store's, with the objects nothing changed kept as they were.
 */

const APP = 'app://gapwise/index.html';
let dir: string;
let store: AppStore;
let main: MainIpc;
let api: GapwiseApi;
let wire: { channel: string; bytes: number }[];
let events: ((event: unknown, payload: unknown) => void)[];
let dropNext = false;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gapwise-wire-'));
  ({ store } = await openStore({ dir, initial: () => initialData(sampleTeam(), builtinFramework()) }));
  main = createMainIpc(testHandlerDeps(store, { open: () => null, save: () => null }), {
    isTrustedSender: (url) => url === APP,
    logError: () => undefined,
  });
  wire = [];
  events = [];
  const ipc: IpcRendererLike = {
    invoke: async (channel, ...args) => {
      const answer = await main.answer(channel as Channel, { senderFrame: { url: APP }, sender: { id: 7 } }, args);
      wire.push({ channel, bytes: JSON.stringify(answer).length });
      if (dropNext) {
        dropNext = false;
        return { ok: false, error: { code: 'internal', message: 'lost on the way', path: '' } };
      }
      return structuredClone(answer);
    },
    on: (_event, listener) => events.push(listener),
    removeListener: () => undefined,
  };
  api = createGapwiseApi(ipc, {});
});

afterEach(async () => {
  await store.flush();
  await rm(dir, { recursive: true, force: true });
});

const unwrap = <T>(result: { ok: true; value: T } | { ok: false }): T => {
  if (!result.ok) throw new Error('refused');
  return result.value;
};

describe('the data between main and the page', () => {
  it('arrives whole first, then as changes the page applies to what it holds', async () => {
    const loaded = unwrap(await api.loadData({})).data;
    expect(loaded).toEqual(store.data());
    const member = loaded.members[1]!;
    const saved = unwrap(await api.saveMember({ member: { ...member, name: 'Renamed' } }));
    expect(saved).toEqual(store.data());
    expect(saved.members[1]!.name).toBe('Renamed');
    // Everything the change did not touch is the object the page already had.
    expect(saved.members[0]).toBe(loaded.members[0]);
    expect(saved.members[2]).toBe(loaded.members[2]);
    expect(saved.framework).toBe(loaded.framework);
    expect(saved.scenarios).toBe(loaded.scenarios);
    // The answer carried one member, not the team.
    const [load, save] = wire;
    expect(save!.bytes).toBeLessThan(load!.bytes / 2);
  });

  it('every answer that carries data is rebuilt equal to the store', async () => {
    unwrap(await api.loadData({}));
    const data = () => store.data();
    const steps: [string, () => Promise<{ ok: boolean; value?: unknown }>, (value: unknown) => AppData][] = [
      [
        'organisation',
        () => api.saveOrganisation({ organisation: { ...data().organisation, name: 'Acme' } }),
        (v) => v as AppData,
      ],
      ['settings', () => api.saveSettings({ settings: { theme: 'dark' } }), (v) => v as AppData],
      ['delete', () => api.deleteMember({ memberId: data().members[0]!.id }), (v) => v as AppData],
      ['framework', () => api.resetFramework({}), (v) => v as AppData],
      ['clear sample', () => api.clearSample({}), (v) => v as AppData],
      ['load again', () => api.loadData({}), (v) => (v as { data: AppData }).data],
    ];
    for (const [, run, dataOf] of steps) {
      const result = await run();
      expect(result.ok).toBe(true);
      expect(dataOf(result.value)).toEqual(data());
    }
  });

  it('a page that missed a change fetches the data whole and still shows the store', async () => {
    const loaded = unwrap(await api.loadData({}));
    const first = loaded.data.members[0]!;
    dropNext = true;
    expect((await api.saveMember({ member: { ...first, name: 'Lost answer' } })).ok).toBe(false);
    const second = loaded.data.members[1]!;
    const saved = unwrap(await api.saveMember({ member: { ...second, name: 'Next' } }));
    expect(saved).toEqual(store.data());
    expect(saved.members[0]!.name).toBe('Lost answer');
    expect(wire.map((w) => w.channel)).toEqual(['data:load', 'member:save', 'member:save', 'data:load']);
  });

  it('data:changed reaches every listener as the same data, read once', async () => {
    const loaded = unwrap(await api.loadData({})).data;
    const first = vi.fn();
    const second = vi.fn();
    api.onDataChanged(first);
    api.onDataChanged(second);
    expect(events).toHaveLength(1);
    const changed = await store.update((d) => ({ ...d, organisation: { ...d.organisation, name: 'Menu import' } }));
    events[0]!({}, structuredClone(main.eventPayload('data:changed', changed, 7)));
    expect(first).toHaveBeenCalledOnce();
    const received = first.mock.calls[0]![0] as AppData;
    expect(second).toHaveBeenCalledWith(received);
    expect(received).toEqual(store.data());
    expect(received.members).toBe(loaded.members);
  });
});
