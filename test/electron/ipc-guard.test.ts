import { describe, expect, it, vi } from 'vitest';
import { guardHandler, IpcRejectedError } from '../../electron/main/ipc-guard';

const APP = 'file:///app/out/renderer/index.html';
const isTrusted = (url: string): boolean => url === APP;

describe('guardHandler', () => {
  it('runs the handler for a call from the app with no arguments', async () => {
    const guarded = guardHandler('app:getVersion', isTrusted, () => '0.1.0');
    await expect(guarded({ senderFrame: { url: APP } })).resolves.toBe('0.1.0');
  });

  it('rejects a call from a foreign frame without running the handler', async () => {
    const handler = vi.fn(() => '0.1.0');
    const guarded = guardHandler('app:getVersion', isTrusted, handler);
    await expect(guarded({ senderFrame: { url: 'https://example.com/' } })).rejects.toBeInstanceOf(IpcRejectedError);
    await expect(guarded({ senderFrame: null })).rejects.toThrow(/sender is not the app/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects unexpected arguments', async () => {
    const handler = vi.fn(() => '0.1.0');
    const guarded = guardHandler('app:getVersion', isTrusted, handler);
    await expect(guarded({ senderFrame: { url: APP } }, { injected: true })).rejects.toThrow(/expected no arguments/);
    expect(handler).not.toHaveBeenCalled();
  });
});
