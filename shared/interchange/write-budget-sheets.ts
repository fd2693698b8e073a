import type { Workbook } from 'exceljs';
import type { Analysis } from '../analysis/types';
import {
  BUDGET_EMPTY,
  noHiresText,
  BUDGET_TITLE,
  budgetHiresTable,
  budgetLines,
  budgetOpenTable,
  budgetSeriesTable,
} from '../reports/budget-rows';
import type { MatrixCell, writeTable } from './write-matrix';

/**
 * The plan workbook's "Within limit" sheet (the sentences, the chosen hires, then what stays
 * open) and its "Value per limit" sheet, when the analysis has a limit; nothing otherwise.
 * The plan workbook's own table writer is passed in (write-matrix.ts calls this).
 */
export function writeBudgetSheets(wb: Workbook, a: Analysis, write: typeof writeTable): void {
  const plan = a.budgetPlan;
  if (!plan) return;
  const hires = budgetHiresTable(plan);
  const open = budgetOpenTable(plan);
  const rows: MatrixCell[][] = [
    ...budgetLines(plan).map((line): MatrixCell[] => [line]),
    [],
    hires.header,
    ...(hires.rows.length > 0 ? hires.rows : [[noHiresText(plan)]]),
    [],
    open.header,
    ...(open.rows.length > 0 ? open.rows : [[BUDGET_EMPTY.open]]),
  ];
  write(wb.addWorksheet(BUDGET_TITLE), [BUDGET_TITLE], rows, { wrap: [0] });
  const series = budgetSeriesTable(plan);
  write(wb.addWorksheet('Value per limit'), series.header, series.rows);
}
