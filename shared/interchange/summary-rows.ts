import { normaliseHeader } from './normalise';

/*
 * The totals and summary rows spreadsheets grow under (or above) the people: "Total",
 * "Team average", "Avg.", "Mean of scientists". Recognised by a word anywhere in the label,
 * not the whole cell, as people write the label in many ways. Min and Max are not here:
 * people are called Max; "Count" only ends a label ("Headcount", "Team count"), as Count
 * Basie was a person. A person whose name holds such a word ("Sum Lee") is kept by choosing
 * the row in the preview (layout.keepRows).
 */

const SUMMARY_WORDS = new Set([
  'total',
  'totals',
  'subtotal',
  'subtotals',
  'sum',
  'average',
  'averages',
  'avg',
  'mean',
  'median',
]);

/** Whether a name cell (or a row's first filled cell) labels a totals or summary row. */
export function isSummaryLabel(text: string): boolean {
  if (text === '') return false;
  const words = normaliseHeader(text).split(' ');
  const last = words[words.length - 1]!;
  return words.some((word) => SUMMARY_WORDS.has(word)) || last === 'count' || last === 'headcount';
}
