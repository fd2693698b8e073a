import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppData, initialData } from '@shared/data';
import { Member } from '@shared/domain';
import { applyImport } from '@shared/interchange/apply';
import { detectLayout, withLevelLabel } from '@shared/interchange/layout';
import { normaliseHeader } from '@shared/interchange/normalise';
import { buildPreview, type ImportPreview } from '@shared/interchange/preview';
import {
  InterchangeError,
  type ColumnTarget,
  type RawCell,
  type RawSheet,
  type SheetLayout,
} from '@shared/interchange/types';
import { builtinFramework, sampleTeam } from '../../support/fixtures';

/*
 * Matrices shaped like the ones managers keep, each with its full expected outcome, then
 * properties on arbitrary sheets and layouts: the preview never throws, every member it
 * makes is valid, and every row under the header is accounted for exactly once.
 */

const fw = builtinFramework();
const existing = sampleTeam().members;

function outcome(sheet: RawSheet, adjust = (l: SheetLayout) => l, defaultRole?: string) {
  const layout = adjust(detectLayout(sheet, fw));
  const preview = buildPreview(sheet, layout, fw, {
    existing,
    fileName: 'matrix.xlsx',
    ...(defaultRole ? { defaultRole } : {}),
  });
  return {
    headerRow: layout.headerRow,
    columns: layout.columns.map((c) => (c.target.kind === 'skill' ? c.target.skillIds.join('+') : c.target.kind)),
    members: preview.members.map((m) => [m.id, m.role, m.fte, Object.keys(m.levels).length]),
    errors: preview.errors,
    skipped: preview.skipped,
  };
}

