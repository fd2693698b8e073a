import { markdownCell } from '../encode/markdown';

/**
 * A table as GitHub-flavoured Markdown, every cell through the Markdown encoder (null is an
 * empty cell). The one writer of Markdown tables for the plan, its limit and the rounds.
 */
export function markdownTable({
  header,
  rows,
}: {
  header: readonly string[];
  rows: readonly (readonly (string | number | null)[])[];
}): string[] {
  const cell = (value: string | number | null) => (value === null ? '' : markdownCell(value));
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}
