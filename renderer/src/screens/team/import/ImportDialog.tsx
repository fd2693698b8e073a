import { useEffect, useMemo, useState } from 'react';
import { detectLayout, refreshFromSheet, withColumnTarget, withLevelLabel } from '@shared/interchange/layout';
import { buildPreview } from '@shared/interchange/preview';
import type { ImportMode, SheetLayout } from '@shared/interchange/types';
import type { MatrixRead } from '@shared/ipc';
import { Modal } from '@renderer/components/workspace/Modal';
import { OperationErrors } from '@renderer/components/workspace/OperationErrors';
import { useOperation, usePending, useWorkspace, useWorkspaceStore } from '@renderer/state/hooks';
import { importTeam, readMatrix } from '@renderer/state/workflows';
import { ColumnMappingTable, LevelLabelTable } from './MappingTables';
import { PreviewSummary } from './PreviewSummary';
import { ReadProgress } from './ReadProgress';
import './import.css';
import { Button } from '@renderer/components/common/Button';

type Layout = { ok: true; layout: SheetLayout } | { ok: false; message: string };

function layoutOf(
  read: MatrixRead,
  sheetName: string,
  framework: Parameters<typeof detectLayout>[1],
  headerRow?: number,
): Layout {
  const sheet = read.workbook.sheets.find((s) => s.name === sheetName);
  if (!sheet) return { ok: false, message: `There is no sheet "${sheetName}".` };
  try {
    return { ok: true, layout: detectLayout(sheet, framework, { fileName: read.workbook.fileName, headerRow }) };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

/**
 * Import a skills matrix: main reads the file (with progress), then the columns are matched
 * to the framework — the user can change any match and map level labels — and a preview
 * shows every row's outcome. Nothing is written until "Import", which main applies all or
 * nothing (and which can be undone); Cancel writes nothing.
 */
export function ImportDialog({
  onClose,
  confirm = (message) => window.confirm(message),
}: {
  onClose: () => void;
  /** Asks before the whole team is replaced; injectable for tests. */
  confirm?: (message: string) => boolean;
}) {
  const workspace = useWorkspaceStore();
  const data = useWorkspace((s) => s.data);
  const busy = usePending('matrix:read', 'team:import');
  const progress = useWorkspace((s) => s.importProgress);
  const { error } = useOperation('matrix:read');
  const [read, setRead] = useState<MatrixRead | null>(null);
  const [reading, setReading] = useState(true);
  const [sheetName, setSheetName] = useState('');
  const [layout, setLayout] = useState<Layout | null>(null);
  const [mode, setMode] = useState<ImportMode>('merge');

  useEffect(() => {
    let live = true;
    // A new dialog starts clean: an import that failed in an earlier one is not shown again.
    workspace.getState().dismissError('team:import');
    void readMatrix(workspace).then((result) => {
      if (!live) return;
      setReading(false);
      // Cancelled in the file dialog: nothing to show.
      if (result === null) return onClose();
      if (result === undefined) return;
      const first = result.workbook.sheets[0]?.name ?? '';
      setRead(result);
      setSheetName(first);
      const framework = workspace.getState().data?.framework;
      if (framework) setLayout(layoutOf(result, first, framework));
    });
    return () => {
      live = false;
    };
    // Reads once, when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const sheet = read?.workbook.sheets.find((s) => s.name === sheetName);
  const preview = useMemo(
    () =>
      read && sheet && layout?.ok && data
        ? buildPreview(sheet, layout.layout, data.framework, {
            existing: data.members,
            fileName: read.workbook.fileName,
          })
        : null,
    [read, sheet, layout, data],
  );

  if (!data) return null;
  const fileName = read?.workbook.fileName ?? '';
  const canImport = preview !== null && preview.errors.length === 0 && preview.members.length > 0 && !busy;

  async function runImport() {
    if (!read || !layout?.ok) return;
    if (
      mode === 'replace' &&
      !confirm(
        `Replace the whole team (${data!.members.length} people) with the ${preview!.members.length} in ${fileName}?`,
      )
    ) {
      return;
    }
    if (await importTeam(workspace, { token: read.token, layout: layout.layout, mode }, fileName)) onClose();
  }

  const actions = (
    <>
      <Button variant="quiet" onClick={onClose}>
        Cancel
      </Button>
      {read ? (
        <Button variant="primary" disabled={!canImport} onClick={() => void runImport()}>
          {preview && preview.members.length > 0
            ? `Import ${preview.members.length.toLocaleString()} ${preview.members.length === 1 ? 'person' : 'people'}`
            : 'Import'}
        </Button>
      ) : null}
    </>
  );

  return (
    <Modal open titleId="import-title" title="Import a skills matrix" onClose={onClose} actions={actions} wide>
      {reading ? <ReadProgress progress={progress} /> : null}
      <OperationErrors channels={['team:import']} />
      {!reading && !read ? (
        <p className="import__failed" role="alert">
          {error ? error.message : 'The spreadsheet could not be read.'}
        </p>
      ) : null}
      {read ? (
        <div className="import">
          <p className="dialog__hint">
            <strong>{fileName}</strong>: match each column to a skill of the framework, or ignore it. Nothing is saved
            until you import; an import can be undone.
          </p>
          {read.workbook.sheets.length > 1 ? (
            <label className="import__field">
              <span>Sheet</span>
              <select
                value={sheetName}
                onChange={(e) => {
                  // Each sheet is detected afresh; the mapping of the previous one does not carry over.
                  setSheetName(e.target.value);
                  setLayout(layoutOf(read, e.target.value, data.framework));
                }}
              >
                {read.workbook.sheets.map((s) => (
                  <option key={s.name} value={s.name}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {sheet ? (
            <label className="import__field">
              <span>Column headers are on row</span>
              <input
                type="number"
                min={1}
                max={sheet.rows.length}
                value={layout?.ok ? layout.layout.headerRow + 1 : ''}
                placeholder="?"
                onChange={(e) => {
                  const row = e.target.valueAsNumber;
                  if (Number.isInteger(row) && row >= 1) setLayout(layoutOf(read, sheetName, data.framework, row - 1));
                }}
              />
            </label>
          ) : null}
          {layout && !layout.ok ? (
            <p className="import__failed" role="alert">
              {layout.message}
            </p>
          ) : null}
          {layout?.ok ? (
            <>
              <ColumnMappingTable
                layout={layout.layout}
                framework={data.framework}
                onChange={(index, target) =>
                  setLayout({
                    ok: true,
                    layout: refreshFromSheet(sheet!, withColumnTarget(layout.layout, index, target), data.framework),
                  })
                }
              />
              <label className="import__field">
                <span>Role of people with none in the file</span>
                <select
                  value={layout.layout.defaultRole ?? ''}
                  onChange={(e) =>
                    setLayout({
                      ok: true,
                      layout: { ...layout.layout, defaultRole: e.target.value === '' ? undefined : e.target.value },
                    })
                  }
                >
                  <option value="">None: such rows cannot be imported</option>
                  {data.framework.roles.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.name}
                    </option>
                  ))}
                </select>
              </label>
              <LevelLabelTable
                layout={layout.layout}
                framework={data.framework}
                onChange={(label, level) =>
                  setLayout({ ok: true, layout: withLevelLabel(layout.layout, label, level) })
                }
              />
              {preview ? <PreviewSummary preview={preview} data={data} /> : null}
              <fieldset className="import__mode">
                <legend>How to import</legend>
                <label>
                  <input type="radio" name="import-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />
                  Merge by name: update the people already here, add the others
                </label>
                <label>
                  <input
                    type="radio"
                    name="import-mode"
                    checked={mode === 'replace'}
                    onChange={() => setMode('replace')}
                  />
                  Replace the whole team with the people in the file
                </label>
              </fieldset>
            </>
          ) : null}
        </div>
      ) : null}
    </Modal>
  );
}
