import { htmlText } from '../encode/html';
import type { Table } from './rows';

/**
 * A table as HTML for print: every value escaped (by `escape`, which may also show invisible
 * characters), numeric columns marked to align right.
 */
export function htmlTable(
  { header, rows, numeric }: Table,
  escape: (value: string | number) => string = htmlText,
): string {
  const cell = (tag: 'th' | 'td', v: string | number, i: number) =>
    `<${tag}${numeric.includes(i) ? ' class="num"' : ''}>${escape(v)}</${tag}>`;
  return `<table><thead><tr>${header.map((h, i) => cell('th', h, i)).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((v, i) => cell('td', v, i)).join('')}</tr>`)
    .join('')}</tbody></table>`;
}
