import { describe, expect, it } from 'vitest';
import {
  detectLayout,
  guessLevel,
  matchHeader,
  refreshFromSheet,
  unmatchedReason,
  withColumnTarget,
  withLevelLabel,
} from '@shared/interchange/layout';
import { applyMappingFile, layoutFromMappingFile, parseMappingFile } from '@shared/interchange/mapping-file';
import { normaliseHeader, normaliseName } from '@shared/interchange/normalise';
import { InterchangeError, type RawCell, type RawSheet, type SheetLayout } from '@shared/interchange/types';
import { builtinFramework } from '../../support/fixtures';

const fw = builtinFramework();
const sheet = (rows: RawCell[][], name = 'Team'): RawSheet => ({ name, rows });
const targets = (layout: SheetLayout) =>
  layout.columns.map((c) => [
    c.header,
    c.target.kind === 'skill' ? c.target.skillIds.join('+') : c.target.kind,
    c.matchedBy,
  ]);

describe('normaliseHeader', () => {
  it('ignores case, spacing, punctuation and accents', () => {
    const key = 'data pipelines etl';
    for (const text of [
      'Data Pipelines (ETL)',
      'data pipelines etl',
      'DATA_PIPELINES-ETL',
      '  data   pipelines / ETL ',
    ]) {
      expect(normaliseHeader(text)).toBe(key);
    }
    expect(normaliseHeader('Math/Stats')).toBe('math stats');
    expect(normaliseHeader('Modélisation des données')).toBe('modelisation des donnees');
    expect(normaliseHeader('Навыки')).toBe('навыки');
    expect(normaliseHeader(' -- ')).toBe('');
  });

  it('keeps punctuation in person names, which may tell two people apart', () => {
    expect(normaliseName('  José  ÁLVAREZ ')).toBe('jose alvarez');
    expect(normaliseName('Mary-Jane')).not.toBe(normaliseName('Mary Jane'));
  });
});

describe('matchHeader', () => {
  it('matches known fields by their usual names', () => {
    const field = (text: string) => matchHeader(text, fw);
    for (const text of ['Name', 'Full name', 'PERSON', 'Employee']) {
      expect(field(text)).toEqual({ target: { kind: 'name' }, matchedBy: 'field' });
    }
    for (const text of ['Title', 'Job title', 'Position']) expect(field(text).target).toEqual({ kind: 'title' });
    expect(field('Role').target).toEqual({ kind: 'role' });
    for (const text of ['Team', 'Product team', 'Squad']) expect(field(text).target).toEqual({ kind: 'productTeam' });
    expect(field('F.T.E.').target).toEqual({ kind: 'fte' });
  });

  it('matches skills by name, then id, then alias, whatever the spelling', () => {
    expect(matchHeader('DATA_PIPELINES (etl)', fw)).toEqual({
      target: { kind: 'skill', skillIds: ['data-pipelines'] },
      matchedBy: 'name',
    });
    expect(matchHeader('ml-model-development', fw)).toEqual({
      target: { kind: 'skill', skillIds: ['ml-model-development'] },
      matchedBy: 'id',
    });
    expect(matchHeader('math / stats', fw)).toEqual({
      target: { kind: 'skill', skillIds: ['mathematics-statistics'] },
      matchedBy: 'alias',
    });
    expect(matchHeader('PySpark', fw)).toEqual({
      target: { kind: 'skill', skillIds: ['big-data-technologies'] },
      matchedBy: 'alias',
    });
  });

  it('reads an alias shared by several skills into each of them (a "Machine learning" column rates both)', () => {
    expect(matchHeader('Machine learning', fw)).toEqual({
      target: { kind: 'skill', skillIds: ['ml-model-development', 'ml-algorithms'] },
      matchedBy: 'alias',
    });
    expect(matchHeader('dwh', fw).target).toEqual({
      kind: 'skill',
      skillIds: ['data-warehouse-solutions', 'data-warehousing'],
    });
  });

  it('matches nothing for unknown or empty text', () => {
    expect(matchHeader('Favourite colour', fw)).toEqual({ target: { kind: 'ignore' }, matchedBy: 'none' });
    expect(matchHeader('', fw)).toEqual({ target: { kind: 'ignore' }, matchedBy: 'none' });
  });
});

