/*
 * When an assessment is out of date: older than the organisation's `staleAfterMonths`
 * (6 when not set). Calendar months, not 30-day blocks: an assessment on 31 August is due
 * again on the last day of February, never in March.
 */

export const DEFAULT_STALE_AFTER_MONTHS = 6;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(iso: string): [number, number, number] {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new Error(`not an ISO date (YYYY-MM-DD): "${iso}"`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** `iso` plus `months` calendar months; a day past the new month's end becomes its last day. */
export function addMonths(iso: string, months: number): string {
  const [year, month, day] = parts(iso);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${pad(y, 4)}-${pad(m)}-${pad(Math.min(day, daysInMonth(y, m)))}`;
}

/** The calendar date of `date` where the user is (local time), as YYYY-MM-DD. */
export const localIsoDate = (date: Date): string =>
  `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

export type AssessmentAge = 'never' | 'current' | 'stale';

/**
 * How old a member's assessment is on `today`: stale once the day after the due date is
 * reached (assessed + `months` calendar months), 'never' when there is no assessment date.
 */
export function assessmentAge(
  assessedOn: string | undefined,
  today: string,
  months: number = DEFAULT_STALE_AFTER_MONTHS,
): AssessmentAge {
  if (assessedOn === undefined) return 'never';
  parts(today);
  // ISO dates compare as strings.
  return today > addMonths(assessedOn, months) ? 'stale' : 'current';
}
