import { markdownCell } from '../../encode/markdown';
import { markdownTable } from '../markdown-table';

/** One table of a rounds export: plain text and numbers; each writer encodes them for its format. */
export interface RoundsTable {
  title: string;
  header: string[];
  /** Null is an empty cell (a skill the round's framework did not have). */
  rows: (string | number | null)[][];
  /** What to say instead of an empty table. */
  empty: string;
}

/** A section: the heading, then the table or the sentence for an empty one. */
export const markdownSection = (table: RoundsTable): string[] => [
  // Titles are this module's own words; only data goes through the encoder.
  `## ${table.title}`,
  '',
  ...(table.rows.length === 0 ? [markdownCell(table.empty)] : markdownTable(table)),
  '',
];

/** "2027 Q1 review (2027-03-31)": a round as a column or a title names it. */
export const roundTitle = (round: { name: string; date: string }): string => `${round.name} (${round.date})`;
