import { showControls } from '../encode/control';

/*
 * Cell text echoed in a message (a row error, a mapping problem). A cell can hold anything:
 * 10,000 characters would make a 10,000-character message, and a control character or a
 * bidirectional override would make it read as something else. Both the app and the CLI
 * show these messages, so the cut and the visible controls are made here, once.
 */

/** Characters of a cell a message quotes; the rest is counted, not shown. */
export const QUOTED_CHARACTERS = 80;

const withThousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

/** The first `max` characters (whole characters, never half a surrogate pair) and how many are left. */
function cut(text: string, max: number): { kept: string; cut: number } {
  let end = 0;
  let kept = 0;
  for (const char of text) {
    if (kept === max) break;
    end += char.length;
    kept += 1;
  }
  let rest = 0;
  for (const _char of text.slice(end)) rest += 1;
  return { kept: text.slice(0, end), cut: rest };
}

const cutNote = (count: number): string => ` (${withThousands(count)} more characters)`;

/**
 * The text cut to `max` characters, marked with "…" and the count of characters cut, with
 * controls and invisible characters shown visibly.
 */
export function cutText(text: string, max = QUOTED_CHARACTERS): string {
  const { kept, cut: count } = cut(text, max);
  return count === 0 ? showControls(kept) : `${showControls(kept)}…${cutNote(count)}`;
}

/** Cell text in double quotes for a message, cut and made visible; the count stays outside the quotes. */
export function quoteCell(text: string, max = QUOTED_CHARACTERS): string {
  const { kept, cut: count } = cut(text, max);
  return count === 0 ? `"${showControls(kept)}"` : `"${showControls(kept)}…"${cutNote(count)}`;
}
