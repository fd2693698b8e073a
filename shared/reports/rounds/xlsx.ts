import type { Framework } from '../../domain';
import { newWorkbook, sheetName, toBytes, writeTable } from '../../interchange/write-matrix';
import type { RoundComparison } from '../../rounds/types';
import type { TrendsTables } from '../../rounds/trends-table';
import { comparisonTables } from './comparison-tables';
import type { RoundsTable } from './table';
import { roundsTable } from './trends';
import { trendsReportTables } from './trends-tables';

/* The rounds exports as workbooks: one sheet per table, written like the plan's workbook. */

async function workbookOf(
  tables: readonly RoundsTable[],
  labelColumns: (table: RoundsTable) => number,
): Promise<Uint8Array> {
  const wb = newWorkbook();
  const used = new Set<string>();
  for (const table of tables) {
    const rows = table.rows.length > 0 ? table.rows : [[table.empty]];
    const narrowFrom = labelColumns(table);
    writeTable(wb.addWorksheet(sheetName(table.title, used)), table.header, rows, {
      freezeFirstColumn: true,
      ...(narrowFrom < table.header.length ? { narrowFrom } : {}),
    });
  }
  return toBytes(wb);
}

/** The trends as a workbook: the rounds, then a sheet per chart with a column per round. */
export function trendsToXlsx(t: TrendsTables): Promise<Uint8Array> {
  const rounds = t.columns.length;
  return workbookOf([roundsTable(t), ...trendsReportTables(t)], (table) =>
    table.title === 'Rounds' ? table.header.length : table.header.length - rounds,
  );
}

/** The comparison as a workbook: a sheet per section. */
export function comparisonToXlsx(c: RoundComparison, framework: Pick<Framework, 'roles'>): Promise<Uint8Array> {
  return workbookOf(comparisonTables(c, framework), (table) => table.header.length);
}
