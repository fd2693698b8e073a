import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppUrl, resolveAppLocation } from '@main/app-location';
import { createMainIpc, type MainIpc } from '@main/ipc/main-ipc';
import { openStore, type AppStore } from '@main/store';
import { initialData } from '@shared/data';
import { CHANNELS, ipcContract, MAX_REQUEST_BYTES, type Channel, type IpcResult } from '@shared/ipc';
import { builtinFramework, sampleTeam } from '../../support/fixtures';
import {
  describeArgs,
  editAt,
  ipcArgs,
  pathsOf,
  POLLUTION_MARK,
  PROTOTYPE_KEYS,
  seedOf,
  validRequests,
  withPrototypeKey,
} from './fuzz-cases';
import { testHandlerDeps } from './test-deps';

/*
 * Every channel of the contract, with generated payloads, through main's real dispatcher,
 * handlers and store. Every invalid payload — by the channel's own schema, a prototype key,
 * the size limit, the argument count or JSON — is refused before its handler, changes
 * nothing, and nothing throws or reaches the error log. A foreign page is refused always.
 */

const CASES_PER_CHANNEL = 500;
const location = resolveAppLocation({ isPackaged: true, devServerUrl: undefined });
const fromApp = { senderFrame: { url: location.url }, sender: { id: 1 } };
const VALID = validRequests();

let dir: string;
let store: AppStore;
let main: MainIpc;
const logged: string[] = [];
/** How often each channel's handler ran. */
const ran = Object.fromEntries(CHANNELS.map((c) => [c, 0])) as Record<Channel, number>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gapwise-ipc-fuzz-'));
  ({ store } = await openStore({ dir, initial: () => initialData(sampleTeam(), builtinFramework()) }));
  // Dialogs cancel: a valid request does nothing expensive.
  main = createMainIpc(testHandlerDeps(store, { open: () => null, save: () => null }), {
    isTrustedSender: (url) => isAppUrl(url, location),
    logError: (channel, error) => logged.push(`${channel}: ${String(error)}`),
  });
  // The dispatcher looks handlers up per call: counting wrappers see whether one ran.
  const handlers = main.handlers as unknown as Record<Channel, (request: unknown) => unknown>;
  for (const channel of CHANNELS) {
    const handler = handlers[channel];
    handlers[channel] = (request) => {
      ran[channel] += 1;
      return handler(request);
    };
  }
});
afterAll(async () => {
  await store.flush();
  await rm(dir, { recursive: true, force: true });
});

type Refusal = 'invalid-request' | 'too-large';
type Verdict = { valid: true } | { valid: false; code: Refusal; why: string };

/** Prototype keys as own keys, or nesting deeper than 64, anywhere in the value. */
function unsafe(value: unknown, depth: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (depth > 64) return true;
  if (Array.isArray(value)) return value.some((child) => unsafe(child, depth + 1));
  return Object.keys(value).some(
    (key) =>
      (PROTOTYPE_KEYS as readonly string[]).includes(key) || unsafe((value as Record<string, unknown>)[key], depth + 1),
  );
}

/** The oracle: what the dispatcher must make of these arguments on this channel. */
function verdict(channel: Channel, args: readonly unknown[]): Verdict {
  const refuse = (why: string, code: Refusal = 'invalid-request'): Verdict => ({ valid: false, code, why });
  if (args.length !== 1) return refuse('argument count');
  const raw = args[0];
  let size: number;
  try {
    size = JSON.stringify(raw)?.length ?? 0;
  } catch {
    return refuse('not JSON');
  }
  if (size > MAX_REQUEST_BYTES) return refuse('too large', 'too-large');
  let parsed: boolean;
  try {
    parsed = ipcContract[channel].request.safeParse(raw).success;
  } catch {
    return refuse('schema threw');
  }
  // Those the schema alone would let through show the prototype-key check at work.
  if (unsafe(raw, 0)) return refuse(parsed ? 'prototype key the schema accepts' : 'prototype key or too deep');
  return parsed ? { valid: true } : refuse('schema');
}

