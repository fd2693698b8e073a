import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLayout } from '@shared/interchange/layout';
import { buildPreview } from '@shared/interchange/preview';
import { readXlsx } from '@shared/interchange/read-xlsx';
import { builtinFramework } from '../../support/fixtures';

/*
 * The data manager's own workbook (test/corpus/libreoffice/manager-sheet.xlsx, saved by
 * LibreOffice) through the reader and the detection the app and the CLI share: what each
 * column, label and title is read as with nothing chosen. The stored result, cell for cell,
 * is checked by test/e2e/manager-sheet.e2e.ts.
 */

const CORPUS = join(__dirname, '..', '..', 'corpus', 'libreoffice');
const fw = builtinFramework();
const read = async (file: string) =>
  (await readXlsx(new Uint8Array(readFileSync(join(CORPUS, file))), file)).sheets[0]!;

describe("a data manager's own workbook, detected", () => {
  it('finds the header under the title rows and reads every column as the manager meant it', async () => {
    const sheet = await read('manager-sheet.xlsx');
    const layout = detectLayout(sheet, fw);
    expect(layout.headerRow).toBe(3);
    expect(layout.columns.map((c) => [c.header, c.target])).toEqual([
      ['Employee', { kind: 'name' }],
      ['Job Title', { kind: 'title' }],
      ['Squad', { kind: 'productTeam' }],
      ['FTE', { kind: 'fte' }],
      ['Assessed on', { kind: 'assessedOn' }],
      ['Statistics', { kind: 'skill', skillIds: ['mathematics-statistics'] }],
      ['Machine Learning', { kind: 'skill', skillIds: ['ml-model-development', 'ml-algorithms'] }],
      ['Python', { kind: 'skill', skillIds: ['python'] }],
      ['SQL', { kind: 'skill', skillIds: ['sql'] }],
      ['Spark', { kind: 'skill', skillIds: ['big-data-technologies'] }],
      ['Airflow', { kind: 'skill', skillIds: ['orchestration'] }],
      ['dbt', { kind: 'skill', skillIds: ['orchestration'] }],
      ['Dashboards', { kind: 'skill', skillIds: ['bi-dashboards'] }],
      ['Pipelines %', { kind: 'allocation', responsibilityId: 'data-pipelines' }],
      ['% time on data modelling', { kind: 'allocation', responsibilityId: 'data-modelling' }],
      ['Deployment (%)', { kind: 'allocation', responsibilityId: 'ml-deployment-pipelines' }],
      ['Notes', { kind: 'notes' }],
    ]);
    // Word levels, each guessed; N/A is "not assessed", not a label.
    expect(layout.levelLabels).toEqual({ expert: 4, practitioner: 3, intermediate: 2, beginner: 1 });
    expect(layout.roleValues).toEqual({
      'senior data scientist': 'data-scientist',
      'data scientist': 'data-scientist',
      'lead data scientist': 'data-scientist',
      'data engineer': 'data-engineer',
      'senior data engineer': 'data-engineer',
      'ml engineer': 'ml-engineer',
      'analytics engineer': 'analytics-engineer',
      'bi developer': 'data-analyst',
      'data analyst': 'data-analyst',
      'staff machine learning engineer': 'ml-engineer',
    });
  });

  it('reads 12 people with no error and leaves the Team average row out, saying why', async () => {
    const sheet = await read('manager-sheet.xlsx');
    const preview = buildPreview(sheet, detectLayout(sheet, fw), fw, { existing: [], fileName: 'manager-sheet.xlsx' });
    expect(preview.errors).toEqual([]);
    expect(preview.members).toHaveLength(12);
    expect(preview.memberRows).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    expect(preview.skipped).toEqual([{ row: 17, reason: 'totals row ("Team average")' }]);
    expect(preview.unmatchedColumns).toEqual([]);
  });

  it('the same workbook with a title no role matches: that one row waits for a role, naming it', async () => {
    const sheet = await read('manager-sheet-unknown-title.xlsx');
    const layout = detectLayout(sheet, fw);
    expect(layout.roleValues?.['head of data products']).toBeNull();
    const preview = buildPreview(sheet, layout, fw, { existing: [], fileName: 'manager-sheet-unknown-title.xlsx' });
    expect(preview.members).toHaveLength(11);
    expect(preview.errors).toMatchObject([
      { row: 15, column: 'Job Title', person: 'Oliver Grant', roleValue: 'Head of Data Products' },
    ]);
  });
});