describe('a corpus of real-world matrix shapes', () => {
  it('an HR export: title rows, a group row, odd header spellings, a notes column and totals', () => {
    const sheet: RawSheet = {
      name: 'Skills Q3',
      rows: [
        ['ACME data team — skills matrix', null, null, null, null, null, null, null],
        ['Exported 2024-09-30 from the HR system', null],
        [],
        [null, null, null, null, 'Data science', null, 'Data engineering', null],
        ['Employee', 'Position', 'Squad', 'F.T.E.', 'Hypothesis Tests', 'Math/Stats', 'DATA_PIPELINES-ETL', 'Comments'],
        ['Ana Lima', 'Lead DS', 'Recommendations', 1, 4, 4, 1, 'mentor'],
        ['Zoe Park', 'Data engineer', 'Checkout', 0.6, 0, 1, 4, null],
        [],
        ['Totals', null, null, 1.6, 4, 5, 5, null],
      ],
    };
    expect(outcome(sheet, undefined, 'data-scientist')).toEqual({
      headerRow: 4,
      columns: [
        'name',
        'title',
        'productTeam',
        'fte',
        'hypothesis-testing',
        'mathematics-statistics',
        'data-pipelines',
        'notes',
      ],
      // "Lead DS" names no role (an abbreviation inside a title is too easily a word), so the
      // default applies; the title "Data engineer" gives Zoe her role.
      members: [
        ['ana-lima', 'data-scientist', 1, 3],
        ['zoe-park', 'data-engineer', 0.6, 3],
      ],
      errors: [],
      skipped: [
        { row: 8, reason: 'blank row', blank: true },
        { row: 9, reason: 'totals row ("Totals")' },
      ],
    });
  });

  it('a CSV: every cell is text, percentages for FTE and labels for levels', () => {
    const sheet: RawSheet = {
      name: 'team.csv',
      rows: [
        ['name', 'role', 'fte', 'eda', 'spark', 'docker'],
        ['Bo Chen', 'DE', '80%', '', 'Practitioner', '3'],
        ['', '', '', '', '', ''],
        ['Cy Diaz', 'DS', '100', 'Expert', 'awareness', '0'],
        ['Di Evans', 'Data Wrangler', '50%', 'Working', 'Guru', '2.5'],
        ['', '', '', '', '', ''],
      ],
    };
    expect(outcome(sheet)).toEqual({
      headerRow: 0,
      columns: ['name', 'role', 'fte', 'exploratory-data-analysis', 'big-data-technologies', 'containers-kubernetes'],
      members: [
        ['bo-chen', 'data-engineer', 0.8, 2],
        ['cy-diaz', 'data-scientist', 1, 3],
      ],
      errors: [
        {
          row: 5,
          column: 'role',
          person: 'Di Evans',
          roleValue: 'Data Wrangler',
          message:
            'role "Data Wrangler" names no role of the framework; map it to a role (or "other") or choose a default role',
        },
        {
          row: 5,
          column: 'spark',
          person: 'Di Evans',
          message: '"Guru" is not a level of the scale; map it to a level or fix the cell',
        },
        { row: 5, column: 'docker', person: 'Di Evans', message: '2.5 is not a whole level' },
      ],
      skipped: [
        { row: 3, reason: 'blank row', blank: true },
        { row: 6, reason: 'blank row', blank: true },
      ],
    });
  });

  it('a re-import of the stored team keeps everyone’s id', () => {
    const sheet: RawSheet = {
      name: 'Team',
      rows: [['Name', 'Role', 'Spark'], ...existing.map((m) => [m.name.toUpperCase(), m.role, 2])],
    };
    expect(outcome(sheet).members.map((m) => m[0])).toEqual(existing.map((m) => m.id));
  });

  it('labels in another language, mapped by the user', () => {
    const sheet: RawSheet = {
      name: 'Equipo',
      rows: [
        ['Name', 'Role', 'Data security', 'Data modelling'],
        ['Lucía Gómez', 'DE', 'Experta', 'Básico'],
      ],
    };
    const mapped = (l: SheetLayout) => withLevelLabel(withLevelLabel(l, 'Experta', 4), 'basico', 1);
    expect(outcome(sheet).errors).toHaveLength(2);
    expect(outcome(sheet, mapped).members).toEqual([['lucia-gomez', 'data-engineer', 1, 2]]);
  });

  it('a transposed matrix (skills as rows) has no header row', () => {
    const sheet: RawSheet = {
      name: 'Sheet1',
      rows: [
        ['Skill', 'Ana', 'Bo'],
        ['Spark', 1, 4],
      ],
    };
    expect(() => detectLayout(sheet, fw)).toThrow(InterchangeError);
  });
});

const LABELS = ['Expert', 'expert ', 'PRACTITIONER', 'Guru', 'n/a', '-', 'Total', 'Name', 'Spark', 'DS', 'de', '80%'];
const cell: fc.Arbitrary<RawCell> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 130 }),
  fc.constantFrom(...LABELS, '', '  ', '3', '3.0', '2,5', '__proto__', 'constructor'),
  fc.integer({ min: -5, max: 150 }),
  fc.double(),
  fc.boolean(),
);
/** A row that could well be a person, so that valid members are exercised as often as errors. */
const personRow: fc.Arbitrary<RawCell[]> = fc.tuple(
  fc.string({ minLength: 1, maxLength: 20 }),
  fc.constantFrom<RawCell>('DS', 'DE', 'Data scientist', null),
  fc.constantFrom<RawCell>(0.5, '80%', 1, null),
  fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constantFrom<RawCell>('Expert', 'working', null)),
  fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constantFrom<RawCell>('3', '-', null)),
);
const rows = fc.array(fc.oneof(fc.array(cell, { maxLength: 8 }), personRow), { maxLength: 25 });
const skillIds = fw.skills.map((s) => s.id);
const target: fc.Arbitrary<ColumnTarget> = fc.oneof(
  fc.constantFrom<ColumnTarget>(
    { kind: 'name' },
    { kind: 'title' },
    { kind: 'role' },
    { kind: 'productTeam' },
    { kind: 'fte' },
    { kind: 'ignore' },
  ),
  fc.constantFrom(...skillIds, 'not-a-skill').map((skillId): ColumnTarget => ({ kind: 'skill', skillIds: [skillId] })),
);
const layout: fc.Arbitrary<SheetLayout> = fc.record({
  sheet: fc.constant('S'),
  headerRow: fc.integer({ min: 0, max: 30 }),
  columns: fc
    .array(fc.record({ index: fc.integer({ min: 0, max: 9 }), header: fc.string({ maxLength: 10 }), target }), {
      maxLength: 10,
    })
    .map((cols) => cols.map((c) => ({ ...c, matchedBy: 'user' as const }))),
  levelLabels: fc.dictionary(
    fc.constantFrom('guru', 'expert', 'constructor', 'true', 'false'),
    fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 10 })),
  ),
});