describe('detectLayout', () => {
  it('finds the header on row 4 after a title, a note and a blank line', () => {
    const layout = detectLayout(
      sheet([
        ['Data team skills matrix', null, null],
        ['Levels: 0 None … 4 Expert. Ask Ana before changing.'],
        [],
        ['Name', 'Job title', 'Role', 'Squad', 'FTE', 'Spark', 'EDA'],
        ['Ana Lima', 'Lead', 'DS', 'Checkout', 1, 1, 4],
      ]),
      fw,
    );
    expect(layout.sheet).toBe('Team');
    expect(layout.headerRow).toBe(3);
    expect(targets(layout)).toEqual([
      ['Name', 'name', 'field'],
      ['Job title', 'title', 'field'],
      ['Role', 'role', 'field'],
      ['Squad', 'productTeam', 'field'],
      ['FTE', 'fte', 'field'],
      ['Spark', 'big-data-technologies', 'alias'],
      ['EDA', 'exploratory-data-analysis', 'alias'],
    ]);
    expect(layout.levelLabels).toEqual({});
  });

  it('skips a merged group row above the headers and ignores its empty cells', () => {
    const layout = detectLayout(
      sheet([
        [null, null, 'Data science', null, 'Data engineering', null],
        ['Person', 'Team', 'Data prep', 'Statistics', 'ETL', 'Airflow'],
        ['Bo Chen', 'Checkout', 2, 3, 1, 0],
      ]),
      fw,
    );
    expect(layout.headerRow).toBe(1);
    expect(targets(layout)).toEqual([
      ['Person', 'name', 'field'],
      ['Team', 'productTeam', 'field'],
      ['Data prep', 'data-preparation', 'alias'],
      ['Statistics', 'mathematics-statistics', 'alias'],
      ['ETL', 'data-pipelines', 'alias'],
      ['Airflow', 'orchestration', 'alias'],
    ]);
  });

  it('reads a merged header row whose non-master cells are null as ignored columns', () => {
    const layout = detectLayout(sheet([['Name', 'Spark', null, 'FTE']]), fw);
    expect(layout.columns[2]).toEqual({ index: 2, header: '', target: { kind: 'ignore' }, matchedBy: 'none' });
  });

  it('takes the row with the most matches when several could be headers', () => {
    const layout = detectLayout(
      sheet([
        ['Name', 'Spark'],
        ['Name', 'Spark', 'EDA', 'Role'],
      ]),
      fw,
    );
    expect(layout.headerRow).toBe(1);
  });

  it('reads every column of a skill (the highest level wins) but a field from its first column only', () => {
    const layout = detectLayout(sheet([['Name', 'Airflow', 'dbt', 'Name', 'ETL %', '% time on pipelines']]), fw);
    expect(targets(layout)).toEqual([
      ['Name', 'name', 'field'],
      ['Airflow', 'orchestration', 'alias'],
      ['dbt', 'orchestration', 'alias'],
      ['Name', 'ignore', 'none'],
      ['ETL %', 'allocation', 'field'],
      ['% time on pipelines', 'ignore', 'none'],
    ]);
    expect(unmatchedReason(layout, layout.columns[3]!, fw)).toBe('same as column "Name", which is imported');
    expect(unmatchedReason(layout, layout.columns[5]!, fw)).toBe('same as column "ETL %", which is imported');
  });

  it('reads notes, assessment dates and shares of time on responsibilities from their headers', () => {
    const layout = detectLayout(
      sheet([['Employee', 'Comments', 'Last assessed', 'Pipelines %', 'Deployment (%)', '% time on ETL', 'Python']]),
      fw,
    );
    expect(layout.columns.map((c) => c.target)).toEqual([
      { kind: 'name' },
      { kind: 'notes' },
      { kind: 'assessedOn' },
      { kind: 'allocation', responsibilityId: 'data-pipelines' },
      { kind: 'allocation', responsibilityId: 'ml-deployment-pipelines' },
      { kind: 'ignore' },
      { kind: 'skill', skillIds: ['python'] },
    ]);
    // A percent header naming no responsibility is not read as a skill either.
    expect(matchHeader('Python %', fw).target).toEqual({ kind: 'ignore' });
    expect(
      unmatchedReason(layout, { index: 9, header: 'Python %', target: { kind: 'ignore' }, matchedBy: 'none' }, fw),
    ).toBe('a share of time, but no responsibility of the framework has this name');
  });

  it('collects level labels from skill columns, guessing their level', () => {
    const layout = detectLayout(
      sheet([
        ['Name', 'Spark', 'EDA', 'Notes'],
        ['Ana', 'Expert', 'expert ', 'Guru'],
        ['Bo', 'PRACTITIONER', 3, 'Expert'],
        ['Cy', 'Experto', '3.0', null],
        ['Di', 'Level 2', '-', 'n/a'],
        ['Ed', '3 - Practitioner', 'n/a', null],
        ['Fe', '2 - Expert', true, null],
      ]),
      fw,
    );
    expect(layout.levelLabels).toEqual({
      expert: 4,
      practitioner: 3,
      experto: null,
      'level 2': 2,
      '3 practitioner': 3,
      '2 expert': null,
      true: null,
    });
  });

  it('throws a clear error when no row has a name column and a skill column', () => {
    const rows = sheet([['Team skills'], ['Name', 'Favourite colour'], ['Ana', 'green']]);
    expect(() => detectLayout(rows, fw, { fileName: 'team.xlsx' })).toThrow(
      new InterchangeError({
        fileName: 'team.xlsx',
        where: 'sheet "Team"',
        message: 'no header row with a name column and at least one skill column in the first 30 rows',
      }),
    );
    expect(() => detectLayout(rows, fw)).toThrow(
      'sheet "Team": no header row with a name column and at least one skill column in the first 30 rows',
    );
  });

  it('looks no further than row 30', () => {
    const rows: RawCell[][] = Array.from({ length: 30 }, (_, i) => [`note ${i + 1}`]);
    expect(() => detectLayout(sheet([...rows, ['Name', 'Spark']]), fw)).toThrow(InterchangeError);
    expect(detectLayout(sheet([...rows.slice(1), ['Name', 'Spark']]), fw).headerRow).toBe(29);
  });

  it('uses a header row it is given, whatever it holds', () => {
    const layout = detectLayout(
      sheet([
        ['Name', 'Spark'],
        ['Who', 'What'],
      ]),
      fw,
      { headerRow: 1 },
    );
    expect(targets(layout)).toEqual([
      ['Who', 'ignore', 'none'],
      ['What', 'ignore', 'none'],
    ]);
    expect(() => detectLayout(sheet([['Name', 'Spark']]), fw, { headerRow: 3, fileName: 't.csv' })).toThrow(
      't.csv: sheet "Team": header row 4 is not in the sheet, which has 1 rows',
    );
  });
});

