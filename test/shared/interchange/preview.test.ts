import { describe, expect, it } from 'vitest';
import { Member } from '@shared/domain';
import { detectLayout, withColumnTarget, withLevelLabel, withRowLeftOut } from '@shared/interchange/layout';
import { buildPreview, type PreviewOptions } from '@shared/interchange/preview';
import type { RawCell, RowError, SheetLayout } from '@shared/interchange/types';
import { builtinFramework } from '../../support/fixtures';

const fw = builtinFramework();
const HEADER: RawCell[] = ['Name', 'Title', 'Role', 'Team', 'FTE', 'Spark', 'EDA'];
const OPTIONS: PreviewOptions = { existing: [], fileName: 'team.xlsx' };

/** Rows under a title line and the standard header, so the first data row is sheet row 3. */
function run(rows: RawCell[][], options: Partial<PreviewOptions> = {}, adjust = (l: SheetLayout) => l) {
  const sheet = { name: 'Team', rows: [['Skills matrix'], HEADER, ...rows] };
  return buildPreview(sheet, adjust(detectLayout(sheet, fw)), fw, { ...OPTIONS, ...options });
}

const person = (name: string, spark: RawCell = null, eda: RawCell = null): RawCell[] => [
  name,
  null,
  'DS',
  'Checkout',
  null,
  spark,
  eda,
];

describe('buildPreview: members', () => {
  it('turns a complete row into a member that passes the schema', () => {
    const result = run([['  Ana Lima ', 'Lead data scientist', 'Data scientist', 'Checkout', 1, 1, 4]]);
    expect(result).toEqual({
      members: [
        {
          id: 'ana-lima',
          name: 'Ana Lima',
          title: 'Lead data scientist',
          role: 'data-scientist',
          productTeam: 'Checkout',
          fte: 1,
          levels: { 'big-data-technologies': 1, 'exploratory-data-analysis': 4 },
          allocation: {},
        },
      ],
      memberRows: [3],
      roleFromDefault: [false],
      errors: [],
      skipped: [],
      unmatchedColumns: [],
    });
    expect(() => Member.parse(result.members[0])).not.toThrow();
  });

  it('reads levels given as numbers, number text and scale labels in any case; empty means not assessed', () => {
    const result = run([
      person('A', 3, 3.0),
      person('B', '3', ' 3.0 '),
      person('C', 'Expert', 'expert '),
      person('D', 'PRACTITIONER', 'Level 2'),
      person('E', null, '-'),
      person('F', 'n/a', 0),
    ]);
    expect(result.errors).toEqual([]);
    expect(result.members.map((m) => [m.name, m.levels])).toEqual([
      ['A', { 'big-data-technologies': 3, 'exploratory-data-analysis': 3 }],
      ['B', { 'big-data-technologies': 3, 'exploratory-data-analysis': 3 }],
      ['C', { 'big-data-technologies': 4, 'exploratory-data-analysis': 4 }],
      ['D', { 'big-data-technologies': 3, 'exploratory-data-analysis': 2 }],
      ['E', {}],
      ['F', { 'exploratory-data-analysis': 0 }],
    ]);
  });

  it('reads N/A, NC, "unknown" and "-" as not assessed, and "0" and "None" as level 0', () => {
    const result = run([
      person('G', 'N/A', 'NC'),
      person('H', 'Unknown', 'not rated'),
      person('I', '0', 'None'),
      person('J', 'none', 'n.c.'),
    ]);
    expect(result.errors).toEqual([]);
    expect(result.members.map((m) => [m.name, m.levels])).toEqual([
      ['G', {}],
      ['H', {}],
      ['I', { 'big-data-technologies': 0, 'exploratory-data-analysis': 0 }],
      ['J', { 'big-data-technologies': 0 }],
    ]);
  });

  it('uses the level the user gave a label', () => {
    const result = run([person('A', 'Experto')], {}, (l) => withLevelLabel(l, 'experto', 4));
    expect(result.members[0]!.levels).toEqual({ 'big-data-technologies': 4 });
  });

  it('reads roles by name, id, abbreviation or a title holding one role name', () => {
    const roles = ['Data scientist', 'data-engineer', 'DS', 'de', 'Senior Data Engineer'];
    const result = run(roles.map((role, i) => [`P${i}`, null, role, null, null, null, null]));
    expect(result.members.map((m) => m.role)).toEqual([
      'data-scientist',
      'data-engineer',
      'data-scientist',
      'data-engineer',
      'data-engineer',
    ]);
  });

  it('uses the default role for an empty role cell or when there is no role column', () => {
    expect(run([['Ana', null, null, null, null, 1, null]], { defaultRole: 'data-engineer' }).members[0]!.role).toBe(
      'data-engineer',
    );
    const sheet = {
      name: 'Team',
      rows: [
        ['Name', 'Spark'],
        ['Ana', 2],
      ],
    };
    const result = buildPreview(sheet, detectLayout(sheet, fw), fw, { ...OPTIONS, defaultRole: 'Data scientist' });
    expect(result.members.map((m) => [m.role, m.productTeam, m.fte])).toEqual([['data-scientist', '', 1]]);
    // Said so, so that someone already here keeps their own role rather than the default.
    expect(result.roleFromDefault).toEqual([true]);
  });

  it('reads FTE as a fraction, a percentage or a number above 1, and 1 when empty', () => {
    const ftes: RawCell[] = [0.8, '0.8', '80%', 80, '80 %', '0,5', null, 1, '100%'];
    const result = run(ftes.map((fte, i) => [`P${i}`, null, 'DS', null, fte, null, null]));
    expect(result.errors).toEqual([]);
    expect(result.members.map((m) => m.fte)).toEqual([0.8, 0.8, 0.8, 0.8, 0.8, 0.5, 1, 1, 1]);
  });

  it('gives fresh ids that avoid stored ones, and keeps the id of a stored name', () => {
    const existing: Member[] = [
      { id: 'ana-lima', name: 'ANA LIMA', role: 'data-scientist', productTeam: '', fte: 1, levels: {}, allocation: {} },
      {
        id: 'bo-chen',
        name: 'Robert Chen',
        role: 'data-engineer',
        productTeam: '',
        fte: 1,
        levels: {},
        allocation: {},
      },
    ];
    const result = run([person('Ana Líma'), person('Bo Chen'), person('Bo-Chen'), person('李雷')], { existing });
    expect(result.members.map((m) => m.id)).toEqual(['ana-lima', 'bo-chen-2', 'bo-chen-3', 'member']);
  });
});

