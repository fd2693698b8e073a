import { describe, expect, it } from 'vitest';
import { createBenchmarkHandlers } from '@main/ipc/benchmarks-handlers';
import { createDispatcher } from '@main/ipc/dispatcher';
import { createHandlers } from '@main/ipc/handlers';
import { mapStoreError } from '@main/ipc/store-errors';
import type { Handlers } from '@main/ipc/dispatcher';
import { parseBenchmarks, shippedBenchmarks } from '@shared/io';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '@main/store';
import { initialData } from '@shared/data';
import { APP_URL, closeAppOnTempStore } from '../../support/app-on-temp-store';
import { builtinFramework, sampleTeam } from '../../support/fixtures';
import { testHandlerDeps } from './test-deps';

const fromApp = { senderFrame: { url: APP_URL } };

/** A dispatcher whose only real handler is benchmarks:read: the others are never called here. */
function dispatchWith(handlers: Pick<Handlers, 'benchmarks:read'>) {
  return createDispatcher({
    handlers: handlers as Handlers,
    isTrustedSender: (url) => url === APP_URL,
    mapError: mapStoreError,
  });
}

describe('benchmarks:read', () => {
  it('answers the shipped file, validated', async () => {
    const result = await dispatchWith(createBenchmarkHandlers())('benchmarks:read', fromApp, [{}]);
    expect(result).toEqual({ ok: true, value: shippedBenchmarks() });
  });

  it("is one of the app's handlers, answered through the app's own dispatcher", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gapwise-benchmarks-'));
    const { store } = await openStore({ dir, initial: () => initialData(sampleTeam(), builtinFramework()) });
    try {
      const dispatch = createDispatcher({
        handlers: createHandlers(testHandlerDeps(store, { open: () => null, save: () => null, openMany: () => null })),
        isTrustedSender: (url) => url === APP_URL,
        mapError: mapStoreError,
      });
      expect(await dispatch('benchmarks:read', fromApp, [{}])).toEqual({ ok: true, value: shippedBenchmarks() });
    } finally {
      await closeAppOnTempStore({ dir, store });
    }
  });

  it('refuses a request with fields, as every channel does', async () => {
    const result = await dispatchWith(createBenchmarkHandlers())('benchmarks:read', fromApp, [{ extra: 1 }]);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('names the file and the field when the file is invalid', async () => {
    const broken = {
      ...shippedBenchmarks(),
      anchors: [{ ...shippedBenchmarks().anchors[0], range: { min: 5, max: 2 } }],
    };
    const result = await dispatchWith(createBenchmarkHandlers(() => parseBenchmarks(broken)))(
      'benchmarks:read',
      fromApp,
      [{}],
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message:
          'The published benchmarks could not be read: resources/benchmarks.json: anchors[0].range.max: min must not be above max',
        path: 'anchors[0].range.max',
      },
    });
  });
});
