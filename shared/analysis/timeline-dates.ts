import { addMonths as addCalendarMonths } from '../domain/staleness';

/*
 * Calendar arithmetic for the timeline, on ISO dates (yyyy-mm-dd) and calendar quarters.
 * Pure and clock-free: "today" is always passed in. A quarter is numbered as
 * year × 4 + (quarter − 1), so consecutive quarters are consecutive numbers.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

function parts(date: string): YearMonthDay {
  const match = ISO_DATE.exec(date);
  if (!match) throw new Error(`timeline: "${date}" is not an ISO date (yyyy-mm-dd)`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new Error(`timeline: "${date}" is not a calendar date`);
  }
  return { year, month, day };
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const isoOf = ({ year, month, day }: YearMonthDay) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

/** The date `months` calendar months later, as assessments fall due (31 Jan + 1 → 28 or 29 Feb); checked as a calendar date first. */
export function addMonths(date: string, months: number): string {
  parts(date);
  return addCalendarMonths(date, Math.round(months));
}

/** The quarter a date falls in. */
export function quarterOf(date: string): number {
  const { year, month } = parts(date);
  return year * 4 + Math.floor((month - 1) / 3);
}

/** "Q3 2026". */
export function quarterLabel(quarter: number): string {
  return `Q${(quarter % 4) + 1} ${Math.floor(quarter / 4)}`;
}

/** The quarter's first day. */
export function quarterStart(quarter: number): string {
  return isoOf({ year: Math.floor(quarter / 4), month: (quarter % 4) * 3 + 1, day: 1 });
}

/** The quarter's last day. */
export function quarterEnd(quarter: number): string {
  const year = Math.floor(quarter / 4);
  const month = (quarter % 4) * 3 + 3;
  return isoOf({ year, month, day: daysInMonth(year, month) });
}

/** True for a valid ISO calendar date. */
export function isIsoDate(date: string): boolean {
  try {
    parts(date);
    return true;
  } catch {
    return false;
  }
}

/** A moment's date in UTC, as the timeline's "today" (callers outside shared/ own the clock). */
export function isoDateOf(moment: Date): string {
  if (Number.isNaN(moment.getTime())) throw new Error('timeline: "now" is not a valid date');
  return moment.toISOString().slice(0, 10);
}
