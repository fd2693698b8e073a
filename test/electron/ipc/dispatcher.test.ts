import { describe, expect, it, vi } from 'vitest';
import { createDispatcher, registerIpc, type Handlers } from '@main/ipc/dispatcher';
import { HandlerError } from '@main/ipc/errors';
import { CHANNELS, ipcContract, MAX_REQUEST_BYTES, type Channel } from '@shared/ipc';
import { sampleTeam } from '../../support/fixtures';

const APP = 'app://gapwise/index.html';
const fromApp = { senderFrame: { url: APP } };

/** Handlers that record what reached them; none of them should run for a refused call. */
function spyHandlers() {
  const calls: [Channel, unknown][] = [];
  const handlers = Object.fromEntries(
    CHANNELS.map((c) => [
      c,
      (request: unknown) => {
        calls.push([c, request]);
        return null;
      },
    ]),
  ) as unknown as Handlers;
  return { handlers, calls };
}

function setup(overrides: Partial<Handlers> = {}) {
  const { handlers, calls } = spyHandlers();
  const logError = vi.fn();
  const dispatch = createDispatcher({
    handlers: { ...handlers, ...overrides },
    isTrustedSender: (url) => url === APP,
    logError,
  });
  return { dispatch, calls, logError };
}

const member = sampleTeam().members[0]!;

describe('the IPC dispatcher', () => {
  it('passes a valid request from the app to its handler and wraps the value', async () => {
    const { dispatch, calls } = setup();
    await expect(dispatch('member:delete', fromApp, [{ memberId: 'ana-lima' }])).resolves.toEqual({
      ok: true,
      value: null,
    });
    expect(calls).toEqual([['member:delete', { memberId: 'ana-lima' }]]);
  });

  it('rejects a foreign sender on every channel without running a handler', async () => {
    const { dispatch, calls } = setup();
    for (const channel of CHANNELS) {
      for (const event of [
        { senderFrame: { url: 'https://evil.example/' } },
        { senderFrame: null },
        { senderFrame: { url: 'file:///etc/passwd' } },
      ]) {
        const result = await dispatch(channel, event, [{}]);
        expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
      }
    }
    expect(calls).toEqual([]);
  });

  it('rejects wrong types, missing and extra keys, naming the field', async () => {
    const { dispatch, calls } = setup();
    await expect(dispatch('member:delete', fromApp, [{ memberId: 42 }])).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-request', path: 'memberId', message: expect.stringMatching(/expected string/) },
    });
    await expect(dispatch('member:delete', fromApp, [{}])).resolves.toMatchObject({
      ok: false,
      error: { path: 'memberId' },
    });
    await expect(dispatch('data:load', fromApp, [{ sneaky: true }])).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-request', path: 'sneaky', message: 'unknown field' },
    });
    await expect(
      dispatch('member:save', fromApp, [
        { member: { ...member, levels: { ...member.levels, 'data-pipelines': '3' } } },
      ]),
    ).resolves.toMatchObject({ ok: false, error: { path: 'member.levels.data-pipelines' } });
    await expect(dispatch('member:save', fromApp, [{ member: { ...member, admin: true } }])).resolves.toMatchObject({
      ok: false,
      error: { path: 'member.admin' },
    });
    await expect(dispatch('plan:export', fromApp, [{ format: 'exe' }])).resolves.toMatchObject({
      ok: false,
      error: { path: 'format' },
    });
    expect(calls).toEqual([]);
  });

  it('rejects __proto__ and constructor keys, however deep', async () => {
    const { dispatch, calls } = setup();
    const polluted = JSON.parse(`{"member": {"id": "x", "levels": {"__proto__": {"isAdmin": true}}}}`);
    await expect(dispatch('member:save', fromApp, [polluted])).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-request', path: 'member.levels.__proto__' },
    });
    const ctor = JSON.parse(`{"constructor": {"prototype": {}}}`);
    await expect(dispatch('data:load', fromApp, [ctor])).resolves.toMatchObject({
      ok: false,
      error: { path: 'constructor' },
    });
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('rejects oversized, unserialisable and missing or extra arguments', async () => {
    const { dispatch, calls } = setup();
    const huge = { member: { ...member, notes: 'x'.repeat(MAX_REQUEST_BYTES) } };
    await expect(dispatch('member:save', fromApp, [huge])).resolves.toMatchObject({
      ok: false,
      error: { code: 'too-large' },
    });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    await expect(dispatch('data:load', fromApp, [cyclic])).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    await expect(dispatch('data:load', fromApp, [])).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    await expect(dispatch('data:load', fromApp, [{}, {}])).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    const deep = JSON.parse(`${'{"a":'.repeat(100)}1${'}'.repeat(100)}`);
    await expect(dispatch('data:load', fromApp, [deep])).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(calls).toEqual([]);
  });

  it('turns handler refusals into typed errors and hides unexpected ones', async () => {
    const { dispatch, logError } = setup({
      'member:delete': () => {
        throw new HandlerError('not-found', 'no member with id "zz"', 'memberId');
      },
      'data:load': () => {
        throw new Error('disk on fire at /secret/path');
      },
    });
    await expect(dispatch('member:delete', fromApp, [{ memberId: 'zz' }])).resolves.toEqual({
      ok: false,
      error: { code: 'not-found', message: 'no member with id "zz"', path: 'memberId' },
    });
    const unexpected = await dispatch('data:load', fromApp, [{}]);
    expect(unexpected).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(unexpected)).not.toContain('/secret/path');
    expect(logError).toHaveBeenCalledOnce();
  });

  it('registers exactly the contract channels, each through the dispatcher', async () => {
    const { dispatch, calls } = setup();
    const registered = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
    registerIpc({ handle: (channel, listener) => registered.set(channel, listener as never) }, dispatch);
    expect([...registered.keys()].sort()).toEqual(Object.keys(ipcContract).sort());
    for (const name of registered.keys()) expect(name).toMatch(/^[a-z][a-zA-Z]*:[a-zA-Z]+$/);
    await expect(
      registered.get('data:load')!({ senderFrame: { url: 'https://x.example/' } }, {}),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    await registered.get('data:load')!(fromApp, {});
    expect(calls).toEqual([['data:load', {}]]);
  });
});
