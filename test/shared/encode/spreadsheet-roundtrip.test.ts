import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { DATA_KIND, DATA_SCHEMA_VERSION, type AppData } from '@shared/data';
import { DEFAULT_ORGANISATION } from '@shared/domain';
import { BLOCK_CONTROL, CONTROL_CHAR } from '@shared/encode/control';
import { htmlText } from '@shared/encode/html';
import { readCsv } from '@shared/interchange/read-csv';
import { readXlsx } from '@shared/interchange/read-xlsx';
import { teamMatrixToCsv, teamMatrixToXlsx } from '@shared/interchange/write-matrix';
import { builtinFramework, member } from '../../support/fixtures';
import { HOSTILE_TEXTS, hostileText } from './hostile-text';

/*
 * Text through the app's own exports and back through its own readers. The readers trim a
 * cell and read an empty one as nothing; CSV reads a line break inside a cell as LF, as
 * every spreadsheet does. Apart from that, the text comes back exactly: controls, bidi
 * characters, formula-looking text and a leading apostrophe included.
 */

const framework = builtinFramework();

function teamNamed(names: string[]): AppData {
  return {
    kind: DATA_KIND,
    schemaVersion: DATA_SCHEMA_VERSION,
    framework,
    organisation: DEFAULT_ORGANISATION,
    // Built directly, not through the schema: the exporters must be safe for any text.
    members: names.map((name, i) => member(`m${i}`, 'data-scientist', {}, { name })),
    scenarios: [],
  } as unknown as AppData;
}

const asRead = (text: string): string | null => (text.trim() === '' ? null : text.trim());

const namesOf = (rows: readonly (readonly unknown[])[]): unknown[] => rows.slice(1).map((row) => row[0] ?? null);

describe('export and import round trip', () => {
  it('CSV gives back every name exactly', () => {
    fc.assert(
      fc.property(fc.array(hostileText(), { minLength: 1, maxLength: 5 }), (names) => {
        const csv = teamMatrixToCsv(teamNamed(names));
        const read = readCsv(new TextEncoder().encode(csv), 'team.csv');
        expect(namesOf(read.sheets[0]!.rows)).toEqual(names.map((n) => asRead(n.replace(/\r\n?/g, '\n'))));
      }),
      { numRuns: 300 },
    );
  });

  it('XLSX gives back every name exactly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileText(), { minLength: 1, maxLength: 5 }), async (names) => {
        const bytes = await teamMatrixToXlsx(teamNamed(names));
        const read = await readXlsx(bytes, 'team.xlsx');
        expect(namesOf(read.sheets[0]!.rows)).toEqual(names.map(asRead));
      }),
      { numRuns: 60 },
    );
  });

  it('keeps an apostrophe the user typed, before a formula or not', async () => {
    const names = ["'=1+1", "'apostrophe", "''double", '=SUM(A1)', "it's"];
    const csv = readCsv(teamMatrixToCsv(teamNamed(names)), 'team.csv');
    expect(namesOf(csv.sheets[0]!.rows)).toEqual(names);
    const xlsx = await readXlsx(await teamMatrixToXlsx(teamNamed(names)), 'team.xlsx');
    expect(namesOf(xlsx.sheets[0]!.rows)).toEqual(names);
  });
});

describe('HTML text from data', () => {
  const { document } = new Window();

  it('is only text in the page, shown as it is', () => {
    fc.assert(
      fc.property(hostileText(), (value) => {
        const cell = document.createElement('td');
        cell.innerHTML = htmlText(value);
        expect(cell.children).toHaveLength(0);
        expect(cell.textContent).not.toMatch(BLOCK_CONTROL);
      }),
      { numRuns: 1000 },
    );
    for (const value of HOSTILE_TEXTS.filter((t) => !CONTROL_CHAR.test(t))) {
      const cell = document.createElement('td');
      cell.innerHTML = htmlText(value);
      expect(cell.textContent).toBe(value);
    }
  });
});
