import fc from 'fast-check';
import { MAX_REQUEST_BYTES, type Channel, type RequestOf } from '@shared/ipc';
import { builtinFramework, sampleTeam } from '../../support/fixtures';

/* Generators shared by the IPC, import and spreadsheet fuzz suites. */

/** A fixed seed from a name: each channel or format keeps its cases when others are added. */
export function seedOf(name: string): number {
  let hash = 2166136261;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 16777619);
  return hash | 0;
}

/** One valid request per channel; typed over every channel, so a new channel must get one. */
export function validRequests(): { [C in Channel]: RequestOf<C> } {
  const team = sampleTeam();
  const [first, second] = team.members;
  return {
    'app:getInfo': {},
    'app:openDataFolder': {},
    'link:openExternal': { url: 'https://example.org/gapwise' },
    'data:load': {},
    'team:clearSample': {},
    'member:save': { member: { ...first!, title: 'Lead', notes: 'Notes', assessedOn: '2026-01-19' } },
    'member:delete': { memberId: 'nobody-here' },
    'organisation:save': {
      organisation: {
        ...team.organisation,
        sizeClass: 'medium',
        coverage: { minPeople: 2, overrides: { 'data-pipelines': { people: 1, level: 2 } } },
      },
    },
    'organisation:renameProductTeam': { from: 'Checkout', to: 'Checkout and payments' },
    'scenario:save': {
      scenario: {
        id: 'fuzz-plan',
        name: 'Fuzz plan',
        description: 'A plan',
        plannedHires: [
          { id: 'h1', name: 'Hire', role: 'data-engineer', productTeam: 'Checkout', fte: 1, levels: { spark: 3 } },
        ],
        roleMoves: [{ memberId: first!.id, toRole: 'data-engineer' }],
        departures: [second!.id],
      },
    },
    'scenario:delete': { scenarioId: 'no-such-plan' },
    'settings:save': { settings: { theme: 'dark' } },
    'framework:save': { framework: builtinFramework() },
    'framework:reset': {},
    'framework:import': {},
    'framework:export': {},
    'backup:list': {},
    'backup:create': {},
    'backup:restore': { name: 'data-2026-01-01T00-00-00.000Z.json' },
    'matrix:read': {},
    'team:import': {
      token: 'matrix-1',
      layout: {
        sheet: 'Team',
        headerRow: 0,
        columns: [
          { index: 0, header: 'Name', target: { kind: 'name' }, matchedBy: 'field' },
          {
            index: 1,
            header: 'Spark',
            target: { kind: 'skill', skillIds: ['big-data-technologies'] },
            matchedBy: 'alias',
          },
          { index: 2, header: 'Job title', target: { kind: 'title' }, matchedBy: 'field' },
          { index: 3, header: 'Notes', target: { kind: 'notes' }, matchedBy: 'field' },
          { index: 4, header: 'Assessed on', target: { kind: 'assessedOn' }, matchedBy: 'field' },
          {
            index: 5,
            header: 'Machine learning',
            target: { kind: 'skill', skillIds: ['ml-algorithms', 'ml-model-development'] },
            matchedBy: 'user',
          },
          {
            index: 6,
            header: 'Pipelines %',
            target: { kind: 'allocation', responsibilityId: 'data-pipelines' },
            matchedBy: 'field',
          },
        ],
        levelLabels: { expert: 4, guru: null },
        roleValues: { 'senior data scientist': 'data-scientist', 'bi developer': 'other', intern: null },
        defaultRole: 'data-engineer',
        skipRows: [9, 12],
        keepRows: [7],
      },
      mode: 'merge',
    },
    'team:export': { format: 'csv' },
    'team:template': {},
    'data:exportAll': {},
    'data:importAll': { mode: 'merge' },
    'plan:export': { format: 'pdf', kind: 'brief', eachHire: true },
    'round:close': { name: '2027 Q1 review', date: '2027-03-31' },
    'round:rename': { roundId: 'no-such-round', name: 'Renamed review' },
    'round:delete': { roundId: 'no-such-round' },
    'round:undoDelete': { undo: 'round-1-no-such-round' },
    'round:reopen': { roundId: 'no-such-round' },
    'round:load': { roundId: 'no-such-round' },
    'round:memberHistory': { memberId: first!.id },
    'rounds:compare': { from: 'today', to: 'today' },
    'rounds:exportTrends': { format: 'md' },
    'rounds:exportComparison': { from: 'today', to: 'today', format: 'csv' },
    'forms:export': { memberIds: [first!.id, second!.id], perTeam: false },
    'forms:import': {},
    'selfAssessment:decide': { memberId: first!.id, skillId: 'data-pipelines', decision: 'overridden' },
    'benchmarks:read': {},
  };
}

