import type { Report } from '../json-report';
import { budgetHiresTable, budgetLines, budgetOpenTable, limitText, noHiresText } from '../budget-rows';
import type { Block } from './types';

/*
 * The plan within the manager's limit, in the documents they forward: "two requisitions this
 * year: which two?" answered beside the fewest hires that close everything. Hires are roles
 * and product teams, gaps are skills: nobody is named. Nothing when no limit is set.
 */
/** Gaps left open listed in the summary; the rest are counted (the internal detail lists every one). */
export const OPEN_GAPS_IN_SUMMARY = 8;

export function budgetBlocks(report: Report, openListed = Number.POSITIVE_INFINITY): Block[] {
  const plan = report.analysis.budgetPlan;
  if (!plan) return [];
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: `Within your limit of ${limitText(plan)}` },
    { kind: 'list', items: budgetLines(plan) },
  ];
  const hires = budgetHiresTable(plan);
  blocks.push(
    hires.rows.length === 0 ? { kind: 'paragraph', text: noHiresText(plan) } : { kind: 'table', table: hires },
  );
  const open = budgetOpenTable(plan);
  if (open.rows.length > 0) {
    blocks.push({ kind: 'paragraph', text: 'Left open within the limit:' });
    blocks.push({ kind: 'table', table: { ...open, rows: open.rows.slice(0, openListed) } });
    const more = open.rows.length - openListed;
    if (more > 0) {
      blocks.push({ kind: 'paragraph', text: `…and ${more} more left open (every one in the internal detail).` });
    }
  }
  return blocks;
}