describe('guessLevel', () => {
  it('reads scale names and level numbers, and refuses what does not agree', () => {
    expect(
      ['none', 'Awareness', 'WORKING', 'L3', 'lvl 1', '4 (Expert)', 'Level 5', '2 expert', 'Guru'].map((l) =>
        guessLevel(l, fw),
      ),
    ).toEqual([0, 1, 2, 3, 1, 4, null, null, null]);
  });
});

describe('changing the layout', () => {
  const base = detectLayout(
    sheet([
      ['Name', 'Machine learning', 'Spark', 'Kafka'],
      ['Ana', 'Guru', 3, 'Expert'],
    ]),
    fw,
  );

  it('sets a column the user chose, moving the target away from any other column', () => {
    const chosen = withColumnTarget(base, 1, { kind: 'skill', skillIds: ['ml-algorithms'] });
    expect(chosen.columns[1]).toEqual({
      index: 1,
      header: 'Machine learning',
      target: { kind: 'skill', skillIds: ['ml-algorithms'] },
      matchedBy: 'user',
    });
    // Skills may come from several columns; a field moves.
    const alsoSpark = withColumnTarget(chosen, 3, { kind: 'skill', skillIds: ['big-data-technologies'] });
    const moved = withColumnTarget(alsoSpark, 2, { kind: 'name' });
    expect(targets(moved)).toEqual([
      ['Name', 'ignore', 'none'],
      ['Machine learning', 'ml-algorithms', 'user'],
      ['Spark', 'name', 'user'],
      ['Kafka', 'big-data-technologies', 'user'],
    ]);
    expect(base.columns[1]!.matchedBy).toBe('alias');
  });

  it('records a level for a label, normalised', () => {
    expect(withLevelLabel(base, ' GURU ', 4).levelLabels).toEqual({ guru: 4 });
    // "Machine learning" rates two skills, so its "Guru" is a label to map.
    expect(base.levelLabels).toEqual({ guru: null });
  });

  it('collects labels again after a column becomes a skill, keeping choices made', () => {
    const chosen = withLevelLabel(withColumnTarget(base, 1, { kind: 'skill', skillIds: ['ml-algorithms'] }), 'guru', 4);
    const rows = sheet([
      ['Name', 'Machine learning', 'Spark', 'Kafka'],
      ['Ana', 'Guru', 'Awareness', 'Expert'],
    ]);
    expect(refreshFromSheet(rows, chosen, fw).levelLabels).toEqual({ guru: 4, awareness: 1 });
  });

  it('explains why a column is left out', () => {
    expect(unmatchedReason(base, base.columns[1]!, fw)).toBe('');
    expect(unmatchedReason(base, base.columns[3]!, fw)).toBe('no field or skill of the framework has this name');
    expect(unmatchedReason(base, base.columns[2]!, fw)).toBe('');
    const ignored = withColumnTarget(base, 3, { kind: 'ignore' });
    expect(unmatchedReason(ignored, ignored.columns[3]!, fw)).toBe('ignored by you');
  });
});

