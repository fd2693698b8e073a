import ExcelJS from 'exceljs';

/* Skills matrices as managers keep them in Excel, for the import flows and the screenshots. */

export type Cell = string | number | null;

/** An .xlsx as a manager's might be: a merged group row and a title above the headers. */
export async function writeWorkbook(file: string, header: Cell[], rows: Cell[][]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Skills');
  sheet.addRow(['Data team skills matrix']);
  sheet.addRow(['Who', null, null, null, 'Data engineering', null, 'Data science']);
  sheet.mergeCells('A2:D2');
  sheet.mergeCells('E2:F2');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  await workbook.xlsx.writeFile(file);
}

export const HEADER: Cell[] = [
  'Name',
  'Job title',
  'Role',
  'Squad',
  'Data Pipelines (ETL)',
  'SPARK',
  'Storytelling',
  'Coffee',
];
export const person = (i: number, spark: Cell = 'Expert'): Cell[] => [
  `Person ${String(i).padStart(5, '0')}`,
  'Analyst',
  i % 3 === 0 ? 'Data engineer' : 'Data scientist',
  ['Checkout', 'Recommendations', 'Supply chain'][i % 3]!,
  i % 5,
  spark,
  (i * 7) % 5,
  'yes',
];

/** A small matrix with a few quirks (group row, alias headers, an unmatched column, a label). */
export async function writeSampleMatrix(file: string): Promise<void> {
  await writeWorkbook(file, HEADER, [...Array.from({ length: 12 }, (_, i) => person(i + 1)), ['Total', null]]);
}
