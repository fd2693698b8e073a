import type { Analysis } from '../analysis/types';
import { htmlText } from '../encode/html';
import {
  BUDGET_EMPTY,
  noHiresText,
  BUDGET_TITLE,
  budgetHiresTable,
  budgetLines,
  budgetOpenTable,
  budgetSeriesTable,
} from './budget-rows';
import { htmlTable } from './html-table';
import type { Table } from './rows';

const orEmpty = (t: Table, empty: string): string => (t.rows.length === 0 ? `<p>${htmlText(empty)}</p>` : htmlTable(t));

/** The "Within limit" section of the printed report, as the Markdown has it; nothing without a limit. */
export function budgetHtml(a: Analysis): string[] {
  const plan = a.budgetPlan;
  if (!plan) return [];
  return [
    `<h2>${htmlText(BUDGET_TITLE)}</h2>`,
    `<ul>${budgetLines(plan)
      .map((line) => `<li>${htmlText(line)}</li>`)
      .join('')}</ul>`,
    '<h3>Hires within the limit</h3>',
    orEmpty(budgetHiresTable(plan), noHiresText(plan)),
    '<h3>Left open</h3>',
    orEmpty(budgetOpenTable(plan), BUDGET_EMPTY.open),
    '<h3>Value per limit</h3>',
    htmlTable(budgetSeriesTable(plan)),
  ];
}