export type Path = readonly (string | number)[];

/** Every node of a JSON value (objects, arrays and leaves), as paths from the root. */
export function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((child, i) => pathsOf(child, [...path, i], out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) pathsOf(child, [...path, key], out);
  }
  return out;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const setOwn = (target: object, key: PropertyKey, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

/**
 * A deep copy of plain objects and arrays (cycles, holes and getters kept); anything else
 * (functions, dates, maps, symbols) by reference, which structuredClone would refuse.
 */
function copy(value: unknown, seen = new Map<object, unknown>()): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return seen.get(value);
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    out.length = value.length;
    for (const key of Object.keys(value)) out[Number(key)] = copy(value[Number(key)], seen);
    return out;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  const out = Object.create(proto) as object;
  seen.set(value, out);
  for (const [key, d] of Object.entries(Object.getOwnPropertyDescriptors(value))) {
    Object.defineProperty(out, key, 'value' in d ? { ...d, value: copy(d.value, seen) } : d);
  }
  return out;
}

/** Returned by an edit to remove the node. */
export const REMOVE = Symbol('remove');
/** Turns the node into a new one; gets the (copied) root too, for cycles. */
export type Edit = (node: unknown, root: unknown) => unknown;

/** A copy of `root` with the node at `path` edited; a path that no longer exists is left alone. */
export function editAt(root: unknown, path: Path, edit: Edit): unknown {
  const out = copy(root);
  if (path.length === 0) {
    const next = edit(out, out);
    return next === REMOVE ? undefined : next;
  }
  let parent: unknown = out;
  for (const key of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return out;
    parent = (parent as Record<string | number, unknown>)[key];
  }
  if (parent === null || typeof parent !== 'object') return out;
  const key = path.at(-1)!;
  const next = edit((parent as Record<string | number, unknown>)[key], out);
  if (Array.isArray(parent)) {
    if (next === REMOVE) parent.splice(Number(key), 1);
    else parent[Number(key)] = next;
  } else if (next === REMOVE) delete (parent as Record<string | number, unknown>)[key];
  else setOwn(parent, key, next);
  return out;
}

export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
/** What a prototype-key payload would plant on Object.prototype if it ever got through. */
export const POLLUTION_MARK = 'gapwisePolluted';

/** The node with a prototype key as a real own key, made by JSON.parse of text. */
export function withPrototypeKey(node: unknown, key: string): unknown {
  const planted = key === 'constructor' ? `{"prototype":{"${POLLUTION_MARK}":true}}` : `{"${POLLUTION_MARK}":true}`;
  let rest = '';
  try {
    const text = isRecord(node) ? JSON.stringify(node) : undefined;
    if (text !== undefined && text !== '{}') rest = `,${text.slice(1, -1)}`;
  } catch {
    // A node that is no longer JSON (a cycle, a BigInt): the key alone.
  }
  return JSON.parse(`{"${key}":${planted}${rest}}`);
}

/** Longer than every limit in the schemas, up to the IPC size limit. */
export const LONG = [65, 121, 201, 1001, 2001, 2049, 5001, 10_001];
/** Rarer, as each costs tens of milliseconds to serialise and check. */
const LONGER = [100_001, 1_000_001];
const MANY = [2, 21, 51, 101, 501, 1001];
const MORE = [10_001, 16_385, 20_001];
const DEEP = [10, 63, 64, 65, 66, 200, 500];
const BIG = 'x'.repeat(MAX_REQUEST_BYTES + 2048);

const nest = (node: unknown, depth: number, asArray: boolean): unknown => {
  let out = node;
  for (let i = 0; i < depth; i++) out = asArray ? [out] : { a: out };
  return out;
};

/** `count` copies of the node (or of its first element), fewer when they would pass the size limit by far. */
function repeated(node: unknown, count: number): unknown[] {
  const element: unknown = Array.isArray(node) && node.length > 0 ? node[0] : node;
  let size = 1;
  try {
    size = Math.max(1, JSON.stringify(element)?.length ?? 1);
  } catch {
    // Not JSON: any count will do.
  }
  return new Array<unknown>(Math.min(count, Math.max(2, Math.ceil((MAX_REQUEST_BYTES + 65_536) / size)))).fill(element);
}

