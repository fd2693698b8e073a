import { describe, expect, it } from 'vitest';
import { textGuard } from '@shared/interchange/xlsx-text-guard';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder().decode(data);

describe('textGuard', () => {
  const guard = textGuard([])!;
  const roundTrip = (xml: string) => guard.restore(text(guard.guard(bytes(xml))));

  it('hands back a part with nothing to guard as it is', () => {
    const part = bytes('<si><t>Ana _x0041_ Lima</t></si>');
    expect(guard.guard(part)).toBe(part);
  });

  it('keeps CR, written as it is or as _x000D_, through SheetJS', () => {
    const guarded = text(guard.guard(bytes('<t>a\r\nb_x000D_\nc</t>')));
    expect(guarded).not.toMatch(/\r|_x000D_/);
    expect(guard.restore(guarded)).toBe('<t>a\r\nb\r\nc</t>');
  });

  it('leaves upper-case escapes to SheetJS and keeps lower-case ones as written', () => {
    expect(roundTrip('<t>_x001B_ and _x001b_</t>')).toBe('<t>_x001B_ and _x001b_</t>');
    expect(text(guard.guard(bytes('<t>_x001B_ and _x001b_</t>')))).toMatch(/^<t>_x001B_ and [^_]x001b_<\/t>$/);
  });

  it('matches escapes left to right: an escaped underscore before an escape-like text', () => {
    // "_x000D_" typed by the user is exported as "_x005F_x000D_": not a CR.
    expect(roundTrip('<t>_x005F_x000D_</t>')).toBe('<t>_x005F_x000D_</t>');
  });

  it('touches nothing inside tags', () => {
    const part = bytes('<c\r\nr="A1" s="_x000d_"><v>1</v></c>');
    expect(text(guard.guard(part))).toBe('<c\r\nr="A1" s="_x000d_"><v>1</v></c>');
  });

  it('picks stand-ins the package does not hold, and none when every candidate is taken', () => {
    const all = Array.from({ length: 32 }, (_, i) => String.fromCharCode(0xfdd0 + i)).join('');
    expect(textGuard([bytes(all)])).toBeNull();
    const one = textGuard([bytes(all.slice(0, 30))])!;
    expect(text(one.guard(bytes('<t>\r</t>')))).toBe(`<t>${all[30]}</t>`);
  });
});
