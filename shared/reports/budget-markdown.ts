import type { Analysis } from '../analysis/types';
import { markdownText } from '../encode/markdown';
import {
  BUDGET_EMPTY,
  noHiresText,
  BUDGET_TITLE,
  budgetHiresTable,
  budgetLines,
  budgetOpenTable,
  budgetSeriesTable,
} from './budget-rows';
import type { Table } from './rows';
import { markdownTable } from './markdown-table';

const table = (t: Table): string[] => [...markdownTable(t), ''];

const orEmpty = (t: Table, empty: string): string[] => (t.rows.length === 0 ? [empty, ''] : table(t));

/** The "Within limit" section of the Markdown report; nothing when the analysis has no limit. */
export function budgetMarkdown(a: Analysis): string[] {
  const plan = a.budgetPlan;
  if (!plan) return [];
  return [
    `## ${BUDGET_TITLE}`,
    '',
    ...budgetLines(plan).map((line) => `- ${markdownText(line)}`),
    '',
    '### Hires within the limit',
    '',
    ...orEmpty(budgetHiresTable(plan), noHiresText(plan)),
    '### Left open',
    '',
    ...orEmpty(budgetOpenTable(plan), BUDGET_EMPTY.open),
    '### Value per limit',
    '',
    ...table(budgetSeriesTable(plan)),
  ];
}