/** An edit that puts `value` in the node's place. */
const put =
  (value: unknown): Edit =>
  () =>
    value;
const withKey =
  ([key, value]: [string, unknown]): Edit =>
  (node) =>
    isRecord(node) ? (setOwn(node, key, value), node) : { [key]: value };
const withPrototypeKeyEdit =
  (key: string): Edit =>
  (node) =>
    withPrototypeKey(node, key);
const repeatedEdit =
  (count: number): Edit =>
  (node) =>
    repeated(node, count);
const nestedEdit =
  ([depth, asArray]: [number, boolean]): Edit =>
  (node) =>
    nest(node, depth, asArray);

/** Edits that keep the value JSON: wrong types, missing and extra keys, sizes, prototype keys, nesting. */
export function jsonEdits(keys: readonly string[], many = MANY, more = MORE): fc.Arbitrary<Edit> {
  const key = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...keys, 'admin', 'isAdmin', '', 'ID', 'toJSON'));
  const rarely = <T>(often: T[], seldom: T[]) =>
    fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...often) }, { weight: 1, arbitrary: fc.constantFrom(...seldom) });
  const odd = fc.constantFrom<unknown>(
    -1,
    0,
    0.5,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    11,
    100.5,
    '',
    ' ',
    '1',
    'A B',
    [],
    {},
    null,
    true,
  );
  return fc.oneof(
    { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 2 }).map(put) },
    { weight: 3, arbitrary: fc.constant(put(REMOVE)) },
    { weight: 3, arbitrary: fc.tuple(key, fc.jsonValue({ maxDepth: 1 })).map(withKey) },
    { weight: 3, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS).map(withPrototypeKeyEdit) },
    { weight: 2, arbitrary: rarely(LONG, LONGER).map((n) => put(BIG.slice(0, n))) },
    { weight: 2, arbitrary: rarely(many, more).map(repeatedEdit) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...DEEP), fc.boolean()).map(nestedEdit) },
    { weight: 2, arbitrary: odd.map(put) },
  );
}

class Thing {
  readonly a = 1;
}

/** Values no JSON or schema can hold: cycles, BigInt, functions, symbols, throwing getters, exotic objects. */
export const hostileEdits: fc.Arbitrary<Edit> = fc.constantFrom<Edit>(
  (_node, root) => root,
  (node) => {
    const cyclic: Record<string, unknown> = { node };
    cyclic.self = cyclic;
    return cyclic;
  },
  () => 10n,
  (node) => (isRecord(node) ? { ...node, big: 2n ** 70n } : 2n ** 70n),
  () => () => 1,
  () => Symbol('s'),
  () => undefined,
  () => NaN,
  () => Infinity,
  () => -0,
  () => new Date(Number.NaN),
  () => new Map([['a', 1]]),
  () => new Set([1]),
  () => new Uint8Array(4),
  () => Object('x') as unknown,
  () => new Thing(),
  () => Object.assign(new Array<unknown>(3), { 1: 1 }),
  (node) => (isRecord(node) ? Object.assign(Object.create(null) as object, node) : Object.create(null)),
  (node) =>
    Object.defineProperty(isRecord(node) ? { ...node } : {}, 'trap', {
      enumerable: true,
      get() {
        throw new Error('getter trap');
      },
    }),
);

/** The key names used in a value, so extra keys are sometimes near misses. */
export function keysOf(value: unknown): string[] {
  const keys = new Set<string>();
  for (const path of pathsOf(value)) {
    const last = path.at(-1);
    if (typeof last === 'string') keys.add(last);
  }
  return [...keys].slice(0, 200);
}

/** The value with a string at `path` making its JSON exactly MAX_REQUEST_BYTES + delta long. */
function ofJsonSize(value: unknown, path: Path, delta: number): unknown {
  const empty = editAt(value, path, () => '');
  const size = JSON.stringify(empty)?.length ?? 0;
  const length = Math.max(0, MAX_REQUEST_BYTES + delta - size);
  return editAt(value, path, () => BIG.slice(0, length));
}

/**
 * The argument lists a page could send instead of `[valid]`: the valid request edited one
 * to three times (the last edit perhaps hostile), anything at all, the wrong number of
 * arguments, and strings that bring the request to just under, at or over the size limit.
 */