/** Members are valid, and the rows under the header are split exactly into members, errors and skips. */
function checkPreview(sheet: RawSheet, headerRow: number, preview: ImportPreview): void {
  for (const member of preview.members) expect(() => Member.parse(member)).not.toThrow();
  expect(new Set(preview.members.map((m) => m.id)).size).toBe(preview.members.length);
  expect(preview.memberRows).toHaveLength(preview.members.length);
  const errorRows = [...new Set(preview.errors.map((e) => e.row))];
  const accounted = [...preview.memberRows, ...errorRows, ...preview.skipped.map((s) => s.row)].sort((a, b) => a - b);
  const expected = Array.from({ length: Math.max(0, sheet.rows.length - headerRow - 1) }, (_, i) => headerRow + 2 + i);
  expect(accounted).toEqual(expected);
}

describe('properties', () => {
  it('a detected layout gives a preview that never throws and accounts for every row', () => {
    fc.assert(
      fc.property(rows, fc.integer({ min: 0, max: 5 }), (body, at) => {
        // A header somewhere, so detection usually succeeds and the rows under it are exercised.
        const sheet = {
          name: 'S',
          rows: [...body.slice(0, at), ['Name', 'Role', 'FTE', 'Spark', 'EDA'], ...body.slice(at)],
        };
        let detected: SheetLayout;
        try {
          detected = detectLayout(sheet, fw);
        } catch (error) {
          expect(error).toBeInstanceOf(InterchangeError);
          return;
        }
        const preview = buildPreview(sheet, detected, fw, { existing, defaultRole: 'DS', fileName: 'f.csv' });
        checkPreview(sheet, detected.headerRow, preview);
        expect(AppData.safeParse(applyImport(initialData(sampleTeam(), fw), preview.members, 'merge')).success).toBe(
          true,
        );
        expect(AppData.safeParse(applyImport(initialData(sampleTeam(), fw), preview.members, 'replace')).success).toBe(
          true,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('any layout, even a nonsensical one, gives a preview that never throws and accounts for every row', () => {
    fc.assert(
      fc.property(rows, layout, fc.option(fc.constantFrom('DS', 'boss')), (body, chosen, defaultRole) => {
        const sheet = { name: 'S', rows: body };
        const preview = buildPreview(sheet, chosen, fw, {
          existing,
          fileName: 'f.csv',
          ...(defaultRole === null ? {} : { defaultRole }),
        });
        checkPreview(sheet, chosen.headerRow, preview);
      }),
      { numRuns: 500 },
    );
  });

  it('detection either finds a layout or throws an InterchangeError', () => {
    fc.assert(
      fc.property(rows, (body) => {
        try {
          const found = detectLayout({ name: 'S', rows: body }, fw);
          expect(found.columns.some((c) => c.target.kind === 'name')).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(InterchangeError);
        }
      }),
    );
  });

  it('normalising a header twice changes nothing', () => {
    fc.assert(fc.property(fc.string(), (text) => normaliseHeader(normaliseHeader(text)) === normaliseHeader(text)));
  });
});
