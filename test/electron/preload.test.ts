import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EVENT_SUBSCRIBERS, ipcContract } from '@shared/ipc';

// The preload is glue over Electron: here Electron is a mock that records what the
// preload exposes and which channel each function invokes.
const exposed = new Map<string, unknown>();
const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null }));
const listeners = new Map<string, (...args: unknown[]) => void>();
const removeListener = vi.fn();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => invoke(...args),
    on: (channel: string, fn: (...args: unknown[]) => void) => listeners.set(channel, fn),
    removeListener: (...args: unknown[]) => removeListener(...args),
  },
}));

beforeAll(async () => {
  await import('../../electron/preload/index');
});

describe('the preload', () => {
  it('exposes exactly one function per contract channel and per event, as window.gapwise', () => {
    expect([...exposed.keys()]).toEqual(['gapwise']);
    const api = exposed.get('gapwise') as Record<string, unknown>;
    const expected = [...Object.values(ipcContract).map((c) => c.method), ...Object.keys(EVENT_SUBSCRIBERS)].sort();
    expect(Object.keys(api).sort()).toEqual(expected);
    for (const fn of Object.values(api)) expect(typeof fn).toBe('function');
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
  });

  it('each function invokes its own channel with the request, and nothing else', async () => {
    vi.stubGlobal('navigator', { userActivation: { isActive: true } });
    const api = exposed.get('gapwise') as Record<string, (request: unknown) => Promise<unknown>>;
    for (const [channel, entry] of Object.entries(ipcContract)) {
      invoke.mockClear();
      const request = { probe: channel };
      await api[entry.method]!(request);
      expect(invoke).toHaveBeenCalledExactlyOnceWith(channel, request);
    }
  });

  it('opens external links only during a user action', async () => {
    const api = exposed.get('gapwise') as Record<string, (request: unknown) => Promise<unknown>>;
    invoke.mockClear();
    for (const navigatorLike of [{ userActivation: { isActive: false } }, {}, undefined]) {
      vi.stubGlobal('navigator', navigatorLike);
      await expect(api.openExternalLink!({ url: 'https://example.org/' })).resolves.toMatchObject({
        ok: false,
        error: { message: 'links open only when you click them' },
      });
    }
    expect(invoke).not.toHaveBeenCalled();
    vi.stubGlobal('navigator', { userActivation: { isActive: true } });
    await api.openExternalLink!({ url: 'https://example.org/' });
    expect(invoke).toHaveBeenCalledExactlyOnceWith('link:openExternal', { url: 'https://example.org/' });
    vi.unstubAllGlobals();
  });

  it('subscriptions forward only the payload and can be undone', () => {
    const api = exposed.get('gapwise') as Record<string, (listener: (payload: unknown) => void) => () => void>;
    for (const [subscriber, event] of Object.entries(EVENT_SUBSCRIBERS)) {
      const listener = vi.fn();
      const unsubscribe = api[subscriber]!(listener);
      listeners.get(event)!({ sender: 'ipc-event-with-internals' }, { hello: event });
      expect(listener).toHaveBeenCalledExactlyOnceWith({ hello: event });
      unsubscribe();
      expect(removeListener).toHaveBeenLastCalledWith(event, listeners.get(event));
    }
  });
});
