import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeProblem, parseJsonText } from '@shared/io';
import { SheetLayoutSchema } from '@shared/interchange/layout-schema';
import { layoutFromMappingFile, parseMappingFile, type MappingFile } from '@shared/interchange/mapping-file';
import { normaliseHeader } from '@shared/interchange/normalise';
import { buildPreview } from '@shared/interchange/preview';
import { guessRole } from '@shared/interchange/role-values';
import { InterchangeError, type RawSheet, type RawWorkbook, type SheetLayout } from '@shared/interchange/types';
import { builtinFramework } from '../../support/fixtures';

/*
 * The CLI's --map file, fuzzed as the CLI reads it (JSON text, then the file's schema, then
 * the workbook): every file either gives a layout that does what it says and that the
 * preview reads without throwing, or is refused with one line naming the file and the key.
 */

const fw = builtinFramework();
const MAP = 'map.json';
const HEADERS = [
  'Name',
  'Job Title',
  'Squad',
  'FTE',
  'Notes',
  'Assessed on',
  'Data pipelines (ETL) %',
  'Machine learning',
  'Spark',
  'SQL',
];
const team: RawSheet = {
  name: 'Team',
  rows: [
    ['Data team skills'],
    [],
    HEADERS,
    ['Ana Lima', 'Senior Data Scientist', 'Checkout', 0.8, 'Leads churn\nmentor', '2026-01-05', 20, 'Expert', 1, 3],
    ['Wei Zhang', 'ML Engineer', 'Search', 1, '', '2026-02-01', 0, 4, 2, 'Practitioner'],
    ['Olu Ade', 'BI Developer', 'Search', '100%', '', '', '', 'Guru', '', 2],
    ['Sum Lee', 'Data engineer', 'Search', 1, '', '', 10, 2, 3, 3],
    ['Team average', '', '', '', '', '', 7.5, 3.3, 2, 2.5],
  ],
};
const workbook: RawWorkbook = {
  fileName: 'team.csv',
  format: 'csv',
  sheets: [{ name: 'Notes', rows: [['exported by HR'], ['2026-02-01']] }, team],
};

/** Keys a refusal may name: the file's own, or (for a sheet that has no header row at all) the workbook. */
const KEYS = ['sheet', 'headerRow', 'columns', 'levels', 'roles', 'defaultRole', 'skipRows', 'keepRows'];

/** Mostly what a user would write; sometimes a near miss the file's schema accepts but the sheet or framework does not. */
const often = <T>(usual: fc.Arbitrary<T>, rare: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 8, arbitrary: usual }, { weight: 1, arbitrary: rare });

const header = often(
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HEADERS) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...HEADERS)
        .chain((h) => fc.constantFrom(h.toUpperCase(), h.toLowerCase(), ` ${h} `, h.replace(/ /g, '_'))),
    },
  ),
  fc.oneof(fc.constantFrom('Nope', '', ' ', '%'), fc.string({ maxLength: 6 })),
);
const skillId = often(
  fc.constantFrom('python', 'sql', 'big-data-technologies', 'ml-algorithms', 'data-pipelines', 'ml-model-development'),
  fc.constantFrom('quantum-etl', ' ', 'Python'),
);
const responsibilityId = often(
  fc.constantFrom('data-pipelines', 'ml-model-development', 'data-modelling'),
  fc.constantFrom('python', 'quantum-etl', ' '),
);
const single = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom('name', 'title', 'role', 'productTeam', 'fte', 'notes', 'assessedOn', 'ignore'),
  },
  { weight: 3, arbitrary: skillId.map((id) => `skill:${id}`) },
  { weight: 2, arbitrary: responsibilityId.map((id) => `allocation:${id}`) },
);
const target = fc.oneof(
  { weight: 4, arbitrary: single },
  {
    weight: 2,
    arbitrary: fc.array(
      skillId.map((id) => `skill:${id}`),
      { minLength: 1, maxLength: 4 },
    ),
  },
  { weight: 1, arbitrary: fc.array(single, { minLength: 1, maxLength: 3 }) },
);
const label = fc.oneof(fc.constantFrom('Expert', 'Guru', 'guru', 'GURU', 'Practitioner', 'nobody', '', '!!!'));
const level = often(fc.integer({ min: 0, max: 4 }), fc.constantFrom(5, 10));
const roleValue = often(
  fc.constantFrom('ML Engineer', 'bi developer', 'BI Developer', 'Senior Data Scientist', 'Data engineer'),
  fc.oneof(fc.constantFrom('Ghost', ''), fc.string({ maxLength: 6 })),
);
const role = often(
  fc.constantFrom('data-scientist', 'ml-engineer', 'Data analyst / BI developer', 'ML engineer', 'DS', 'other'),
  fc.constantFrom('Other (no framework role)', 'astronaut', 'data', ' '),
);
const row = fc.integer({ min: 1, max: team.rows.length + 2 });