export function ipcArgs(valid: unknown): fc.Arbitrary<unknown[]> {
  const paths = pathsOf(valid);
  const path = fc.constantFrom(...paths);
  const keys = keysOf(valid);
  const edits = fc.array(fc.tuple(path, jsonEdits(keys)), { minLength: 1, maxLength: 3 });
  const edited = fc.tuple(edits, fc.option(fc.tuple(path, hostileEdits), { freq: 4 })).map(([list, hostile]) => {
    const all = hostile ? [...list, hostile] : list;
    return [all.reduce<unknown>((value, [at, edit]) => editAt(value, at, edit), valid)];
  });
  const anything = fc
    .anything({
      maxDepth: 3,
      key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...keys, ...PROTOTYPE_KEYS)),
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    })
    .map((value) => [value]);
  const argumentCount = fc.oneof<fc.Arbitrary<unknown[]>[]>(
    fc.constant([]),
    fc.anything().map((extra) => [valid, extra]),
    fc.integer({ min: 2, max: 5 }).map((n) => new Array<unknown>(n).fill(valid)),
    fc.constant<unknown[]>([undefined]),
  );
  const nearLimit = fc
    .tuple(path, fc.constantFrom(-2, -1, 0, 1, 2, 4096))
    .map(([at, delta]) => [ofJsonSize(valid, at, delta)]);
  return fc.oneof(
    { weight: 28, arbitrary: edited },
    { weight: 6, arbitrary: anything },
    { weight: 2, arbitrary: argumentCount },
    { weight: 1, arbitrary: nearLimit },
    { weight: 2, arbitrary: fc.constant<unknown[]>([valid]) },
  );
}

/** A short, safe description of arguments for failure messages. */
export function describeArgs(args: readonly unknown[]): string {
  try {
    const text = JSON.stringify(args, (_key, value: unknown) =>
      typeof value === 'bigint'
        ? `${value}n`
        : typeof value === 'string' && value.length > 80
          ? `<${value.length} chars>`
          : value,
    );
    return text.length > 400 ? `${text.slice(0, 400)}…` : text;
  } catch (error) {
    return `<${args.length} argument(s) that JSON cannot hold: ${String(error)}>`;
  }
}

/* Files. */

const encoder = new TextEncoder();
export const utf8 = (text: string): Uint8Array => encoder.encode(text);

/** Bytes a damaged or odd file could hold: noise, or a valid file cut, flipped, spliced. */
export const damagedBytes = (valid: Uint8Array): fc.Arbitrary<Uint8Array> =>
  fc.oneof(
    fc.uint8Array({ maxLength: 2000 }),
    fc.nat({ max: valid.length }).map((end) => valid.slice(0, end)),
    fc
      .array(fc.tuple(fc.nat({ max: valid.length - 1 }), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 8,
      })
      .map((flips) => {
        const out = valid.slice();
        for (const [at, byte] of flips) out[at] = byte;
        return out;
      }),
    fc
      .tuple(fc.nat({ max: valid.length }), fc.uint8Array({ minLength: 1, maxLength: 64 }))
      .map(([at, junk]) => new Uint8Array([...valid.slice(0, at), ...junk, ...valid.slice(at)])),
    // Two cuts of the file joined: a part left out or repeated.
    fc
      .tuple(fc.nat({ max: valid.length }), fc.nat({ max: valid.length }))
      .map(([a, b]) => new Uint8Array([...valid.slice(0, a), ...valid.slice(b)])),
  );

/** Raw JSON put where a value was: huge or odd numbers, broken tokens, deep or unclosed nesting. */
const rawValues = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '1e309',
      '-1e309',
      '1e308',
      '123456789012345678901234567890',
      '-0',
      '1e-400',
      '9007199254740993',
      '0.30000000000000004',
      '1.0',
      '4.0000000000000001',
      '01',
      'NaN',
      'Infinity',
      '-',
      '1e',
      '.5',
      '+1',
      '0x10',
      '"\\ud800"',
      '"\\u0000"',
      '"unterminated',
      "'single'",
      '[1,]',
      '{"a":1,}',
      '/* comment */ 1',
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(65, 1000, 20_000, 200_000), fc.constantFrom('[', '{"a":'), fc.boolean())
      .map(([n, open, closed]) =>
        closed ? `${open.repeat(n)}1${(open === '[' ? ']' : '}').repeat(n)}` : `${open.repeat(n)}1`,
      ),
  },
);

const RAW_MARK = 'fuzz-raw-0b7a3c';

