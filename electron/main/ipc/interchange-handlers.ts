import { basename } from 'node:path';
import type { AppData } from '@shared/data';
import { slugify, type Member } from '@shared/domain';
import { applyImport, importedFields, type ImportOptions } from '@shared/interchange/apply';
import { mergeData } from '@shared/interchange/merge-data';
import { buildPreview } from '@shared/interchange/preview';
import { InterchangeError, type ImportMode, type RawWorkbook } from '@shared/interchange/types';
import { teamMatrixToCsv, teamMatrixToXlsx } from '@shared/interchange/write-matrix';
import { matrixTemplateToXlsx } from '@shared/interchange/write-template';
import type { ImportDone } from '@shared/ipc';
import type { Handlers } from './dispatcher';
import { HandlerError } from './errors';
import { exportAllText, placeIncomingRounds, readAllBytes } from './round-archive';
import type { HandlerDeps } from './handlers';

type InterchangeChannels =
  'matrix:read' | 'team:import' | 'team:export' | 'team:template' | 'data:exportAll' | 'data:importAll';

const SPREADSHEETS = { name: 'Spreadsheets (Excel, CSV)', extensions: ['xlsx', 'csv', 'tsv', 'txt'] };
const DATA_FILES = { name: 'Gapwise data', extensions: ['json'] };

/**
 * Spreadsheet and whole-data interchange. A spreadsheet is read in main (in a worker) and
 * kept here; the page maps its columns and sends back only the mapping, which main applies
 * to what it read — the same pure code the page previewed with. Every import is all or
 * nothing and starts with a backup, whose name the answer carries for Undo.
 */
