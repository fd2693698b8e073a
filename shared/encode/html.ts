import { showControls } from './control';

/*
 * Text from data placed into HTML (the printable report). The five characters that could
 * start markup or leave an attribute are escaped; control characters, which HTML cannot
 * show, become visible pictures, keeping tab and line breaks (HTML folds them to spaces).
 */

const HTML_SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text from data as HTML text or an attribute value. */
export function htmlText(value: string | number): string {
  return showControls(String(value), '\t\n\r', false).replace(/[&<>"']/g, (c) => HTML_SPECIAL[c]!);
}
