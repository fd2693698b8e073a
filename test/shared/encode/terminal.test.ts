import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { terminalJson, terminalText } from '@shared/encode/terminal';

/* Text for a terminal: nothing it would obey, everything it would hide shown. */

/** A C0 or C1 control or DEL, raw. */
// eslint-disable-next-line no-control-regex -- finding raw controls is what the test checks
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const BIDI_AND_INVISIBLE = /[\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

/** What a terminal would obey: any control but LF, CR before LF and (when kept) tab. */
function obeyed(text: string, tabs: boolean): string | undefined {
  const rest = text.replaceAll('\r\n', '').replaceAll('\n', '');
  const withoutTabs = tabs ? rest.replaceAll('\t', '') : rest;
  return ANY_CONTROL.exec(withoutTabs)?.[0] ?? BIDI_AND_INVISIBLE.exec(withoutTabs)?.[0];
}

const controlChar = fc
  .integer({ min: 0, max: 0x9f })
  .filter((c) => c < 0x20 || c >= 0x7f)
  .map((c) => String.fromCharCode(c));
const bidiChar = fc.constantFrom(
  '\u202a',
  '\u202b',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2069',
  '\u200b',
  '\u200e',
  '\u2028',
  '\ufeff',
);
/** Text a hostile cell would hold: controls, bidi overrides, formula starts, line breaks. */
const hostile = fc
  .array(
    fc.oneof(
      controlChar,
      bidiChar,
      fc.constantFrom('=', '+', '-', '@', '\r', '\n', '\r\n', '\t', '\u001b]0;title\u0007', '\u001b[2J', '\u009b31m'),
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), hostile);

describe('terminalText', () => {
  it('leaves nothing a terminal would obey or hide, with or without tabs', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, tabs) => {
        expect(obeyed(terminalText(text, { tabs }), tabs)).toBeUndefined();
      }),
    );
  });

  it('changes nothing in text without controls, and keeps every line break', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const clean = text.replace(new RegExp(ANY_CONTROL, 'g'), '').replace(new RegExp(BIDI_AND_INVISIBLE, 'g'), '');
        expect(terminalText(clean)).toBe(clean);
      }),
    );
    expect(terminalText('a\r\nb\nc')).toBe('a\r\nb\nc');
  });

  it('shows each control as its picture or code point', () => {
    expect(terminalText('Ada\u001b]0;pwned\u0007 Quinn\u0000')).toBe('Ada␛]0;pwned␇ Quinn␀');
    expect(terminalText('back\bspace\u000bline')).toBe('back␈space␋line');
    expect(terminalText('over\rwrite')).toBe('over␍write');
    expect(terminalText('a\r\r\nb')).toBe('a␍\r\nb');
    expect(terminalText('csi\u009b2J')).toBe('csi<U+009B>2J');
    expect(terminalText('evil\u202etxt.exe')).toBe('evil<U+202E>txt.exe');
    expect(terminalText('a\tb')).toBe('a␉b');
    expect(terminalText('a\tb', { tabs: true })).toBe('a\tb');
  });
});

describe('terminalJson', () => {
  it('escapes a character beyond U+FFFF as its surrogate pair, so it parses back the same', () => {
    const json = terminalJson(JSON.stringify({ name: 'a\u{e0041}b' }));
    expect(json).toBe('{"name":"a\\udb40\\udc41b"}');
    expect(JSON.parse(json)).toEqual({ name: 'a\u{e0041}b' });
  });

  it('parses to the same value and leaves nothing a terminal would obey or hide', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.string({ unit: 'binary' })), (text) => {
        const value = { name: text, list: [text, 1] };
        const json = terminalJson(JSON.stringify(value, null, 2));
        expect(JSON.parse(json)).toEqual(value);
        expect(obeyed(json, false)).toBeUndefined();
      }),
    );
  });
});