/** The document as JSON text (compact or indented), with raw text where the mark is. */
function documentText(value: unknown, indent: boolean, raw?: string): string {
  const text = JSON.stringify(value, null, indent ? 2 : undefined) ?? 'null';
  return raw === undefined ? text : text.replace(`"${RAW_MARK}"`, () => raw);
}

/**
 * Malformed versions of a valid JSON file: its bytes damaged; its document edited (wrong
 * types, missing or extra keys, prototype keys, huge strings and arrays, deep nesting, odd
 * raw numbers and tokens, wrong kinds and versions); valid JSON of another shape or kind;
 * and wrappings of the valid text (BOM, trailing text, UTF-16, comments).
 */
export function malformedJsonFiles(
  valid: Record<string, unknown>,
  others: readonly string[],
  kinds: readonly unknown[],
  /** Cases of the format's own: valid JSON of the right kind that does not fit the data. */
  own: fc.Arbitrary<unknown> = fc.constant(valid),
): fc.Arbitrary<Uint8Array> {
  const text = `${JSON.stringify(valid, null, 2)}\n`;
  const paths = pathsOf(valid);
  const path = fc.constantFrom(...paths);
  const edit = fc.oneof(
    { weight: 6, arbitrary: jsonEdits(keysOf(valid), [2, 21, 101, 501], [1001, 2001]) },
    { weight: 2, arbitrary: rawValues.map((raw): [Edit, string] => [() => RAW_MARK, raw]) },
  );
  const edited = fc
    .tuple(fc.array(fc.tuple(path, edit), { minLength: 1, maxLength: 3 }), fc.boolean())
    .map(([edits, indent]) => {
      let raw: string | undefined;
      const value = edits.reduce<unknown>((doc, [at, e]) => {
        if (Array.isArray(e)) {
          raw = e[1];
          return editAt(doc, at, e[0]);
        }
        return editAt(doc, at, e);
      }, valid);
      return utf8(documentText(value, indent, raw));
    });
  const kindOrVersion = fc
    .tuple(
      fc.oneof(
        fc.constant(valid['kind']),
        fc.constantFrom<unknown>(...kinds, REMOVE, 'gapwise-data ', 'GAPWISE', '', 7, null, ['x']),
      ),
      fc.constantFrom<unknown>(1, 0, 2, 99, -1, '1', 1.5, null, true, REMOVE, RAW_MARK),
      fc.constantFrom('1e309', '1.0', '1e0', '2e0'),
    )
    .map(([kind, version, raw]) => {
      let doc = editAt(valid, ['kind'], () => kind);
      doc = editAt(doc, ['schemaVersion'], () => version);
      return utf8(documentText(doc, true, version === RAW_MARK ? raw : undefined));
    });
  const wrongShape = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }).map((value) => utf8(JSON.stringify(value) ?? 'null')),
    fc.constantFrom(...others, '[]', '{}', 'null', '0', '""', '"gapwise"', '[{}]').map(utf8),
    fc.constant(utf8(`[${text}]`)),
    fc.constant(utf8(`{"data":${text}}`)),
  );
  const wrapped = fc.constantFrom(
    utf8(`\uFEFF${text}`),
    utf8(`${text}{}`),
    utf8(`${text}${text}`),
    utf8(`// exported\n${text}`),
    utf8(text.replace(/\n}\n$/, ',\n}\n')),
    new Uint8Array(Buffer.from(text, 'utf16le')),
    new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]),
    utf8(`${text}\u0000`),
    new Uint8Array(0),
    utf8(' \n\t'),
  );
  return fc.oneof(
    { weight: 4, arbitrary: damagedBytes(utf8(text)) },
    { weight: 6, arbitrary: edited },
    { weight: 1, arbitrary: kindOrVersion },
    { weight: 1, arbitrary: wrongShape },
    { weight: 1, arbitrary: wrapped },
    { weight: 1, arbitrary: own.map((value) => utf8(JSON.stringify(value))) },
  );
}

/* Import mappings (issue 16): the fields and targets a layout gained, edited where they are. */

const SKILL_IDS = ['python', 'sql', 'big-data-technologies', 'ml-algorithms', 'orchestration'];
const RESPONSIBILITY_IDS = ['data-pipelines', 'ml-model-development', 'data-modelling'];
const ROLE_IDS = ['data-scientist', 'data-engineer', 'ml-engineer', 'data-analyst', 'other'];
/** Ids no framework has, ids that are not slugs, and what is not an id at all. */
const WRONG_IDS: unknown[] = ['quantum-etl', 'astronaut', 'Python', 'Data Scientist', '', ' ', 'x'.repeat(65), 7, null];

