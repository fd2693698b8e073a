import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLayout } from '@shared/interchange/layout';
import { buildPreview } from '@shared/interchange/preview';
import { cutText, QUOTED_CHARACTERS, quoteCell } from '@shared/interchange/quote';
import { builtinFramework } from '../../support/fixtures';

/* Cell text in messages: short enough to read, nothing hidden. */

describe('quoteCell and cutText', () => {
  it('quote short text as it is', () => {
    expect(quoteCell('Spark')).toBe('"Spark"');
    expect(cutText('Spark')).toBe('Spark');
    expect(quoteCell('x'.repeat(QUOTED_CHARACTERS))).toBe(`"${'x'.repeat(QUOTED_CHARACTERS)}"`);
  });

  it('cut a long cell at 80 characters and say how many were cut', () => {
    const cell = 'a'.repeat(10_000);
    expect(quoteCell(cell)).toBe(`"${'a'.repeat(80)}…" (9,920 more characters)`);
    expect(cutText(cell, 3)).toBe('aaa… (9,997 more characters)');
  });

  it('count characters, not UTF-16 units, and never split a surrogate pair', () => {
    expect(quoteCell('😀'.repeat(5), 2)).toBe('"😀😀…" (3 more characters)');
  });

  it('show control and invisible characters', () => {
    expect(quoteCell('Ada\u001b]0;x\u0007\nQuinn\u202e')).toBe('"Ada␛]0;x␇␊Quinn<U+202E>"');
  });

  it('never quote more than 80 characters of any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 300 }), (text) => {
        const quoted = quoteCell(text);
        const inside = quoted.slice(1, quoted.lastIndexOf('"'));
        expect([...inside.replace(/…$/, '')].length).toBeLessThanOrEqual(QUOTED_CHARACTERS);
        if (text.length > QUOTED_CHARACTERS)
          expect(quoted).toContain(`(${text.length - QUOTED_CHARACTERS} more characters)`);
      }),
    );
  });
});

describe('row errors quote cells through quoteCell', () => {
  it('a 10,000-character level cell and a role with controls give short, visible messages', () => {
    const fw = builtinFramework();
    const sheet = {
      name: 'Team',
      rows: [
        ['Name', 'Role', 'Spark'],
        ['Ana', 'Boss\u001b[2J', 'x'.repeat(10_000)],
      ],
    };
    const errors = buildPreview(sheet, detectLayout(sheet, fw), fw, { existing: [], fileName: 't.csv' }).errors;
    expect(errors.map((e) => e.message)).toEqual([
      'role "Boss␛[2J" names no role of the framework; map it to a role (or "other") or choose a default role',
      `"${'x'.repeat(80)}…" (9,920 more characters) is not a level of the scale; map it to a level or fix the cell`,
    ]);
  });
});
