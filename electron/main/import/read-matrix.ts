import { Worker } from 'node:worker_threads';
import type { ImportProgress } from '@shared/ipc';
import { InterchangeError, type RawWorkbook } from '@shared/interchange/types';
import type { WorkerMessage, WorkerRequest } from './protocol';

/**
 * Reads a spreadsheet in a worker thread (the built `matrix-worker.js`), forwarding its
 * progress. A bad file rejects with an InterchangeError naming the place; the worker is
 * always ended.
 */
export function readMatrixInWorker(
  workerScript: string,
  file: string,
  onProgress: (progress: ImportProgress) => void,
): Promise<RawWorkbook> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerScript, { workerData: { file } satisfies WorkerRequest });
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      action();
      void worker.terminate();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress(message.progress);
      else if (message.type === 'done') settle(() => resolve(message.workbook));
      else if (message.type === 'refused') settle(() => reject(new InterchangeError(message.problem)));
      else settle(() => reject(new Error(message.message)));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`the reader stopped unexpectedly (exit code ${code})`))));
  });
}
