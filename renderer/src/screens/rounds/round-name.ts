/*
 * What the "Close round…" dialog suggests: reviews are quarterly, so a round is named after
 * the calendar quarter of its date ("2027 Q1 review"); the manager can type anything else.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-\d{2}$/;

/** "2027 Q1 review" for any date in January–March 2027; an empty string for a date that is not YYYY-MM-DD. */
export function defaultRoundName(date: string): string {
  const match = ISO_DATE.exec(date);
  if (!match) return '';
  const quarter = Math.floor((Number(match[2]) - 1) / 3) + 1;
  return `${match[1]} Q${quarter} review`;
}

/** Why a round name or date cannot be used, or null when both can (the contract allows 1–120 characters). */
export function closeRoundProblem(name: string, date: string, taken: readonly string[]): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'Give the round a name.';
  if (trimmed.length > 120) return 'The name is longer than 120 characters.';
  if (!ISO_DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) return 'Give the round a date.';
  if (taken.includes(trimmed)) return `A round is already called “${trimmed}”.`;
  return null;
}
