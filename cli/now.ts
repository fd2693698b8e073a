import { quoteCell } from '../shared/interchange/quote';
import { UserError } from './files';

/*
 * The CLI's clock: now, or the moment GAPWISE_NOW names, so that a document (its date, the
 * summary's timeline) can be made again exactly, in tests and in a reproducible pipeline.
 */

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const FIRST_YEAR = 1900;
const LAST_YEAR = 2999;
const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A clock reading `value` (a day is its midnight UTC); a bad value is said when the clock is read. */
export function clockFrom(value: string | undefined): () => Date {
  if (value === undefined || value === '') return () => new Date();
  return () => {
    const moment = DAY.test(value) ? new Date(`${value}T00:00:00Z`) : MOMENT.test(value) ? new Date(value) : null;
    // Date rolls 2026-02-30 over to March: a day that does not round-trip is not a day.
    // The timeline runs up to five years on: a year far out would date quarters past 9999.
    if (
      moment === null ||
      Number.isNaN(moment.getTime()) ||
      (DAY.test(value) && !moment.toISOString().startsWith(value)) ||
      moment.getUTCFullYear() < FIRST_YEAR ||
      moment.getUTCFullYear() > LAST_YEAR
    ) {
      throw new UserError(
        `GAPWISE_NOW must be a day such as 2026-07-06 or a moment such as 2026-07-06T09:00:00Z, from ${FIRST_YEAR} to ${LAST_YEAR} (got ${quoteCell(value)})`,
      );
    }
    return moment;
  };
}
