import { visibleControl } from '../../encode/control';

/*
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder
 * the text that follows them: "report\u202Egnp.exe" shows as "reportexe.png". A forwarded
 * document must show what the data says, so the writers show these as "<U+202E>". Text in
 * right-to-left scripts needs none of them (its direction comes from its letters) and reads
 * as it should; the marks LRM and RLM, which only nudge neutral characters, stay.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

export function showBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, visibleControl);
}
