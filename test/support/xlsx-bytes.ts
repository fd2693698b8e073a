import { Workbook } from 'exceljs';
import type { RawSheet } from '@shared/interchange/types';

/** An .xlsx file holding `sheets` as Excel saves them: one worksheet each, a row per row, empty cells left out. */
export async function xlsxBytes(sheets: readonly RawSheet[]): Promise<Uint8Array> {
  const workbook = new Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    for (const row of sheet.rows) worksheet.addRow(row);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
