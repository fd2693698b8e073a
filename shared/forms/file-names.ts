import { CONTROL_CHAR, withoutControls } from '../encode/control';

/*
 * File names for the forms, safe on Windows, macOS and Linux whatever a member or team is
 * called: characters a file system forbids or reads specially become spaces, controls go,
 * names Windows keeps for devices ("CON", "lpt1.txt") get a suffix, trailing dots and spaces
 * go (Windows drops them), and the name is cut so that it stays well under every system's
 * 255-byte limit. Names are unique case-insensitively (Windows and macOS fold case), so two
 * members called the same never overwrite each other's form.
 */

/** Characters no Windows file name may hold, and the path separators everywhere. */
const FORBIDDEN = /[<>:"/\\|?*]/g;
/** Names Windows reserves for devices, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** UTF-16 units of the name part: at most 240 bytes of UTF-8, leaving room for the prefix and a counter. */
const NAME_MAX = 80;

/** Whole characters (never half a surrogate pair), at most `max` UTF-16 units. */
function cutChars(text: string, max: number): string {
  let out = '';
  for (const char of text) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out;
}

/** One part of a file name made safe: no forbidden or control characters, cut, never empty, no dot or space at either end. */
export function safeNamePart(wanted: string, fallback: string): string {
  const name = cutChars(
    withoutControls(wanted.normalize('NFC'), CONTROL_CHAR).replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim(),
    NAME_MAX,
  )
    .replace(/[. ]+$/, '')
    .replace(/^[. ]+/, '');
  return name === '' ? fallback : name;
}

/** A file name whose part before the first dot is a device name gets an underscore there ("nul.txt" → "nul_.txt"). */
export function notReserved(name: string): string {
  const dot = name.indexOf('.');
  const stem = dot === -1 ? name : name.slice(0, dot);
  return RESERVED.test(stem.trim()) ? `${stem}_${name.slice(stem.length)}` : name;
}

/** A `.xlsx` file name unique (case-insensitively) among `used`, which it is added to. */
export function uniqueFileName(prefix: string, wanted: string, fallback: string, used: Set<string>): string {
  const base = `${prefix}${safeNamePart(wanted, fallback)}`;
  let name = notReserved(`${base}.xlsx`);
  for (let n = 2; used.has(name.toLowerCase()); n++) name = notReserved(`${base} (${n}).xlsx`);
  used.add(name.toLowerCase());
  return name;
}