describe('buildPreview: rows left out', () => {
  it('judges whether time shares are fractions on the people alone, never on a totals row or a row left out', () => {
    const sheet = {
      name: 'Team',
      rows: [
        ['Name', 'Role', 'Pipelines %', 'Spark'],
        ['Ana', 'DS', 0.3, 1],
        ['Ben', 'DS', 0.5, 2],
        ['Cy', 'DS', 45, 2],
        ['Sum', null, 1.6, 5],
      ],
    };
    const layout = withRowLeftOut(detectLayout(sheet, fw), 4, true);
    const result = buildPreview(sheet, layout, fw, OPTIONS);
    expect(result.errors).toEqual([]);
    // Cy's 45 is left out, and the Sum's 1.6 is a totals row: 0.3 and 0.5 are fractions of the day.
    expect(result.members.map((m) => [m.name, m.allocation])).toEqual([
      ['Ana', { 'data-pipelines': 30 }],
      ['Ben', { 'data-pipelines': 50 }],
    ]);
  });

  it('skips blank rows in the middle and at the end, and a totals row', () => {
    const result = run([
      person('A', 1),
      [],
      [null, '  ', ''],
      person('B', 2),
      [],
      ['Total', null, null, null, 2, 3, null],
      [],
    ]);
    expect(result.members.map((m) => m.name)).toEqual(['A', 'B']);
    expect(result.memberRows).toEqual([3, 6]);
    expect(result.errors).toEqual([]);
    expect(result.skipped).toEqual([
      { row: 4, reason: 'blank row', blank: true },
      { row: 5, reason: 'blank row', blank: true },
      { row: 7, reason: 'blank row', blank: true },
      { row: 8, reason: 'totals row ("Total")' },
      { row: 9, reason: 'blank row', blank: true },
    ]);
  });

  it('skips summary rows by their label and nameless rows of numbers under the last person', () => {
    const result = run([
      person('A', 1),
      ['AVERAGE', null, null, null, 1, 2.5, 3.5],
      [null, null, null, null, '1', 3, 7],
      [null, null, null, null, null, 4],
    ]);
    expect(result.members).toHaveLength(1);
    expect(result.errors).toEqual([]);
    expect(result.skipped).toEqual([
      { row: 4, reason: 'totals row ("AVERAGE")' },
      { row: 5, reason: 'summary row: numbers without a name' },
      { row: 6, reason: 'summary row: numbers without a name' },
    ]);
  });

  it('takes a person whose name only looks like a summary word for a person', () => {
    expect(run([person('Max', 1), person('Count Basie', 2)]).members.map((m) => m.name)).toEqual([
      'Max',
      'Count Basie',
    ]);
  });

  it('lists columns with a header that nothing reads', () => {
    const sheet = {
      name: 'T',
      rows: [
        ['Name', 'Spark', 'Machine learning', 'Notes', 'Favourite colour', null],
        ['Ana', 1, 2, 'x', 'y', 'z'],
      ],
    };
    const layout = withColumnTarget(detectLayout(sheet, fw), 3, { kind: 'ignore' });
    expect(buildPreview(sheet, layout, fw, { ...OPTIONS, defaultRole: 'DS' }).unmatchedColumns).toEqual([
      { index: 4, header: 'Favourite colour', target: { kind: 'ignore' }, matchedBy: 'none' },
    ]);
  });
});

