import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { readCsv } from '@shared/interchange/read-csv';
import { readXlsx } from '@shared/interchange/read-xlsx';
import { InterchangeError } from '@shared/interchange/types';
import { formatOf } from '@shared/interchange/format';
import { MAX_MATRIX_BYTES, type WorkerMessage, type WorkerRequest } from './protocol';
import { importProgressOf, READING } from './read-progress';

// Reads one spreadsheet off the main thread: a 10,000-row workbook takes a second or two of
// CPU, which in main would stall every IPC answer (and the progress it reports).

const post = (message: WorkerMessage) => parentPort?.postMessage(message);

async function run({ file }: WorkerRequest): Promise<void> {
  const fileName = basename(file);
  try {
    post({ type: 'progress', progress: READING });
    const { size } = await stat(file);
    if (size > MAX_MATRIX_BYTES) {
      throw new InterchangeError({
        fileName,
        message: `the file is ${Math.round(size / 1024 / 1024)} MB; a skills matrix is far smaller (at most ${MAX_MATRIX_BYTES / 1024 / 1024} MB)`,
      });
    }
    const bytes = new Uint8Array(await readFile(file));
    const workbook =
      formatOf(fileName, bytes) === 'xlsx'
        ? await readXlsx(bytes, fileName, undefined, (progress) =>
            post({ type: 'progress', progress: importProgressOf(progress) }),
          )
        : readCsv(bytes, fileName);
    post({ type: 'done', workbook });
  } catch (error) {
    if (error instanceof InterchangeError) post({ type: 'refused', problem: error.problem });
    else post({ type: 'failed', message: `${fileName}: ${(error as Error).message ?? String(error)}` });
  }
}

void run(workerData as WorkerRequest);
