import { BLOCK_CONTROL, LINE_CONTROL, showControls } from '../encode/control';

/*
 * Data version 1 → 2: text fields no longer hold control characters (the schema refuses
 * them from version 2: in a terminal they can retitle or clear the screen, and no document
 * or spreadsheet shows them). A version-1 file may hold some, typed or imported before, so
 * this step cleans every text of the file and says what it changed:
 * - in one-line text (names, titles, teams) a tab or line break becomes a space and any
 *   other control character is removed;
 * - in multi-line text (notes and descriptions) tab and line breaks stay;
 * - a name that would be left empty keeps its characters as visible pictures (␛), so that
 *   nothing is lost and the person can still be found and renamed.
 * The same text is cleaned the same way wherever it appears, so a product team named in the
 * organisation and on its members stays one team.
 */

/** Fields that may run over several lines. */
const MULTI_LINE_KEYS = new Set(['notes', 'description']);

const SPACES = /[\t\n\r]/g;

function cleanLine(text: string): string {
  const out = text.replace(SPACES, ' ').replace(new RegExp(LINE_CONTROL.source, 'g'), '').trim();
  return out === '' ? showControls(text.trim() || text) : out;
}

const cleanBlock = (text: string): string => text.replace(new RegExp(BLOCK_CONTROL.source, 'g'), '');

/** Where a text sits, in words a manager recognises ("member Ana Lima, name"). */
function placeOf(path: readonly (string | number)[], root: Record<string, unknown>): string {
  const [head, index, ...rest] = path;
  const field = rest.join(' › ');
  const item = (list: unknown, i: unknown): Record<string, unknown> | undefined =>
    Array.isArray(list) && typeof i === 'number' ? (list[i] as Record<string, unknown>) : undefined;
  if (head === 'members' || head === 'scenarios') {
    const what = item(root[head], index);
    const label = typeof what?.['id'] === 'string' ? what['id'] : `#${Number(index) + 1}`;
    return `${head === 'members' ? 'member' : 'scenario'} ${label}, ${field || 'text'}`;
  }
  return path.join(' › ');
}

/** The migration step: a copy of the document with clean text, and a line per change. */
export function cleanControlCharacters(
  document: Record<string, unknown>,
  note: (change: string) => void,
): Record<string, unknown> {
  const walk = (value: unknown, path: (string | number)[], key: string): unknown => {
    if (typeof value === 'string') {
      const multiLine = MULTI_LINE_KEYS.has(key);
      if (!(multiLine ? BLOCK_CONTROL : LINE_CONTROL).test(value)) return value;
      const cleaned = multiLine ? cleanBlock(value) : cleanLine(value);
      const place = placeOf(path, document);
      note(
        cleaned === showControls(value.trim() || value)
          ? `${place}: held only control characters, now shown as "${cleaned}"; rename it`
          : `${place}: "${showControls(value)}" is now "${showControls(cleaned)}"`,
      );
      return cleaned;
    }
    if (Array.isArray(value)) return value.map((v, i) => walk(v, [...path, i], key));
    if (value !== null && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = walk(v, [...path, k], k);
      return out;
    }
    return value;
  };
  return walk(document, [], '') as Record<string, unknown>;
}
