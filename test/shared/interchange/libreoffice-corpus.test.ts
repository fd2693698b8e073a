import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialData } from '@shared/data';
import { detectLayout } from '@shared/interchange/layout';
import { buildPreview } from '@shared/interchange/preview';
import { readXlsx } from '@shared/interchange/read-xlsx';
import { teamMatrixRows } from '@shared/interchange/write-matrix';
import { builtinFramework, sampleTeam } from '../../support/fixtures';

/*
 * Workbooks saved by LibreOffice 7.4 (test/corpus/libreoffice, made by make-corpus.mjs):
 * merged cells as a real client writes them, read through the reader and the mapping the
 * app and the CLI share.
 */

const CORPUS = join(__dirname, '..', '..', 'corpus', 'libreoffice');
const fw = builtinFramework();
const read = (file: string) => readXlsx(new Uint8Array(readFileSync(join(CORPUS, file))), file);
const roleId = (name: string) => fw.roles.find((role) => role.name === name)!.id;

/** The people of merged-team.xlsx as make-corpus.mjs writes them: name, role, product team. */
const PEOPLE = JSON.parse(readFileSync(join(CORPUS, 'people.json'), 'utf8')) as [string, string, string][];

describe('LibreOffice corpus', () => {
  it('merged-team.xlsx: every person gets the role and product team merged down over them', async () => {
    const book = await read('merged-team.xlsx');
    expect(book.sheets).toHaveLength(1);
    const sheet = book.sheets[0]!;
    const layout = detectLayout(sheet, fw);
    // Under the title merged across all columns and "Skills" merged across the skill columns.
    expect(layout.headerRow).toBe(2);
    const preview = buildPreview(sheet, layout, fw, { existing: [], fileName: 'merged-team.xlsx' });
    expect(preview.errors).toEqual([]);
    expect(preview.members.map((m) => [m.name, m.role, m.productTeam])).toEqual(
      PEOPLE.map(([name, role, team]) => [name, roleId(role!), team]),
    );
    for (const member of preview.members) expect(Object.keys(member.levels)).toHaveLength(4);
  });

  it('merged-team.xlsx: the title and the horizontally merged header fill their rows', async () => {
    const rows = (await read('merged-team.xlsx')).sheets[0]!.rows;
    expect(rows[0]).toEqual(Array(7).fill('Data team skills, spring review'));
    expect(rows[1]).toEqual([null, null, null, 'Skills', 'Skills', 'Skills', 'Skills']);
  });

  it("app-export-resaved.xlsx: the app's export saved again by LibreOffice reads back as exported", async () => {
    const data = initialData(sampleTeam(), fw);
    const { header, rows } = teamMatrixRows(data);
    const book = await read('app-export-resaved.xlsx');
    expect(book.sheets[0]).toEqual({ name: 'Team', rows: [header, ...rows] });
    const sheet = book.sheets[0]!;
    const preview = buildPreview(sheet, detectLayout(sheet, fw), fw, {
      existing: data.members,
      fileName: 'app-export-resaved.xlsx',
    });
    expect(preview.errors).toEqual([]);
    expect(preview.members.map((m) => [m.name, m.role, m.productTeam])).toEqual(
      data.members.map((m) => [m.name, m.role, m.productTeam]),
    );
  });
});
