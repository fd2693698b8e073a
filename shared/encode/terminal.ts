import { showControls } from './control';

/*
 * Text bound for a terminal (the CLI's standard output and error). A terminal obeys control
 * characters — ESC starts a sequence that can retitle, recolour or clear it — so text read
 * from a user's file must reach it as visible stand-ins (␛, <U+009B>), never raw. Files the
 * CLI writes with --out are not terminals and keep the exact text.
 */

export interface TerminalTextOptions {
  /** Keep tabs (a document's own layout); otherwise a tab is shown as ␉. */
  tabs?: boolean;
}

/** Line breaks kept as they are: LF, and CR only as part of CRLF (CSV's line break). */
const LINE_BREAK = /(\r\n|\n)/;

/**
 * The text with every control character other than line breaks (and tabs, when kept) shown
 * visibly, and invisible format characters (bidirectional overrides, zero-width) shown too.
 * A lone CR, which would move the cursor back over the line, is shown as ␍.
 */
export function terminalText(text: string, options: TerminalTextOptions = {}): string {
  const keep = options.tabs ? '\t' : '';
  // split with a capturing group alternates text and line breaks: even indexes are text.
  return text
    .split(LINE_BREAK)
    .map((part, i) => (i % 2 === 1 ? part : showControls(part, keep)))
    .join('');
}

/** Characters that are not printable ASCII: the only ones showControls may change. */
const NOT_PRINTABLE_ASCII = /[^\x20-\x7e\n]/gu;

/** A character as JSON escapes: one \uXXXX, or a surrogate pair for one beyond U+FFFF (tag characters). */
const jsonEscape = (c: string): string =>
  c
    .split('') // UTF-16 code units: a character beyond U+FFFF becomes its two surrogates
    .map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('');

/**
 * JSON text for a terminal without changing what it parses to. JSON.stringify escapes C0
 * controls but leaves DEL, C1 controls and invisible format characters raw; those can only
 * stand inside strings, where \uXXXX means the same character. Which characters count is
 * control.ts's definition, asked character by character so there is only one.
 */
export function terminalJson(json: string): string {
  const escaped = json.replace(NOT_PRINTABLE_ASCII, (c) => (showControls(c) === c ? c : jsonEscape(c)));
  return terminalText(escaped, { tabs: true });
}
