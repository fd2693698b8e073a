/** Code-unit order: the same on every machine and locale, so output is deterministic. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** "A", "A and B", "A, B and C". */
export const listOf = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/** Whole numbers as every view and export writes them: thousands separated ("2,000"). */
export const formatCount = (n: number): string => n.toLocaleString('en');

/** "1 single point of failure", "2,000 members": the count and the word that agrees with it. */
export const countOf = (n: number, one: string, many: string): string => `${formatCount(n)} ${n === 1 ? one : many}`;

/** A role name inside a sentence: "Data engineer" → "data engineer"; "ML engineer" and "BI developer" keep their capitals. */
export const roleInSentence = (name: string): string =>
  /^[A-Z][a-z]/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;
