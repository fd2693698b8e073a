import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMainIpc, type MainIpc } from '@main/ipc/main-ipc';
import { openStore, type AppStore } from '@main/store';
import { initialData, type AppData } from '@shared/data';
import type { Framework } from '@shared/domain';
import type { ImportDone, IpcResult } from '@shared/ipc';
import { builtinFramework, sampleTeam } from '../../support/fixtures';
import { malformedJsonFiles, seedOf } from './fuzz-cases';
import { testHandlerDeps } from './test-deps';

/*
 * 1,000 malformed whole-data files and 1,000 malformed framework files through main's real
 * handlers (data:importAll, framework:import) and store. Each is refused with a message
 * naming the file, or, when the damage left it valid, imported; nothing fails unexpectedly,
 * and a refusal leaves the data file byte for byte as it was.
 */

const CASES = 1000;
const fromApp = { senderFrame: { url: 'app://gapwise/index.html' } };

let dir: string;
let store: AppStore;
let main: MainIpc;
let openFrom: string | null = null;
let saveAs: string | null = null;
const logged: string[] = [];
/** The app's own exports of the sample data: what the malformed files are made from. */
let exportedData: Record<string, unknown>;
let exportedFramework: Record<string, unknown>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gapwise-import-fuzz-'));
  ({ store } = await openStore({ dir, initial: () => initialData(sampleTeam(), builtinFramework()) }));
  main = createMainIpc(testHandlerDeps(store, { open: () => openFrom, save: () => saveAs }), {
    isTrustedSender: () => true,
    logError: (channel, error) => logged.push(`${channel}: ${String(error)}`),
  });
  saveAs = join(dir, 'export-data.json');
  expect(await main.dispatch('data:exportAll', fromApp, [{}])).toMatchObject({ ok: true });
  exportedData = JSON.parse(await readFile(saveAs, 'utf8')) as Record<string, unknown>;
  saveAs = join(dir, 'export-framework.json');
  expect(await main.dispatch('framework:export', fromApp, [{}])).toMatchObject({ ok: true });
  exportedFramework = JSON.parse(await readFile(saveAs, 'utf8')) as Record<string, unknown>;
  saveAs = null;
});
afterAll(async () => {
  await store.flush();
  await rm(dir, { recursive: true, force: true });
});

interface Outcomes {
  refused: number;
  /** Refusals by what their message says was wrong. */
  because: Record<string, number>;
  importedValid: number;
  unexpected: number;
  /** The first few unexpected outcomes, with how the file began. */
  examples: string[];
}

/** Valid frameworks the sample team does not fit: a role gone, a skill gone, a role renamed. */
const unfittingFrameworks = (framework: Framework): fc.Arbitrary<Framework> =>
  fc.oneof(
    fc.nat({ max: framework.roles.length - 1 }).map((r) => ({
      ...framework,
      roles: framework.roles.filter((_, i) => i !== r),
    })),
    fc.nat({ max: framework.skills.length - 1 }).map((s) => {
      const gone = framework.skills[s]!.id;
      return {
        ...framework,
        skills: framework.skills.filter((skill) => skill.id !== gone && skill.parent !== gone),
        roles: framework.roles.map((role) => ({
          ...role,
          targets: Object.fromEntries(Object.entries(role.targets).filter(([id]) => id !== gone)),
        })),
      };
    }),
    fc.nat({ max: framework.roles.length - 1 }).map((r) => ({
      ...framework,
      roles: framework.roles.map((role, i) => (i === r ? { ...role, id: `${role.id}-renamed` } : role)),
    })),
  );

/** Valid data files on a framework with one more skill, which people are rated in: they cannot merge. */
const unmergeableData = (data: AppData): fc.Arbitrary<AppData> =>
  fc.nat({ max: data.members.length - 1 }).map((m) => ({
    ...data,
    framework: {
      ...data.framework,
      skills: [
        ...data.framework.skills,
        { id: 'quantum-etl', name: 'Quantum ETL', area: 'data-engineering', kind: 'skill', description: '' },
      ],
    },
    members: data.members.map((member, i) =>
      i === m ? { ...member, name: `${member.name} Jr`, levels: { ...member.levels, 'quantum-etl': 2 } } : member,
    ),
  }));

