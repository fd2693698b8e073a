import type { RawWorkbook } from '@shared/interchange/types';
import { ImportDialog } from '@renderer/screens/team/import/ImportDialog';
import { createWorkspaceStore } from '@renderer/state/workspace';
import { xlsxBytes } from '../support/xlsx-bytes';
import { mainInMemory, type MainInMemory } from './main-in-memory';
import { inWorkspace, render, settle, type Rendered } from './render';

/*
 * The import dialog over main's real handlers, for component tests: the file the user picks,
 * the dialog opened on it, and its Import button.
 */

let view: Rendered | undefined;

/** Unmounts the dialog a test opened (call in afterEach). */
export function closeDialog() {
  view?.unmount();
  view = undefined;
}

/** A matrix as managers keep them: a title row, headers on row 3, an unknown column, labels and a totals row. */
export const workbook = (spark = 'Expert'): RawWorkbook => ({
  fileName: 'skills.xlsx',
  format: 'xlsx',
  sheets: [
    {
      name: 'Team',
      rows: [
        ['Skills matrix Q4', null, null, null, null, null],
        [null, null, null, null, null, null],
        ['Name', 'Role', 'Squad', 'Data pipelines (ETL)', 'Spark', 'Coffee'],
        ['Ada Quinn', 'Data engineer', 'Checkout', 3, spark, 'yes'],
        ['Aiko Tanaka', 'Data scientist', 'Supply chain', 2, 'Working', 'no'],
        ['Total', null, null, 5, null, null],
      ],
    },
  ],
});

/** Main, with `matrix` the file the user picks in the open dialog. */
export const choosing = async (matrix: RawWorkbook | Uint8Array) =>
  mainInMemory({
    files: { '/home/skills.xlsx': matrix instanceof Uint8Array ? matrix : await xlsxBytes(matrix.sheets) },
    opens: ['/home/skills.xlsx'],
  });

export async function openDialog(starting: MainInMemory | Promise<MainInMemory> = choosing(workbook())) {
  const main = await starting;
  const workspace = createWorkspaceStore(main.api);
  await workspace.getState().load();
  let closed = 0;
  view = await render(
    inWorkspace(
      workspace,
      <ImportDialog
        onClose={() => {
          closed += 1;
        }}
        confirm={() => true}
      />,
    ),
  );
  await settle();
  return { main, workspace, container: view.container, closed: () => closed };
}

/** The dialog's Import button (the Team screen has an "Import…" button of its own). */
export const importButton = (container: HTMLElement) =>
  Array.from(container.querySelectorAll<HTMLButtonElement>('dialog .dialog__actions button')).find((b) =>
    b.textContent?.startsWith('Import'),
  )!;