/** Row errors without who they are about (the tests below are about where and why). */
const plain = (errors: readonly RowError[]) => errors.map(({ person: _person, roleValue: _value, ...error }) => error);

describe('buildPreview: row errors name the row, the column and what to do', () => {
  it('reports bad levels', () => {
    const result = run([
      person('A', 2.5, 7),
      person('B', 'Experto', '5'),
      person('C', -1, '2,5'),
      person('D', true, NaN),
    ]);
    expect(result.members).toEqual([]);
    expect(plain(result.errors)).toEqual([
      { row: 3, column: 'Spark', message: '2.5 is not a whole level' },
      { row: 3, column: 'EDA', message: "7 is above the scale's top level 4" },
      { row: 4, column: 'Spark', message: '"Experto" is not a level of the scale; map it to a level or fix the cell' },
      { row: 4, column: 'EDA', message: "5 is above the scale's top level 4" },
      { row: 5, column: 'Spark', message: "-1 is below the scale's lowest level 0" },
      { row: 5, column: 'EDA', message: '2.5 is not a whole level' },
      { row: 6, column: 'Spark', message: '"TRUE" is not a level of the scale; map it to a level or fix the cell' },
      { row: 6, column: 'EDA', message: 'NaN is not a level of the scale (0–4)' },
    ]);
  });

  it('reports a label mapped to a level the scale does not have', () => {
    const result = run([person('A', 'Guru')], {}, (l) => withLevelLabel(l, 'guru', 7));
    expect(plain(result.errors)).toEqual([
      { row: 3, column: 'Spark', message: '"Guru" is mapped to level 7, which is not on the scale (0–4)' },
    ]);
  });

  it('reports unknown and missing roles', () => {
    expect(plain(run([['Ana', null, 'Analyst', null, null, null, null]]).errors)).toEqual([
      {
        row: 3,
        column: 'Role',
        message:
          'role "Analyst" names no role of the framework; map it to a role (or "other") or choose a default role',
      },
    ]);
    expect(plain(run([['Ana', null, null, null, null, 1, null]]).errors)).toEqual([
      { row: 3, column: 'Role', message: 'role is empty; fill it in or choose a default role' },
    ]);
    expect(plain(run([['Ana', null, null, null, null, 1, null]], { defaultRole: 'boss' }).errors)).toEqual([
      { row: 3, column: 'Role', message: 'the default role "boss" is not a role of the framework' },
    ]);
    const sheet = {
      name: 'Team',
      rows: [
        ['Name', 'Spark'],
        ['Ana', 2],
      ],
    };
    expect(buildPreview(sheet, detectLayout(sheet, fw), fw, OPTIONS).errors).toEqual([
      {
        row: 2,
        person: 'Ana',
        message: 'no column gives the role (no role or job-title column); choose that column or a default role',
      },
    ]);
  });

  it('reports an FTE out of range or unreadable', () => {
    const result = run([
      ['A', null, 'DS', null, 150, null, null],
      ['B', null, 'DS', null, '5%', null, null],
      ['C', null, 'DS', null, 0.05, null, null],
      ['D', null, 'DS', null, 'full time', null, null],
      ['E', null, 'DS', null, 0, null, null],
    ]);
    expect(plain(result.errors)).toEqual([
      { row: 3, column: 'FTE', message: '150 is not between 0.1 and 1 FTE (10%–100%)' },
      { row: 4, column: 'FTE', message: '"5%" is not between 0.1 and 1 FTE (10%–100%)' },
      { row: 5, column: 'FTE', message: '0.05 is not between 0.1 and 1 FTE (10%–100%)' },
      {
        row: 6,
        column: 'FTE',
        message: '"full time" is not an FTE; use a number from 0.1 to 1 or a percentage such as 80%',
      },
      { row: 7, column: 'FTE', message: '0 is not between 0.1 and 1 FTE (10%–100%)' },
    ]);
  });

  it('reports a row with data but no name, even a row of numbers above the last person', () => {
    const result = run([[null, 'Engineer', 'DE', null, null, 2, null], [null, null, null, null, null, 3], person('B')]);
    expect(plain(result.errors)).toEqual([
      { row: 3, column: 'Name', message: 'name is empty; every person needs a name' },
      { row: 4, column: 'Name', message: 'name is empty; every person needs a name' },
      { row: 4, column: 'Role', message: 'role is empty; fill it in or choose a default role' },
    ]);
    expect(result.members.map((m) => m.name)).toEqual(['B']);
  });

  it('reports a name already used on an earlier row, whatever its case and accents', () => {
    const result = run([person('José Álvarez'), person('B'), person(' jose alvarez ')]);
    expect(plain(result.errors)).toEqual([{ row: 5, column: 'Name', message: '"jose alvarez" is already on row 3' }]);
    expect(result.members.map((m) => m.name)).toEqual(['José Álvarez', 'B']);
  });

  it('reports text longer than the schema allows', () => {
    const long = 'x'.repeat(121);
    const result = run([
      [long, null, 'DS', null, null, null, null],
      ['B', long, 'DS', long, null, null, null],
    ]);
    expect(plain(result.errors)).toEqual([
      { row: 3, column: 'Name', message: 'name is longer than 120 characters (121)' },
      { row: 4, column: 'Title', message: 'title is longer than 120 characters (121)' },
      { row: 4, column: 'Team', message: 'product team is longer than 120 characters (121)' },
    ]);
  });

  it('reports every problem in a row and makes no member of it', () => {
    const result = run([['Ana', null, 'Boss', null, '200%', 9, 'Guru']]);
    expect(result.members).toEqual([]);
    expect(plain(result.errors)).toEqual([
      { row: 3, column: 'FTE', message: '"200%" is not between 0.1 and 1 FTE (10%–100%)' },
      {
        row: 3,
        column: 'Role',
        message: 'role "Boss" names no role of the framework; map it to a role (or "other") or choose a default role',
      },
      { row: 3, column: 'Spark', message: "9 is above the scale's top level 4" },
      { row: 3, column: 'EDA', message: '"Guru" is not a level of the scale; map it to a level or fix the cell' },
    ]);
  });

  it('reports a missing name column, and a column mapped to a skill the framework lacks', () => {
    const sheet = {
      name: 'T',
      rows: [
        ['Name', 'Spark', 'Kafka'],
        ['Ana', 1, 2],
      ],
    };
    const layout = withColumnTarget(withColumnTarget(detectLayout(sheet, fw), 0, { kind: 'ignore' }), 2, {
      kind: 'skill',
      skillIds: ['kafka'],
    });
    expect(buildPreview(sheet, layout, fw, { ...OPTIONS, defaultRole: 'DS' }).errors).toEqual([
      { row: 2, message: 'no column is mapped to the name; choose the name column' },
      { row: 2, column: 'Kafka', message: 'the column is mapped to skill "kafka", which the framework does not have' },
    ]);
  });

  it('names a mapped column without a header by its letter', () => {
    const sheet = {
      name: 'T',
      rows: [
        ['Name', 'Spark', null],
        ['Ana', 1, 'Guru'],
      ],
    };
    const layout = withColumnTarget(detectLayout(sheet, fw), 2, { kind: 'skill', skillIds: ['data-security'] });
    expect(buildPreview(sheet, layout, fw, { ...OPTIONS, defaultRole: 'DS' }).errors).toEqual([
      {
        row: 2,
        column: 'column C',
        person: 'Ana',
        message: '"Guru" is not a level of the scale; map it to a level or fix the cell',
      },
    ]);
  });
});

describe('buildPreview: size', () => {
  it('builds 10,000 members from 10,000 rows', () => {
    const labels = ['None', 'Awareness', 'Working', 'Practitioner', 'Expert'];
    const rows = Array.from({ length: 10_000 }, (_, i) => [
      `Person ${i}`,
      'Analyst',
      i % 2 ? 'DS' : 'DE',
      `Team ${i % 7}`,
      '80%',
      i % 5,
      labels[i % 5]!,
    ]);
    const result = run(rows);
    expect(result.errors).toEqual([]);
    expect(result.members).toHaveLength(10_000);
    expect(new Set(result.members.map((m) => m.id)).size).toBe(10_000);
    expect(result.members[9_999]).toEqual({
      id: 'person-9999',
      name: 'Person 9999',
      title: 'Analyst',
      role: 'data-scientist',
      productTeam: 'Team 3',
      fte: 0.8,
      levels: { 'big-data-technologies': 4, 'exploratory-data-analysis': 4 },
      allocation: {},
    });
  });
});
