/*
 * Control and invisible-formatting characters: which they are, and how each is shown when it
 * must be seen rather than obeyed. Every output encoder (terminal, Markdown, messages) and
 * the text schema share these definitions, so "a control character" means one thing.
 */
/* eslint-disable no-control-regex -- matching control characters is this module's purpose */

/** C0 controls, DEL and C1 controls. */
export const CONTROL_CHAR = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/g;

/** Controls a single line of text never holds: every C0 and C1 control and DEL. */
export const LINE_CONTROL = CONTROL_CHAR;

/** Controls multi-line text (notes, descriptions) never holds: all but tab, LF and CR. */
export const BLOCK_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/**
 * Characters that reorder or hide text without being controls: bidirectional overrides,
 * isolates and marks (the Arabic letter mark too), zero-width characters, the soft hyphen,
 * line and paragraph separators, interlinear annotation and tag characters, the BOM.
 * Harmless in a document, but in a terminal or a one-line message they can make text read
 * differently from what it is.
 */
const INVISIBLE_FORMAT =
  /[\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]/gu;

const hex4 = (code: number): string => code.toString(16).toUpperCase().padStart(4, '0');

/**
 * One character as a visible stand-in: a C0 control as its Unicode control picture (ESC is
 * ␛, NUL is ␀), DEL as ␡, and a C1 control or invisible format character as <U+009B>.
 */
export function visibleControl(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `<U+${hex4(code)}>`;
}

/** The first control character in `text` (as its visible stand-in), or null. */
export function firstControl(text: string, pattern: RegExp = LINE_CONTROL): string | null {
  const match = pattern.exec(text);
  return match ? visibleControl(match[0]) : null;
}

/**
 * Text with every control character shown visibly, except the ones `keep` lists (for
 * example "\n" for multi-line output). Invisible format characters are shown too when
 * `showInvisible` is set (terminal output and messages).
 */
export function showControls(text: string, keep = '', showInvisible = true): string {
  let out = text.replace(CONTROL_CHARS, (c) => (keep.includes(c) ? c : visibleControl(c)));
  if (showInvisible) out = out.replace(INVISIBLE_FORMAT, visibleControl);
  return out;
}

/** Text with its control characters removed (for a migration that must clean stored text). */
export function withoutControls(text: string, pattern: RegExp): string {
  const global = new RegExp(pattern.source, 'g');
  return text.replace(global, '');
}