/** Values the file's schema refuses, for any key. */
const wrong = fc.constantFrom<unknown>(
  0,
  -1,
  1.5,
  1_048_577,
  '3',
  '',
  null,
  true,
  [],
  {},
  [0],
  ['x'],
  { x: 'x' },
  { Spark: 'person' },
  { Spark: [] },
  { Spark: 'skill:' },
  { Spark: new Array(51).fill('skill:python') },
  { Guru: 11 },
  { Guru: null },
  { 'ML Engineer': '' },
  'x'.repeat(1001),
);

const goodFile = fc.record(
  {
    sheet: often(fc.constant('Team'), fc.constantFrom('Notes', 'team', 'Other')),
    headerRow: often(fc.constant(3), fc.constantFrom(1, 2, 4, team.rows.length, team.rows.length + 1, 99)),
    columns: fc.dictionary(header, target, { maxKeys: 4 }),
    levels: fc.dictionary(label, level, { maxKeys: 3 }),
    roles: fc.dictionary(roleValue, role, { maxKeys: 3 }),
    defaultRole: role,
    skipRows: fc.array(row, { maxLength: 4 }),
    keepRows: fc.array(row, { maxLength: 4 }),
  },
  { requiredKeys: [] },
);

/** Mostly files of the right shape; some with one key wrong; some any JSON or damaged text. */
const mappingText = fc.oneof(
  { weight: 10, arbitrary: goodFile.map((doc) => JSON.stringify(doc)) },
  {
    weight: 4,
    arbitrary: fc
      .tuple(goodFile, fc.constantFrom(...KEYS, 'extra', 'Columns'), wrong)
      .map(([doc, key, value]) => JSON.stringify({ ...doc, [key]: value })),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((doc) => JSON.stringify(doc)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '{"roles":{"__proto__":"data-scientist"}}',
      '{"levels":{"constructor":2}}',
      '{"columns":{"Spark":"skill:python",}}',
      '{"columns":',
      '',
      '// map\n{}',
    ),
  },
);

/** The column a header of the file names, as applyMappingFile finds it. */
const columnFor = (layout: SheetLayout, name: string) =>
  layout.columns.find((c) => c.header === name.trim()) ??
  layout.columns.find((c) => c.header !== '' && normaliseHeader(c.header) === normaliseHeader(name));

