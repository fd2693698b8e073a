import { showControls } from './control';

/*
 * Text from data (member, skill, role and team names, reasons) placed into a Markdown
 * document. Managers paste the report into wikis and tickets, which render it, so nothing a
 * name holds may become markup there: no HTML (raw tags, entities), no links or autolinks
 * (angle-bracket, bare URL and e-mail autolinks of GitHub-flavoured renderers), no emphasis,
 * code, headings, lists, tables or math.
 *
 * Each such character is written so that it shows literally in CommonMark renderers (GitHub,
 * GitLab, markdown-it) and in Python-Markdown (MkDocs and many wikis) alike: a backslash
 * escape where both honour one, a character reference where Python-Markdown has no escape
 * (it would show the backslash). The rest stays as it is so that names stay readable in the
 * source. Control characters are shown as visible pictures; line breaks fold to spaces (a
 * cell or a sentence is one line).
 */

/*
 * Escaped: every character that starts inline markup (code, emphasis, links, images, HTML,
 * entities, strikethrough, math, tables) and the ones bare-URL and e-mail autolinking keys
 * on (: @ and a dot, except one between digits, as in 0.8 or 1.0.0). Block markup (lists,
 * headings, rules) needs a line start, and data never starts a line in these documents,
 * so "-" and parentheses stay readable.
 */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]<>#+!|~:@&$=^]|(?<!\d)\.|\.(?!\d)/g;
const LINE_BREAKS = /\r\n|[\n\r\u2028\u2029]/g;

/** Characters Python-Markdown cannot backslash-escape, as character references (hexadecimal, so none reads as a colour literal). */
const REFERENCE: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  ':': '&#x3A;',
  '@': '&#x40;',
  $: '&#x24;',
  '=': '&#x3D;',
  '^': '&#x5E;',
  '~': '&#x7E;',
};

const escapeSpecial = (c: string): string => REFERENCE[c] ?? `\\${c}`;

/** Text from data as Markdown that renders exactly as the text, on one line. A number is its digits. */
export function markdownText(value: string | number): string {
  if (typeof value === 'number') return String(value);
  return showControls(value.replace(LINE_BREAKS, ' ').replace(/\t/g, ' '), '', false).replace(
    MARKDOWN_SPECIAL,
    escapeSpecial,
  );
}

/** A table cell: the same escaping (a `|` is escaped like any other special character). */
export const markdownCell = markdownText;