/**
 * Edits of a valid layout's new fields — column targets (notes, assessed on, several skills,
 * allocation), role values, the default role, rows left out and kept — each with values of
 * the right kind (some valid, some naming nothing the framework has) or of the wrong kind,
 * one to three at a time, as [path, edit] pairs for editAt.
 */
export function layoutEdits(
  layout: { columns: readonly unknown[]; roleValues?: object; levelLabels: object },
  rowCount: number,
): fc.Arbitrary<[Path, Edit][]> {
  const id = (valid: string[]) =>
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom<unknown>(...valid) },
      { weight: 1, arbitrary: fc.constantFrom(...WRONG_IDS) },
    );
  const skillId = id([...SKILL_IDS, ...RESPONSIBILITY_IDS]);
  const skillIds = fc.oneof(
    { weight: 6, arbitrary: fc.array(skillId, { minLength: 1, maxLength: 4 }) },
    { weight: 1, arbitrary: fc.constantFrom(0, 50, 51, 10_000).map((n) => new Array<string>(n).fill('python')) },
    { weight: 1, arbitrary: fc.constantFrom(51, 10_000).map((n) => Array.from({ length: n }, (_, i) => `skill-${i}`)) },
  );
  const kinds = ['name', 'title', 'role', 'productTeam', 'fte', 'notes', 'assessedOn', 'ignore'] as const;
  const target = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom<unknown>(...kinds).map((kind) => ({ kind })) },
    { weight: 4, arbitrary: skillIds.map((ids) => ({ kind: 'skill', skillIds: ids })) },
    {
      weight: 3,
      arbitrary: id([...RESPONSIBILITY_IDS, ...SKILL_IDS]).map((r) => ({ kind: 'allocation', responsibilityId: r })),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom<unknown>(
        { kind: 'Notes' },
        { kind: 'skills', skillIds: ['python'] },
        { kind: 'allocation' },
        { kind: 'skill' },
        { kind: 'notes', responsibilityId: 'data-pipelines' },
        { kind: null },
        { kind: '__proto__' },
        'notes',
        null,
        {},
      ),
    },
  );
  const role = fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 4, arbitrary: id(ROLE_IDS) });
  const valueKeys = [...Object.keys(layout.roleValues ?? {}), 'nobody', 'x'.repeat(201)];
  const labelKeys = [...Object.keys(layout.levelLabels), 'guru', ''];
  const level = fc.constantFrom<unknown>(0, 1, 2, 3, 4, 5, 10, 11, -1, 1.5, null, '3');
  const row = fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 1, max: rowCount + 2 }) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(-1, 0, 1.5, 1_048_576, 1_048_577, 1e21, '5', null) },
  );
  const rows = fc.oneof(
    { weight: 6, arbitrary: fc.array(row, { maxLength: 5 }) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(REMOVE, 5, '5', {}, null) },
  );
  const columnIndex = fc.nat({ max: layout.columns.length - 1 });
  const edit = fc.oneof<fc.Arbitrary<[Path, Edit]>[]>(
    fc.tuple(columnIndex, target).map(([i, t]) => [['columns', i, 'target'], put(t)]),
    fc.tuple(columnIndex, skillIds).map(([i, ids]) => [['columns', i, 'target', 'skillIds'], put(ids)]),
    fc.tuple(fc.constantFrom(...valueKeys), role).map(([key, r]) => [['roleValues'], withKey([key, r])]),
    fc.tuple(fc.constantFrom(...labelKeys), level).map(([key, l]) => [['levelLabels'], withKey([key, l])]),
    fc
      .tuple(fc.constantFrom('roleValues', 'levelLabels'), fc.constantFrom(...PROTOTYPE_KEYS))
      .map(([field, key]) => [[field], withPrototypeKeyEdit(key)]),
    fc.oneof(role, fc.constant(REMOVE)).map((r) => [['defaultRole'], put(r)]),
    fc.tuple(fc.constantFrom('skipRows', 'keepRows'), rows).map(([field, r]) => [[field], put(r)]),
    fc
      .tuple(fc.constantFrom<Path>(['roleValues'], ['defaultRole'], ['skipRows'], ['keepRows']), jsonEdits([]))
      .map(([path, e]) => [path, e]),
  );
  return fc.array(edit, { minLength: 1, maxLength: 3 });
}