describe('mapping file (--map)', () => {
  const rows = sheet([
    ['Skills'],
    ['Who', 'Machine learning', 'Spark', 'Kafka', 'Notes'],
    ['Ana', 'Experto', 3, 2, 'x'],
  ]);

  it('parses a valid file and names the field of an invalid one', () => {
    expect(
      parseMappingFile({ columns: { Who: 'name', Kafka: 'skill:big-data-technologies' }, levels: { Experto: 4 } }),
    ).toEqual({
      ok: true,
      value: { columns: { Who: 'name', Kafka: 'skill:big-data-technologies' }, levels: { Experto: 4 } },
    });
    const bad = parseMappingFile({ columns: { Who: 'person' } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.path).toBe('columns.Who');
      expect(bad.error.message).toBe(
        'must be one of name, title, role, productTeam, fte, notes, assessedOn, ignore, "skill:<skill id>" or "allocation:<responsibility id>"',
      );
    }
    const extra = parseMappingFile({ columns: {}, header: 2 });
    expect(extra.ok ? null : [extra.error.path, extra.error.message]).toEqual(['header', 'unknown field']);
    const row = parseMappingFile({ columns: {}, headerRow: 0 });
    expect(row.ok ? null : row.error.path).toBe('headerRow');
  });

  it('overrides detection for the columns and labels it names', () => {
    const detected = detectLayout(rows, fw, { headerRow: 1 });
    const layout = applyMappingFile(
      rows,
      detected,
      {
        columns: {
          who: 'name',
          'MACHINE LEARNING': 'skill:ml-algorithms',
          Kafka: 'skill:big-data-technologies',
          Notes: 'ignore',
        },
        levels: { EXPERTO: 4 },
      },
      fw,
    );
    expect(targets(layout)).toEqual([
      ['Who', 'name', 'user'],
      ['Machine learning', 'ml-algorithms', 'user'],
      // Both columns now rate big data technologies; the higher level is read.
      ['Spark', 'big-data-technologies', 'alias'],
      ['Kafka', 'big-data-technologies', 'user'],
      ['Notes', 'ignore', 'user'],
    ]);
    // "Experto" is mapped; "Guru" was never in this sheet.
    expect(layout.levelLabels).toEqual({ experto: 4 });
  });

  it('names the key of each mistake', () => {
    const detected = detectLayout(rows, fw, { headerRow: 1 });
    const apply = (columns: Record<string, string>, levels?: Record<string, number>) => () =>
      applyMappingFile(rows, detected, { columns, ...(levels ? { levels } : {}) }, fw, 'map.json');
    expect(apply({ Spark: 'skill:sparkk' })).toThrow('map.json: columns."Spark": unknown skill id "sparkk"');
    expect(apply({ Kafkaa: 'ignore' })).toThrow(
      'map.json: columns."Kafkaa": sheet "Team" has no column with this header',
    );
    expect(apply({ Spark: 'name', Kafka: 'name' })).toThrow(
      'map.json: columns."Kafka": "name" is also given to columns."Spark"',
    );
    expect(apply({ Spark: 'allocation:python' })).toThrow(
      'map.json: columns."Spark": "python" is a skill; time is allocated to responsibilities',
    );
    expect(apply({}, { Guru: 7 })).toThrow('map.json: levels."Guru": 7 is above the scale\'s top level 4');
  });

  it('chooses the sheet and header row the file names', () => {
    const workbook = {
      fileName: 'team.xlsx',
      format: 'xlsx' as const,
      sheets: [
        sheet(
          [
            ['Name', 'Spark'],
            ['Ana', 1],
          ],
          'Summary',
        ),
        rows,
      ],
    };
    const { sheet: chosen, layout } = layoutFromMappingFile(
      workbook,
      { sheet: 'Team', headerRow: 2, columns: { Who: 'name' } },
      fw,
      'map.json',
    );
    expect(chosen).toBe(rows);
    expect(layout.headerRow).toBe(1);
    expect(layout.columns[0]!.target).toEqual({ kind: 'name' });

    expect(() => layoutFromMappingFile(workbook, { sheet: 'Other', columns: {} }, fw, 'map.json')).toThrow(
      'map.json: sheet: team.xlsx has no sheet "Other" (it has "Summary", "Team")',
    );
    // Without a sheet, the first one whose header and columns fit is used.
    expect(layoutFromMappingFile(workbook, { columns: { Kafka: 'ignore' } }, fw).sheet).toBe(rows);
    expect(layoutFromMappingFile(workbook, { columns: {} }, fw).sheet.name).toBe('Summary');
    expect(() => layoutFromMappingFile(workbook, { columns: { Nope: 'ignore' } }, fw, 'map.json')).toThrow(
      'map.json: columns."Nope": sheet "Summary" has no column with this header',
    );
  });
});