interface ChannelStats {
  cases: number;
  invalid: number;
  valid: number;
  acceptedInvalid: number;
  wrongCode: number;
  storeChanged: number;
  validRefused: number;
  uncaught: number;
  threw: number;
  polluted: number;
  /** The first few problems, with the payload. */
  examples: string[];
}

const emptyStats = (): ChannelStats => ({
  cases: 0,
  invalid: 0,
  valid: 0,
  acceptedInvalid: 0,
  wrongCode: 0,
  storeChanged: 0,
  validRefused: 0,
  uncaught: 0,
  threw: 0,
  polluted: 0,
  examples: [],
});

/** Why the invalid payloads were invalid, over all channels. */
const reasons: Record<string, number> = {};

const isPolluted = () =>
  POLLUTION_MARK in ({} as object) ||
  POLLUTION_MARK in ([] as object) ||
  POLLUTION_MARK in (() => undefined) ||
  Object.prototype.hasOwnProperty.call(Object.prototype, POLLUTION_MARK);

async function runCase(channel: Channel, args: unknown[], stats: ChannelStats): Promise<void> {
  const fail = (kind: Exclude<keyof ChannelStats, 'cases' | 'invalid' | 'valid' | 'examples'>, detail: string) => {
    stats[kind] += 1;
    if (stats.examples.length < 3) stats.examples.push(`${kind}: ${detail} ← ${describeArgs(args)}`);
  };
  stats.cases += 1;
  const expected = verdict(channel, args);
  const fileBefore = expected.valid ? undefined : await readFile(store.dataFile);
  const dataBefore = store.data();
  const ranBefore = ran[channel];
  const loggedBefore = logged.length;
  let result: IpcResult<unknown>;
  try {
    result = await main.dispatch(channel, fromApp, args);
  } catch (error) {
    fail('threw', String(error));
    return;
  }
  if (logged.length > loggedBefore) fail('uncaught', logged.at(-1)!);
  if (isPolluted()) fail('polluted', 'Object.prototype gained a key');
  const handlerRan = ran[channel] > ranBefore;
  if (expected.valid) {
    stats.valid += 1;
    if (!handlerRan) fail('validRefused', JSON.stringify(result));
    return;
  }
  stats.invalid += 1;
  reasons[expected.why] = (reasons[expected.why] ?? 0) + 1;
  if (result.ok || handlerRan) {
    fail('acceptedInvalid', `${expected.why}: ${JSON.stringify(result).slice(0, 200)}`);
    return;
  }
  const { code, message, path } = result.error;
  if (code !== expected.code || typeof message !== 'string' || message === '' || typeof path !== 'string') {
    fail('wrongCode', `${expected.why}: expected ${expected.code}, got ${JSON.stringify(result.error)}`);
  }
  await store.flush();
  if (store.data() !== dataBefore || Buffer.compare(await readFile(store.dataFile), fileBefore!) !== 0) {
    fail('storeChanged', expected.why);
  }
}

const prototypeNames = () =>
  [Object.prototype, Array.prototype, Function.prototype].map((p) => Object.getOwnPropertyNames(p).sort().join());

