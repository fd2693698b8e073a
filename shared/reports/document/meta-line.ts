import type { DocumentMeta } from './types';

/*
 * What a document says about itself under its title, as plain-text parts (each writer
 * escapes and joins them): when it was made, for which organisation, as of which
 * assessments, and by which framework. Shared so the Markdown and the PDF say the same.
 */

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "2026-12-06 04:40 UTC+01:00": the moment as the maker's clock showed it, with its offset. */
export function madeAtText(madeAt: string): string {
  const match = ISO_DATE_TIME.exec(madeAt);
  if (!match) throw new Error(`Document meta, madeAt: "${madeAt}" is not an ISO date-time with an offset`);
  const [, date, time, offset] = match;
  return `${date} ${time} ${offset === 'Z' ? 'UTC' : `UTC${offset}`}`;
}

/** "Assessments as of 2026-01-10 to 2026-03-02", saying how many members have no date. */
export function asOfText(meta: DocumentMeta): string {
  for (const field of ['assessedFrom', 'assessedTo'] as const) {
    const value = meta[field];
    if (value !== null && !ISO_DATE.test(value)) {
      throw new Error(`Document meta, ${field}: "${value}" is not a date (yyyy-mm-dd)`);
    }
  }
  const { assessedFrom: from, assessedTo: to, undatedMembers: undated } = meta;
  const range =
    from === null || to === null
      ? 'Assessments: none dated'
      : from === to
        ? `Assessments as of ${from}`
        : `Assessments as of ${from} to ${to}`;
  if (undated === 0) return range;
  return `${range} (${undated} ${undated === 1 ? 'member has' : 'members have'} no assessed-on date)`;
}

/** The meta line's parts, in reading order. */
export function metaParts(meta: DocumentMeta): string[] {
  return [
    `Made ${madeAtText(meta.madeAt)}`,
    meta.organisation,
    asOfText(meta),
    `Framework: ${meta.framework.name} ${meta.framework.version}`,
  ];
}

/** Said first in a document that names or scores people, unless the document opens with its own notice. */
export const PERSONAL_DATA_NOTICE =
  'This document contains personal data: it names team members and their scores. Do not forward it.';
