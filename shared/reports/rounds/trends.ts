import { toCsv } from '../../encode/csv';
import { markdownText } from '../../encode/markdown';
import type { TrendsTables } from '../../rounds/trends-table';
import { markdownTable } from '../markdown-table';
import { markdownSection, roundTitle, type RoundsTable } from './table';
import { trendsReportTables } from './trends-tables';

/* The trends over rounds (every chart's table) as Markdown, CSV and JSON; XLSX in trends-xlsx.ts. */

export const TRENDS_KIND = 'gapwise-trends';
export const TRENDS_SCHEMA_VERSION = 1;

/** The rounds the columns stand for, with the framework each was assessed against. */
export function roundsTable(t: TrendsTables): RoundsTable {
  return {
    title: 'Rounds',
    header: ['Round', 'Date', 'Round id', 'Framework', 'Framework version'],
    rows: t.columns.map((c) => [c.name, c.date, c.ref, c.frameworkId, c.frameworkVersion]),
    empty: '',
  };
}

/** The trends as a Markdown document. It counts, and names no person. */
export function trendsToMarkdown(t: TrendsTables, organisationName: string): string {
  const first = t.columns[0]!;
  const last = t.columns[t.columns.length - 1]!;
  const out = [
    `# Trends — ${markdownText(organisationName)}`,
    '',
    `${t.columns.length} rounds, from ${markdownText(roundTitle(first))} to ${markdownText(roundTitle(last))}.`,
    '',
    ...markdownTable(roundsTable(t)),
    '',
  ];
  for (const table of trendsReportTables(t)) out.push(...markdownSection(table));
  return out.join('\n');
}

export const TRENDS_CSV_HEADER = [
  'table',
  'series',
  'series id',
  'notes',
  'round',
  'round id',
  'date',
  'value',
] as const;

/**
 * The trends as one long CSV table: a row per table, series and round, so that any
 * spreadsheet can pivot it back into a chart. Empty where a round's framework had no such skill.
 */
export function trendsToCsv(t: TrendsTables): string {
  const rows: (string | number)[][] = [];
  const rounds = t.columns.length;
  for (const table of trendsReportTables(t)) {
    const labels = table.header.length - rounds;
    const idColumn = table.header.findIndex((h) => h.endsWith(' id'));
    const notesColumn = table.header.indexOf('Notes');
    for (const row of table.rows) {
      const series = row
        .slice(0, labels)
        .filter((_, i) => i !== idColumn && i !== notesColumn)
        .map((cell) => String(cell ?? ''))
        .filter((cell) => cell !== '')
        .join(' — ');
      const id = idColumn >= 0 ? String(row[idColumn] ?? '') : '';
      const notes = notesColumn >= 0 ? String(row[notesColumn] ?? '') : '';
      t.columns.forEach((column, c) => {
        rows.push([table.title, series, id, notes, column.name, column.ref, column.date, row[labels + c] ?? '']);
      });
    }
  }
  return toCsv(TRENDS_CSV_HEADER, rows);
}

/** The trends as JSON: the tables the charts draw, under a kind and version of their own. */
export const trendsToJson = (t: TrendsTables): string =>
  `${JSON.stringify({ kind: TRENDS_KIND, schemaVersion: TRENDS_SCHEMA_VERSION, ...t }, null, 2)}\n`;
