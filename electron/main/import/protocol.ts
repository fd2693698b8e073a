import type { ImportProgress } from '@shared/ipc';
import type { InterchangeProblem, RawWorkbook } from '@shared/interchange/types';

/** What main asks the matrix worker: one file to read. */
export interface WorkerRequest {
  file: string;
}

/** What the worker answers: progress, then exactly one of done, refused (bad file) or failed (a bug). */
export type WorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; workbook: RawWorkbook }
  | { type: 'refused'; problem: InterchangeProblem }
  | { type: 'failed'; message: string };

/** A skills matrix of 10,000 people is a few MB; anything far larger is not one. */
export const MAX_MATRIX_BYTES = 50 * 1024 * 1024;