/** What the file asked for, checked against the layout it gave. */
function expectHonoured(layout: SheetLayout, mapping: MappingFile): void {
  for (const [name, value] of Object.entries(mapping.columns ?? {})) {
    const { target } = columnFor(layout, name)!;
    const wanted = typeof value === 'string' ? [value] : value;
    const got =
      target.kind === 'skill'
        ? target.skillIds.map((id) => `skill:${id}`)
        : [target.kind === 'allocation' ? `allocation:${target.responsibilityId}` : target.kind];
    expect(got.sort(), `columns.${name}`).toEqual([...new Set(wanted)].sort());
  }
  for (const [name, value] of Object.entries(mapping.levels ?? {})) {
    expect(layout.levelLabels[normaliseHeader(name)], `levels.${name}`).toBe(value);
  }
  for (const [value, id] of Object.entries(mapping.roles ?? {})) {
    const key = normaliseHeader(value);
    // Values the sheet does not hold are not kept; those it holds are read as the file says.
    if (layout.roleValues && Object.hasOwn(layout.roleValues, key)) {
      expect(layout.roleValues[key], `roles.${value}`).toBe(guessRole(id, fw));
    }
  }
  if (mapping.defaultRole !== undefined) expect(layout.defaultRole).toBe(guessRole(mapping.defaultRole, fw));
  if (mapping.skipRows) expect(layout.skipRows).toEqual([...new Set(mapping.skipRows)].sort((a, b) => a - b));
  if (mapping.keepRows) expect(layout.keepRows).toEqual([...new Set(mapping.keepRows)].sort((a, b) => a - b));
}