export function createInterchangeHandlers(
  deps: HandlerDeps,
  change: (fn: (data: AppData) => AppData) => Promise<AppData>,
  writeChosenFile: (file: string, data: string | Uint8Array) => Promise<void>,
): Pick<Handlers, InterchangeChannels> {
  const { store } = deps;
  /** The last spreadsheet read: one at a time, so memory stays bounded. */
  let pending: { token: string; workbook: RawWorkbook } | null = null;
  let reads = 0;

  /** `imported` people came in; those whose id is new are added, the others matched someone here. */
  async function commit(next: (data: AppData) => AppData, imported: number): Promise<ImportDone> {
    const before = new Set(store.data().members.map((m) => m.id));
    const [backup] = await store.backupNow();
    if (!backup)
      throw new HandlerError('io-error', 'no backup could be taken before the import, so nothing was changed');
    const data = await change(next);
    const added = data.members.filter((m) => !before.has(m.id)).length;
    return { data, added, updated: Math.max(0, imported - added), undoBackup: backup.name };
  }

  const importMembers = (members: Member[], mode: ImportMode, options: ImportOptions) =>
    commit((data) => applyImport(data, members, mode, options), members.length);

  return {
    'matrix:read': async () => {
      const file = await deps.chooseFileToOpen({ title: 'Import a skills matrix', filters: [SPREADSHEETS] });
      if (file === null) return null;
      let workbook: RawWorkbook;
      try {
        workbook = await deps.readMatrix(file, deps.onImportProgress);
      } catch (error) {
        if (error instanceof InterchangeError) throw new HandlerError('invalid-request', error.message);
        throw new HandlerError('io-error', `${basename(file)} could not be read: ${(error as Error).message}`);
      }
      reads += 1;
      pending = { token: `matrix-${reads}`, workbook };
      return pending;
    },

    'team:import': async ({ token, layout, mode }) => {
      if (!pending || pending.token !== token) {
        throw new HandlerError('not-found', 'that spreadsheet is no longer open in Gapwise; import it again', 'token');
      }
      const { workbook } = pending;
      const sheet = workbook.sheets.find((s) => s.name === layout.sheet);
      if (!sheet) {
        throw new HandlerError(
          'invalid-request',
          `${workbook.fileName} has no sheet "${layout.sheet}"`,
          'layout.sheet',
        );
      }
      const data = store.data();
      const preview = buildPreview(sheet, layout, data.framework, {
        existing: data.members,
        fileName: workbook.fileName,
      });
      const [first] = preview.errors;
      if (first) {
        const where = `row ${first.row}${first.column ? `, column "${first.column}"` : ''}`;
        // A row may have several errors; the count is of rows.
        const rows = new Set(preview.errors.map((e) => e.row)).size;
        const count = rows === 1 ? '1 row' : `${rows} rows`;
        throw new HandlerError(
          'invalid-request',
          `${workbook.fileName}: ${count} cannot be imported, so nothing was; ${where}: ${first.message}`,
          'layout',
        );
      }
      if (preview.members.length === 0) {
        throw new HandlerError('invalid-request', `${workbook.fileName}: the sheet has no one to import`, 'layout');
      }
      // In a merge, fields the sheet has no column for keep their stored values; so does the
      // role of someone already here whose row gives none.
      const done = await importMembers(preview.members, mode, {
        fields: importedFields(layout),
        roleFromDefault: preview.roleFromDefault,
      });
      pending = null;
      return done;
    },

    'team:export': async ({ format }) => {
      const data = store.data();
      const slug = slugify(data.organisation.name, '');
      const file = await deps.chooseFileToSave({
        title: 'Export the team matrix',
        defaultName: `gapwise-team${slug ? `-${slug}` : ''}.${format}`,
        filters: [
          format === 'xlsx' ? { name: 'Excel workbook', extensions: ['xlsx'] } : { name: 'CSV', extensions: ['csv'] },
        ],
      });
      if (file === null) return null;
      const bytes = format === 'xlsx' ? await teamMatrixToXlsx(data) : teamMatrixToCsv(data);
      await writeChosenFile(file, bytes);
      return { file };
    },

    'team:template': async () => {
      const { framework } = store.data();
      const file = await deps.chooseFileToSave({
        title: 'Download a blank matrix',
        defaultName: 'gapwise-blank-matrix.xlsx',
        filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
      });
      if (file === null) return null;
      await writeChosenFile(file, await matrixTemplateToXlsx(framework));
      return { file };
    },

    'data:exportAll': async () => {
      const data = store.data();
      const slug = slugify(data.organisation.name, '');
      const date = new Date().toISOString().slice(0, 10);
      const file = await deps.chooseFileToSave({
        title: 'Save all Gapwise data',
        defaultName: `gapwise-data${slug ? `-${slug}` : ''}-${date}.json`,
        filters: [DATA_FILES],
      });
      if (file === null) return null;
      await writeChosenFile(file, await exportAllText(data, store.rounds));
      return { file };
    },

    'data:importAll': async ({ mode }) => {
      const file = await deps.chooseFileToOpen({ title: 'Import Gapwise data', filters: [DATA_FILES] });
      if (file === null) return null;
      let bytes: Uint8Array;
      try {
        bytes = await deps.readFileBytes(file);
      } catch (error) {
        throw new HandlerError('io-error', `${basename(file)} could not be read: ${(error as Error).message}`);
      }
      const read = readAllBytes(bytes);
      if (!read.ok) throw new HandlerError('invalid-request', `${basename(file)}: ${read.message}`, read.path ?? '');
      const incoming = read.data;
      if (mode === 'merge') {
        // A merge adds people and scenarios to the history kept here; the file's rounds are not merged.
        return commit((current) => {
          const merged = mergeData(current, incoming);
          if (!merged.ok)
            throw new HandlerError('invalid-request', `${basename(file)}: ${merged.message}`, merged.path);
          return merged.data;
        }, incoming.members.length);
      }
      // The rounds' files are written before the data lists them; the ones no longer listed go aside.
      const placed = await placeIncomingRounds(store.rounds, store.data(), incoming, read.snapshots, basename(file));
      let done: ImportDone;
      try {
        done = await commit(() => placed.data, incoming.members.length);
      } catch (error) {
        await placed.undo(error);
        throw error;
      }
      await store.rounds.reconcile(done.data.rounds);
      return done;
    },
  };
}
