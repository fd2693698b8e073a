import type { ImportProgress } from '@shared/ipc';
import type { XlsxProgress } from '@shared/interchange/read-xlsx';

/*
 * The progress events of a read, the same from the worker and from the in-process readers
 * the tests run: the file being read from disk, then what readXlsx reports.
 */

export const READING: ImportProgress = { stage: 'reading', done: 0, total: 1, fraction: 0 };

/** readXlsx's progress as the event the page gets (rows as done of total once converting). */
export const importProgressOf = (progress: XlsxProgress): ImportProgress => ({
  stage: progress.stage,
  done: progress.rows?.done ?? 0,
  total: progress.rows?.total ?? 1,
  fraction: progress.fraction,
});