describe('--map files, generated', () => {
  const CASES = 3000;
  it(`${CASES} files: a layout that does what the file says and previews, or one line naming the file and key`, () => {
    const counts = { json: 0, schema: 0, applied: 0, refused: 0, noHeader: 0, members: 0 };
    fc.assert(
      fc.property(mappingText, (text) => {
        const parsed = parseJsonText(text);
        if (!parsed.ok) {
          counts.json += 1;
          return;
        }
        const checked = parseMappingFile(parsed.value);
        if (!checked.ok) {
          counts.schema += 1;
          const line = describeProblem(checked.error, MAP);
          expect(line).toMatch(new RegExp(`^${MAP}: `));
          // A field of a file that is an object is named by its path.
          const doc = parsed.value;
          if (doc !== null && typeof doc === 'object' && !Array.isArray(doc) && Object.keys(doc).length > 0) {
            // (Several unknown keys are named in the message.)
            if (checked.error.path === '') expect(line).toMatch(/^map\.json: unknown fields "/);
          }
          return;
        }
        const mapping = checked.value;
        let result: { sheet: RawSheet; layout: SheetLayout };
        try {
          result = layoutFromMappingFile(workbook, mapping, fw, MAP);
        } catch (error) {
          if (!(error instanceof InterchangeError)) throw error;
          const { message } = error;
          expect(message).not.toMatch(/\n|\[object |undefined/);
          if (message.startsWith(`${workbook.fileName}: `)) {
            // Only a sheet with no header row to be found is the workbook's problem, not the file's.
            expect(message).toMatch(/no header row with a name column/);
            counts.noHeader += 1;
          } else {
            counts.refused += 1;
            const key = KEYS.find((k) => message.startsWith(`${MAP}: ${k}`));
            expect(key, message).toBeDefined();
          }
          return;
        }
        counts.applied += 1;
        expectHonoured(result.layout, mapping);
        // The CLI does what the dialog can, and no more: its layout is one the dialog could send.
        const asSent = SheetLayoutSchema.safeParse(result.layout);
        expect(asSent.success, asSent.error?.message).toBe(true);
        const preview = buildPreview(result.sheet, result.layout, fw, { existing: [], fileName: workbook.fileName });
        counts.members += preview.members.length > 0 ? 1 : 0;
        for (const error of preview.errors) {
          expect(error.row).toBeGreaterThan(result.layout.headerRow);
          expect(error.message).not.toMatch(/\[object |undefined|NaN/);
        }
      }),
      { numRuns: CASES, seed: 16 },
    );
    console.log(`mapping-file-fuzz: ${CASES} files; ${JSON.stringify(counts)}`);
    for (const [outcome, count] of Object.entries(counts)) expect(count, outcome).toBeGreaterThan(0);
  }, 60_000);
});

/** The CLI's reading of a --map file's text: one line naming the file, or the layout. */
function mapped(file: unknown): string | SheetLayout {
  const parsed = parseJsonText(typeof file === 'string' ? file : JSON.stringify(file));
  if (!parsed.ok) return describeProblem(parsed.error, MAP);
  const checked = parseMappingFile(parsed.value);
  if (!checked.ok) return describeProblem(checked.error, MAP);
  try {
    return layoutFromMappingFile(workbook, checked.value, fw, MAP).layout;
  } catch (error) {
    if (error instanceof InterchangeError) return error.message;
    throw error;
  }
}

describe('--map files: each key’s bad values', () => {
  it.each<[string, unknown, string | RegExp]>([
    ['not JSON', '{"columns":', /^map\.json: invalid JSON at line 1, column 12/],
    ['a prototype key', '{"roles":{"__proto__":"data-scientist"}}', /^map\.json: roles\.__proto__: /],
    ['not an object', ['Spark'], /^map\.json: /],
    ['an unknown key', { column: {} }, 'map.json: column: unknown field'],
    ['sheet: not text', { sheet: 3 }, /^map\.json: sheet: expected string/],
    ['sheet: none such', { sheet: 'Other' }, 'map.json: sheet: team.csv has no sheet "Other" (it has "Notes", "Team")'],
    ['headerRow: zero', { headerRow: 0 }, /^map\.json: headerRow: /],
    ['headerRow: fractional', { headerRow: 2.5 }, /^map\.json: headerRow: /],
    [
      'headerRow: below the sheet',
      { sheet: 'Team', headerRow: 99 },
      'map.json: headerRow: sheet "Team" of team.csv has 8 rows, not 99',
    ],
    ['columns: a list', { columns: ['Spark'] }, /^map\.json: columns: /],
    [
      'columns: an unknown target',
      { columns: { Spark: 'skills:python' } },
      /^map\.json: columns\.Spark: must be one of name, title, role, productTeam, fte, notes, assessedOn, ignore/,
    ],
    ['columns: an empty list', { columns: { Spark: [] } }, /^map\.json: columns\.Spark: /],
    ['columns: 51 skills', { columns: { Spark: new Array(51).fill('skill:python') } }, /^map\.json: columns\.Spark: /],
    [
      'columns: a list of fields',
      { columns: { Spark: ['skill:python', 'notes'] } },
      'map.json: columns."Spark": a list is for several skills ("skill:<id>" each); any other column holds one thing',
    ],
    [
      'columns: no such header',
      { columns: { Kafka: 'ignore' } },
      /^map\.json: columns\."Kafka": sheet "\w+" has no column with this header$/,
    ],
    [
      'columns: an unknown skill',
      { columns: { Spark: ['skill:python', 'skill:sparkk'] } },
      'map.json: columns."Spark": unknown skill id "sparkk"',
    ],
    [
      'columns: an unknown responsibility',
      { columns: { Spark: 'allocation:etl' } },
      'map.json: columns."Spark": unknown responsibility id "etl"',
    ],
    [
      'columns: a skill given time',
      { columns: { 'Data pipelines (ETL) %': 'allocation:sql' } },
      'map.json: columns."Data pipelines (ETL) %": "sql" is a skill; time is allocated to responsibilities',
    ],
    [
      'columns: one field for two columns, one as a list',
      { sheet: 'Team', columns: { Squad: ['notes'], Notes: 'notes' } },
      'map.json: columns."Notes": "notes" is also given to columns."Squad"',
    ],
    [
      'columns: one column under two spellings, said two ways',
      { sheet: 'Team', columns: { Spark: 'skill:python', SPARK: 'ignore' } },
      'map.json: columns."SPARK": names the same column as columns."Spark", which says otherwise',
    ],
    [
      'levels: above the scale',
      { levels: { Guru: 5 } },
      'map.json: levels."Guru": 5 is above the scale\'s top level 4',
    ],
    ['levels: negative', { levels: { Guru: -1 } }, /^map\.json: levels\.Guru: /],
    ['levels: not a number', { levels: { Guru: 'Expert' } }, /^map\.json: levels\.Guru: /],
    [
      'levels: one label two ways',
      { sheet: 'Team', levels: { Guru: 4, GURU: 3 } },
      'map.json: levels."GURU": is the same label as levels."Guru", which says otherwise',
    ],
    ['roles: not text', { roles: { 'ML Engineer': 3 } }, /^map\.json: roles\["ML Engineer"\]: /],
    ['roles: empty', { roles: { 'ML Engineer': '' } }, /^map\.json: roles\["ML Engineer"\]: /],
    [
      'roles: no such role',
      { roles: { 'ML Engineer': 'astronaut' } },
      /^map\.json: roles\."ML Engineer": "astronaut" is not a role id \(data-scientist, /,
    ],
    [
      'roles: one value two ways',
      { sheet: 'Team', roles: { 'BI Developer': 'data-analyst', 'bi developer': 'other' } },
      'map.json: roles."bi developer": is the same value as roles."BI Developer", which says otherwise',
    ],
    ['defaultRole: not text', { defaultRole: ['data-scientist'] }, /^map\.json: defaultRole: /],
    [
      'defaultRole: no such role',
      { defaultRole: 'astronaut' },
      /^map\.json: defaultRole: "astronaut" is not a role id/,
    ],
    ['skipRows: not a list', { skipRows: 5 }, /^map\.json: skipRows: /],
    ['skipRows: zero', { skipRows: [5, 0] }, /^map\.json: skipRows\[1\]: /],
    ['skipRows: fractional', { skipRows: [5.5] }, /^map\.json: skipRows\[0\]: /],
    ['keepRows: beyond any sheet', { keepRows: [1_048_577] }, /^map\.json: keepRows\[0\]: /],
    ['keepRows: text', { keepRows: ['8'] }, /^map\.json: keepRows\[0\]: /],
  ])('%s', (_case, file, expected) => {
    const result = mapped(file);
    expect(typeof result === 'string' ? result : `a layout: ${JSON.stringify(result).slice(0, 200)}`).toMatch(expected);
  });

  it('the same thing said twice the same way, and rows given twice, are taken', () => {
    const layout = mapped({
      columns: { Spark: 'skill:python', SPARK: 'skill:python' },
      levels: { Guru: 4, GURU: 4 },
      roles: { 'BI Developer': 'data-analyst', 'bi developer': 'Data analyst / BI developer' },
      skipRows: [7, 7, 5],
      keepRows: [8],
    }) as SheetLayout;
    expect(typeof layout).toBe('object');
    expect(layout.columns.find((c) => c.header === 'Spark')!.target).toEqual({ kind: 'skill', skillIds: ['python'] });
    expect(layout.levelLabels['guru']).toBe(4);
    expect(layout.roleValues?.['bi developer']).toBe('data-analyst');
    expect(layout.skipRows).toEqual([5, 7]);
    expect(layout.keepRows).toEqual([8]);
  });

  it('a role value that is a prototype key keeps the role the file gives it, rows left out or not', () => {
    const sheet: RawSheet = {
      name: 'Team',
      rows: [
        ['Name', 'Job title', 'Python'],
        ['Ada', 'Constructor', 2],
        ['Bo', 'Data scientist', 3],
      ],
    };
    const book: RawWorkbook = { fileName: 'team.csv', format: 'csv', sheets: [sheet] };
    for (const skipRows of [undefined, [3]]) {
      const { layout } = layoutFromMappingFile(
        book,
        { roles: { Constructor: 'data-engineer' }, ...(skipRows ? { skipRows } : {}) },
        fw,
        MAP,
      );
      const preview = buildPreview(sheet, layout, fw, { existing: [], fileName: book.fileName });
      expect(preview.errors).toEqual([]);
      expect(preview.members[0]).toMatchObject({ name: 'Ada', role: 'data-engineer' });
    }
  });
});
