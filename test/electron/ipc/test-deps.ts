import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { vi } from 'vitest';
import type { HandlerDeps } from '@main/ipc/handlers';
import type { AppStore } from '@main/store';
import { importProgressOf } from '@main/import/read-progress';
import { formatOf } from '@shared/interchange/format';
import { readCsv } from '@shared/interchange/read-csv';
import { readXlsx } from '@shared/interchange/read-xlsx';
import { builtinFramework, TEST_NOW } from '../../support/fixtures';

/**
 * The handlers' dependencies for tests: the real store and real files, and simple doubles
 * for Electron's dialogs (answering with what `dialogs` holds at the time), shell and printer.
 */
export function testHandlerDeps(
  store: AppStore,
  dialogs: { open: () => string | null; save: () => string | null; openMany?: () => string[] | null },
): HandlerDeps {
  return {
    store,
    recovery: () => null,
    upgradeChanges: () => [],
    appVersion: '1.2.3',
    builtinFramework,
    chooseFileToOpen: vi.fn(async () => dialogs.open()),
    // Several files chosen: the test's list, or the one-file answer as a list of one.
    chooseFilesToOpen: vi.fn(async () => {
      if (dialogs.openMany) return dialogs.openMany();
      const one = dialogs.open();
      return one === null ? null : [one];
    }),
    chooseFileToSave: vi.fn(async () => dialogs.save()),
    chooseFolder: vi.fn(async () => dialogs.open()),
    now: () => new Date(TEST_NOW),
    readTextFile: (file) => readFile(file, 'utf8'),
    readFileBytes: async (file) => new Uint8Array(await readFile(file)),
    // In-process here; the app runs the same readers in a worker (the e2e suite covers that).
    readMatrix: async (file, onProgress) => {
      const bytes = new Uint8Array(await readFile(file));
      const name = basename(file);
      return formatOf(name, bytes) === 'xlsx'
        ? readXlsx(bytes, name, undefined, (progress) => onProgress(importProgressOf(progress)))
        : readCsv(bytes, name);
    },
    onImportProgress: vi.fn(),
    writeFile: (file, data) => writeFile(file, data),
    openFolder: vi.fn(async () => undefined),
    openExternalLink: vi.fn(async (url: string) => url.startsWith('https://')),
    printToPdf: vi.fn(async (html: string) => new TextEncoder().encode(`%PDF-1.7 fake ${html.length}`)),
    applyTheme: vi.fn(),
  };
}