describe('generated payloads on every IPC channel', () => {
  const totals = { cases: 0, invalid: 0, valid: 0, acceptedInvalid: 0, uncaught: 0 };
  const prototypesBefore = prototypeNames();

  it.each(CHANNELS)(
    `%s: ${CASES_PER_CHANNEL} payloads; every invalid one refused, nothing thrown or logged, the store untouched`,
    async (channel) => {
      expect(VALID[channel], `no valid request for ${channel} in fuzz-cases.ts`).toBeDefined();
      const stats = emptyStats();
      await fc.assert(
        fc.asyncProperty(ipcArgs(VALID[channel]), (args) => runCase(channel, args, stats)),
        { numRuns: CASES_PER_CHANNEL, seed: seedOf(channel) },
      );
      const { examples, ...counts } = stats;
      console.log(
        `ipc-fuzz ${channel}: ${counts.cases} cases, ${counts.invalid} invalid, ${counts.valid} valid; ` +
          `accepted invalid ${counts.acceptedInvalid}, uncaught ${counts.uncaught}, threw ${counts.threw}, ` +
          `store changed ${counts.storeChanged}, wrong code ${counts.wrongCode}, valid refused ${counts.validRefused}`,
      );
      for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += counts[key];
      expect({ ...counts, examples }).toMatchObject({
        acceptedInvalid: 0,
        wrongCode: 0,
        storeChanged: 0,
        validRefused: 0,
        uncaught: 0,
        threw: 0,
        polluted: 0,
        examples: [],
      });
      // The generators reach both sides of the oracle (an always-invalid generator proves little).
      expect(counts.invalid).toBeGreaterThan(CASES_PER_CHANNEL / 2);
      expect(counts.valid).toBeGreaterThan(0);
      expect(prototypeNames()).toEqual(prototypesBefore);
    },
    60_000,
  );

  it('summary', () => {
    console.log(
      `ipc-fuzz total: ${CHANNELS.length} channels × ${CASES_PER_CHANNEL} = ${totals.cases} cases ` +
        `(${totals.invalid} invalid, ${totals.valid} valid); accepted invalid ${totals.acceptedInvalid}, ` +
        `uncaught ${totals.uncaught}; invalid because: ${JSON.stringify(reasons)}`,
    );
    expect(totals.cases).toBe(CHANNELS.length * CASES_PER_CHANNEL);
    expect(logged).toEqual([]);
  });
});

describe('requests found by fuzzing', () => {
  it('backup:restore of a backup that is not there, or of no backup name, is refused without an error logged', async () => {
    expect(await main.dispatch('backup:restore', fromApp, [{ name: 'data-2026-01-01T00-00-00.000Z.json' }])).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'there is no backup named data-2026-01-01T00-00-00.000Z.json', path: '' },
    });
    expect(await main.dispatch('backup:restore', fromApp, [{ name: '../../etc/passwd' }])).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringMatching(/is not a backup name/) },
    });
    expect(logged).toEqual([]);
  });
});

describe('prototype keys, everywhere', () => {
  it('a prototype key in any object of any valid request is refused, even where the schema allows any key', async () => {
    let cases = 0;
    let schemaAlone = 0;
    for (const channel of CHANNELS) {
      const valid = VALID[channel];
      const objects = pathsOf(valid).filter((path) => {
        const node = path.reduce<unknown>((at, key) => (at as Record<string | number, unknown>)[key], valid);
        return node !== null && typeof node === 'object' && !Array.isArray(node);
      });
      for (const path of objects) {
        for (const key of PROTOTYPE_KEYS) {
          const request = editAt(valid, path, (node) => withPrototypeKey(node, key));
          if (ipcContract[channel].request.safeParse(request).success) schemaAlone += 1;
          const stats = emptyStats();
          await runCase(channel, [request], stats);
          cases += 1;
          expect(stats, `${channel} ${path.join('.')} ${key}`).toMatchObject({ invalid: 1, examples: [] });
        }
      }
    }
    console.log(`ipc-fuzz prototype keys: ${cases} requests refused, ${schemaAlone} of them past the schema alone`);
    // In team:import's level labels any key is a label: only the prototype-key check stops them.
    expect(schemaAlone).toBeGreaterThan(0);
    expect(isPolluted()).toBe(false);
  }, 60_000);
});