const teamFileText = () => JSON.stringify(sampleTeam());

/**
 * One file through one import: refused with a message that starts with the file's name
 * and the store untouched, or imported (and then undone); anything else is unexpected.
 */
async function attempt(
  outcomes: Outcomes,
  name: string,
  bytes: Uint8Array,
  call: () => Promise<IpcResult<unknown>>,
  undo: (value: unknown, before: AppData) => Promise<void>,
): Promise<void> {
  const unexpected = (why: string) => {
    outcomes.unexpected += 1;
    if (outcomes.examples.length < 3) {
      outcomes.examples.push(`${why} ← ${JSON.stringify(Buffer.from(bytes.slice(0, 120)).toString('latin1'))}`);
    }
  };
  openFrom = join(dir, name);
  await writeFile(openFrom, bytes);
  const fileBefore = await readFile(store.dataFile);
  const dataBefore = store.data();
  const loggedBefore = logged.length;
  let result: IpcResult<unknown>;
  try {
    result = await call();
  } catch (error) {
    unexpected(`threw ${String(error)}`);
    return;
  }
  if (logged.length > loggedBefore) return unexpected(`logged ${logged.at(-1)}`);
  if (result.ok) {
    if (result.value === null) return unexpected('answered as if cancelled');
    outcomes.importedValid += 1;
    await undo(result.value, dataBefore);
    expect(store.data()).toEqual(dataBefore);
    return;
  }
  const { code, message } = result.error;
  if (code !== 'invalid-request') return unexpected(`${code}: ${message}`);
  // A clear message: the file's name, then what is wrong with it.
  if (!message.startsWith(`${name}: `) || message.length <= name.length + 2 || /\[object |\n\s+at /.test(message)) {
    return unexpected(`unclear message: ${message.slice(0, 200)}`);
  }
  await store.flush();
  if (store.data() !== dataBefore || Buffer.compare(await readFile(store.dataFile), fileBefore) !== 0) {
    return unexpected(`refused but the store changed: ${message.slice(0, 200)}`);
  }
  outcomes.refused += 1;
  const reason = REASONS.find(([, pattern]) => pattern.test(message))?.[0] ?? 'other';
  outcomes.because[reason] = (outcomes.because[reason] ?? 0) + 1;
}

/** What a refusal's message says, to see the generators reach each check. */
const REASONS: [string, RegExp][] = [
  ['not UTF-8', /not valid UTF-8/],
  ['empty', /the file is empty/],
  ['JSON syntax', /invalid JSON/],
  ['prototype key or nesting', /is not allowed|nested deeper/],
  ['kind', /kind|expected a JSON object/],
  ['version', /schemaVersion|newer|version/],
  ['does not fit', /does not fit|nothing was merged/],
  ['schema', /./],
];

function report(label: string, { refused, importedValid, unexpected, because }: Outcomes): void {
  console.log(
    `import-fuzz ${label}: ${refused + importedValid + unexpected} files; refused ${refused}, ` +
      `imported-valid ${importedValid}, unexpected ${unexpected}; refused because: ${JSON.stringify(because)}`,
  );
  for (const reason of ['JSON syntax', 'prototype key or nesting', 'kind', 'version', 'does not fit', 'schema']) {
    expect(because[reason], reason).toBeGreaterThan(0);
  }
}

describe('files found by fuzzing', () => {
  it('a file nested thousands deep and never closed is refused by name, not as an unexpected error', async () => {
    const outcomes: Outcomes = { refused: 0, because: {}, importedValid: 0, unexpected: 0, examples: [] };
    for (const text of ['['.repeat(100_000), `{"kind":"gapwise-data","members":${'{"a":'.repeat(20_000)}1`]) {
      await attempt(
        outcomes,
        'deep.json',
        Buffer.from(text),
        () => main.dispatch('data:importAll', fromApp, [{ mode: 'merge' }]),
        async () => undefined,
      );
      await attempt(
        outcomes,
        'deep.json',
        Buffer.from(text),
        () => main.dispatch('framework:import', fromApp, [{}]),
        async () => undefined,
      );
    }
    expect(outcomes).toMatchObject({ refused: 4, unexpected: 0, examples: [] });
  });

  it('a valid framework the team does not fit is refused naming the file, and changes nothing', async () => {
    const framework = exportedFramework as unknown as Framework;
    openFrom = join(dir, 'one-role.json');
    await writeFile(openFrom, JSON.stringify({ ...framework, roles: framework.roles.slice(0, 1) }));
    const before = await readFile(store.dataFile);
    const result = await main.dispatch('framework:import', fromApp, [{}]);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect((result as { error: { message: string } }).error.message).toMatch(
      /^one-role\.json: the team does not fit this framework, so it was not imported: members\[\d+\]\.role: unknown role "/,
    );
    expect(Buffer.compare(await readFile(store.dataFile), before)).toBe(0);
  });
});

describe('malformed files through the real import handlers', () => {
  it(`${CASES} malformed whole-data files (data:importAll, merge and replace)`, async () => {
    const outcomes: Outcomes = { refused: 0, because: {}, importedValid: 0, unexpected: 0, examples: [] };
    const modes = { merge: 0, replace: 0 };
    const files = malformedJsonFiles(
      exportedData,
      [JSON.stringify(exportedFramework), teamFileText()],
      ['gapwise-framework', 'gapwise-team', 'gapwise-report'],
      unmergeableData(exportedData as unknown as AppData),
    );
    await fc.assert(
      fc.asyncProperty(files, fc.constantFrom('merge' as const, 'replace' as const), (bytes, mode) => {
        modes[mode] += 1;
        return attempt(
          outcomes,
          'fuzz-data.json',
          bytes,
          () => main.dispatch('data:importAll', fromApp, [{ mode }]),
          async (value) => {
            // Undone with the backup the import names, as the page's Undo does.
            const { undoBackup } = value as ImportDone;
            expect(await main.dispatch('backup:restore', fromApp, [{ name: undoBackup }])).toMatchObject({ ok: true });
          },
        );
      }),
      { numRuns: CASES, seed: seedOf('data:importAll files') },
    );
    report(`data:importAll (merge ${modes.merge}, replace ${modes.replace})`, outcomes);
    expect(outcomes.examples).toEqual([]);
    expect(outcomes.unexpected).toBe(0);
    expect(outcomes.refused).toBeGreaterThan(CASES / 2);
    expect(outcomes.importedValid).toBeGreaterThan(0);
  }, 180_000);

  it(`${CASES} malformed framework files (framework:import)`, async () => {
    const outcomes: Outcomes = { refused: 0, because: {}, importedValid: 0, unexpected: 0, examples: [] };
    const files = malformedJsonFiles(
      exportedFramework,
      [JSON.stringify(exportedData), teamFileText()],
      ['gapwise-data', 'gapwise-team', 'gapwise-report'],
      unfittingFrameworks(exportedFramework as unknown as Framework),
    );
    await fc.assert(
      fc.asyncProperty(files, (bytes) =>
        attempt(
          outcomes,
          'fuzz-framework.json',
          bytes,
          () => main.dispatch('framework:import', fromApp, [{}]),
          async (_value, before) => {
            // No undo backup for a framework: the one before is saved back.
            const saved = await main.dispatch('framework:save', fromApp, [{ framework: before.framework }]);
            expect(saved).toMatchObject({ ok: true });
          },
        ),
      ),
      { numRuns: CASES, seed: seedOf('framework:import files') },
    );
    report('framework:import', outcomes);
    expect(outcomes.examples).toEqual([]);
    expect(outcomes.unexpected).toBe(0);
    expect(outcomes.refused).toBeGreaterThan(CASES / 2);
    expect(outcomes.importedValid).toBeGreaterThan(0);
    expect(logged).toEqual([]);
  }, 180_000);
});
