/*
 * Keeps cell text as the app has always read it where SheetJS reads it differently. Office
 * escapes characters XML cannot hold as `_xHHHH_`; the app's exports write control characters
 * and CR that way (shared/encode/xlsx.ts). SheetJS decodes the escapes, then turns every
 * CR LF into LF, so a name holding CR LF would not come back as exported; it also decodes
 * escapes in lower case hex, which the reader before it (exceljs) left as written. Before
 * SheetJS reads a part, in its text content each CR and each `_x000D_` becomes one stand-in
 * and the `_` of a lower-case escape another, characters the package does not contain; the
 * text SheetJS gives back has them turned back (CR, `_`).
 */

/** Noncharacters (U+FDD0…U+FDEF): never meaningful text, so almost never in a file. */
const CANDIDATES = Array.from({ length: 32 }, (_, i) => String.fromCharCode(0xfdd0 + i));

const LT = 0x3c;
const GT = 0x3e;
const CR = 0x0d;
const UNDERSCORE = 0x5f;
const X = 0x78;

const isHex = (b: number | undefined): boolean =>
  b !== undefined && ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66));

/** Whether `data[i]` starts `_xHHHH_`, as SheetJS matches it (hex in either case). */
const opensEscape = (data: Uint8Array, i: number): boolean =>
  data[i] === UNDERSCORE &&
  data[i + 1] === X &&
  isHex(data[i + 2]) &&
  isHex(data[i + 3]) &&
  isHex(data[i + 4]) &&
  isHex(data[i + 5]) &&
  data[i + 6] === UNDERSCORE;

const isLowerHex = (b: number): boolean => b >= 0x61 && b <= 0x66;

/** `_x000D_`, the escape of CR. */
const isCrEscape = (data: Uint8Array, i: number): boolean =>
  data[i + 2] === 0x30 && data[i + 3] === 0x30 && data[i + 4] === 0x30 && data[i + 5] === 0x44;

const ESCAPE_LENGTH = 7;

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  for (let i = haystack.indexOf(needle[0]!); i !== -1; i = haystack.indexOf(needle[0]!, i + 1)) {
    let k = 1;
    while (k < needle.length && haystack[i + k] === needle[k]) k++;
    if (k === needle.length) return true;
  }
  return false;
}

/** Whether a part has anything to guard: a CR, `_x000D_`, or an escape in lower case hex. */
function needsGuard(data: Uint8Array): boolean {
  if (data.indexOf(CR) !== -1) return true;
  for (let i = data.indexOf(UNDERSCORE); i !== -1; i = data.indexOf(UNDERSCORE, i + 1)) {
    if (opensEscape(data, i) && (isCrEscape(data, i) || [2, 3, 4, 5].some((k) => isLowerHex(data[i + k]!)))) {
      return true;
    }
  }
  return false;
}

export interface TextGuard {
  /** The part with its CRs, CR escapes and lower-case escapes' underscores in text content replaced. */
  guard(data: Uint8Array): Uint8Array;
  /** Text read from a guarded part, as written in the file. */
  restore(text: string): string;
}

/** A guard whose stand-ins appear in none of `parts`; null when every candidate does (then text reads as SheetJS gives it). */
export function textGuard(parts: readonly Uint8Array[]): TextGuard | null {
  const encoder = new TextEncoder();
  const free = CANDIDATES.filter((c) => !parts.some((part) => contains(part, encoder.encode(c))));
  if (free.length < 2) return null;
  const crStandIn = free[0]!;
  const underscoreStandIn = free[1]!;
  const crBytes = encoder.encode(crStandIn);
  const underscoreBytes = encoder.encode(underscoreStandIn);
  const restorer = new RegExp(`[${crStandIn}${underscoreStandIn}]`, 'g');
  return {
    guard(data) {
      if (!needsGuard(data)) return data;
      // Where the stand-ins go (and how many bytes each replaces), then one copy with them in place.
      const at: number[] = [];
      const replaced: number[] = [];
      const kinds: Uint8Array[] = [];
      let inTag = false;
      for (let i = 0; i < data.length; i++) {
        const b = data[i]!;
        if (b === LT) inTag = true;
        else if (b === GT) inTag = false;
        else if (!inTag && b === CR) {
          at.push(i);
          replaced.push(1);
          kinds.push(crBytes);
        } else if (!inTag && opensEscape(data, i)) {
          // Escapes are matched left to right without overlapping, as SheetJS and exceljs both do.
          if (isCrEscape(data, i)) {
            at.push(i);
            replaced.push(ESCAPE_LENGTH);
            kinds.push(crBytes);
            i += ESCAPE_LENGTH - 1;
          } else if ([2, 3, 4, 5].some((k) => isLowerHex(data[i + k]!))) {
            at.push(i);
            replaced.push(1);
            kinds.push(underscoreBytes);
          } else {
            i += ESCAPE_LENGTH - 1;
          }
        }
      }
      const grown = kinds.reduce((sum, kind, k) => sum + kind.length - replaced[k]!, 0);
      const out = new Uint8Array(data.length + grown);
      let from = 0;
      let to = 0;
      at.forEach((i, k) => {
        out.set(data.subarray(from, i), to);
        to += i - from;
        out.set(kinds[k]!, to);
        to += kinds[k]!.length;
        from = i + replaced[k]!;
      });
      out.set(data.subarray(from), to);
      return out;
    },
    restore: (text) =>
      text.includes(crStandIn) || text.includes(underscoreStandIn)
        ? text.replace(restorer, (c) => (c === crStandIn ? '\r' : '_'))
        : text,
  };
}