describe('the size limit, exactly', () => {
  /** A valid team:import whose JSON is `size` characters: level labels fill it (their number is unbounded). */
  function teamImportOfSize(size: number) {
    const request = structuredClone(VALID['team:import']);
    const labels: Record<string, number | null> = {};
    request.layout.levelLabels = labels;
    let length = JSON.stringify(request).length;
    for (let i = 0; size - length > 208; i++) {
      const key = `l${i}-`.padEnd(190, 'x');
      labels[key] = null;
      length += key.length + 7 + (i === 0 ? 0 : 1); // "key":null and the comma
    }
    labels['z'.padEnd(size - length - 8, 'y')] = null;
    expect(JSON.stringify(request).length).toBe(size);
    return request;
  }

  it('a valid request of MAX_REQUEST_BYTES reaches its handler; one character more is too large', async () => {
    for (const delta of [-1, 0, 1]) {
      const before = ran['team:import'];
      const result = await main.dispatch('team:import', fromApp, [teamImportOfSize(MAX_REQUEST_BYTES + delta)]);
      if (delta <= 0) {
        // The handler refuses the unknown token: it ran.
        expect(result).toMatchObject({ ok: false, error: { code: 'not-found', path: 'token' } });
        expect(ran['team:import']).toBe(before + 1);
      } else {
        expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
        expect(ran['team:import']).toBe(before);
      }
    }
  }, 60_000);
});

describe('a foreign sender', () => {
  const FOREIGN: (string | null)[] = [
    null,
    'https://evil.example/',
    'http://evil.example/index.html',
    'file:///',
    'file:///etc/passwd',
    'file:///C:/Program%20Files/Gapwise/resources/app.asar/out/renderer/index.html',
    'about:blank',
    'about:srcdoc',
    '',
    'data:text/html,<script>1</script>',
    'javascript:alert(1)',
    'blob:app://gapwise/2f3c',
    'devtools://devtools/bundled/inspector.html',
    'chrome-error://chromewebdata/',
    'http://localhost:5173/',
    'https://gapwise/index.html',
    'app://evil/index.html',
    'app://gapwise.evil.example/index.html',
    'app://user:secret@gapwise/index.html',
    'app://gapwise:8080/index.html',
    'not a url',
  ];
  const generated = fc.sample(
    fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      // Any text but the app's scheme (the URL parser drops tabs and newlines, so those first).
      fc.string({ maxLength: 40 }).filter((s) => !/app:/i.test(s.replace(/[\t\n\r]/g, ''))),
    ),
    { numRuns: 40, seed: seedOf('foreign senders') },
  );

  it(`is refused on every channel with valid payloads, and no handler runs (${FOREIGN.length + 40} senders)`, async () => {
    const ranBefore = Object.values(ran).reduce((a, b) => a + b, 0);
    let refused = 0;
    for (const channel of CHANNELS) {
      for (const url of [...FOREIGN, ...generated]) {
        const event = { senderFrame: url === null ? null : { url }, sender: { id: 9 } };
        for (const result of [
          await main.dispatch(channel, event, [VALID[channel]]),
          await main.answer(channel, event, [VALID[channel]]),
          await main.dispatch(channel, event, [{ junk: true }]),
        ]) {
          expect(result, `${channel} from ${String(url)}`).toMatchObject({
            ok: false,
            error: { code: 'forbidden-sender' },
          });
          refused += 1;
        }
      }
      // Not even a frame without a URL.
      const noUrl = { senderFrame: {} as { url: string } };
      expect(await main.dispatch(channel, noUrl, [VALID[channel]])).toMatchObject({
        error: { code: 'forbidden-sender' },
      });
    }
    expect(Object.values(ran).reduce((a, b) => a + b, 0)).toBe(ranBefore);
    // The same valid requests from the app's own page do reach their handlers.
    await main.dispatch('data:load', fromApp, [VALID['data:load']]);
    expect(Object.values(ran).reduce((a, b) => a + b, 0)).toBe(ranBefore + 1);
    console.log(`ipc-fuzz foreign senders: ${refused} calls refused on ${CHANNELS.length} channels`);
    expect(logged).toEqual([]);
  }, 60_000);
});
