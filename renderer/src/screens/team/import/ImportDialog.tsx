import { useEffect, useMemo, useState } from 'react';
import { roleNamesOf } from '@shared/domain';
import { importedFields, importOutcome } from '@shared/interchange/apply';
import {
  detectLayout,
  refreshFromSheet,
  withColumnTarget,
  withLevelLabel,
  withRowLeftOut,
} from '@shared/interchange/layout';
import { buildPreview } from '@shared/interchange/preview';
import { withRoleValue } from '@shared/interchange/role-values';
import type { ImportMode, SheetLayout } from '@shared/interchange/types';
import type { MatrixRead } from '@shared/ipc';
import { Modal } from '@renderer/components/workspace/Modal';
import { OperationErrors } from '@renderer/components/workspace/OperationErrors';
import { useOperation, usePending, useWorkspace, useWorkspaceStore } from '@renderer/state/hooks';
import { importTeam, readMatrix } from '@renderer/state/workflows';
import { ColumnTable } from './ColumnTable';
import { LevelLabelTable } from './LevelLabelTable';
import { previewRows } from './preview-rows';
import { PreviewRows } from './PreviewRows';
import { PreviewCounts, PreviewErrors } from './PreviewSummary';
import { ReadProgress } from './ReadProgress';
import { RoleTable } from './RoleTable';
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
  // Each row as it will be stored: a merge keeps what the file does not say, so the preview
  // shows the result, not the file.
  const rows = useMemo(() => {
    if (!preview || !data || !layout?.ok) return null;
    const outcome = importOutcome(data, preview.members, mode, {
      fields: importedFields(layout.layout),
      roleFromDefault: preview.roleFromDefault,
    });
    return previewRows(preview, outcome);
  }, [preview, data, layout, mode]);
  const roleNames = useMemo(() => (data ? roleNamesOf(data.framework) : new Map<string, string>()), [data]);

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

  /** A change to the layout that may change which values the sheet's columns hold. */
  const remap = (next: SheetLayout) => setLayout({ ok: true, layout: refreshFromSheet(sheet!, next, data.framework) });
  const setLayoutTo = (next: SheetLayout) => setLayout({ ok: true, layout: next });

  const actions = (
    <>
      {preview ? <PreviewCounts preview={preview} /> : null}
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
            <strong>{fileName}</strong>: check what each column is read as, the roles and level labels, and the rows.
            Nothing is saved until you import; an import can be undone.
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
              <ColumnTable
                sheet={sheet!}
                layout={layout.layout}
                framework={data.framework}
                onChange={(index, target) => remap(withColumnTarget(layout.layout, index, target))}
              />
              <RoleTable
                sheet={sheet!}
                layout={layout.layout}
                framework={data.framework}
                onValue={(value, role) => setLayoutTo(withRoleValue(layout.layout, value, role))}
                onDefault={(role) => {
                  const { defaultRole: _old, ...rest } = layout.layout;
                  setLayoutTo(role === undefined ? rest : { ...rest, defaultRole: role });
                }}
              />
              <LevelLabelTable
                layout={layout.layout}
                framework={data.framework}
                onChange={(label, level) => setLayoutTo(withLevelLabel(layout.layout, label, level))}
              />
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
              {preview && rows ? (
                <section className="import__section" aria-labelledby="import-rows-title">
                  <h3 id="import-rows-title">Rows</h3>
                  <PreviewErrors preview={preview} />
                  <p className="dialog__hint">
                    Each person as they will be stored
                    {mode === 'merge' ? ': people already here keep what the file does not say' : ''}.
                    {rows.blank > 0 ? ` ${rows.blank.toLocaleString()} blank rows are not listed.` : ''}
                  </p>
                  <PreviewRows
                    rows={rows.rows}
                    roleNames={roleNames}
                    onLeaveOut={(row, leftOut) => remap(withRowLeftOut(layout.layout, row, leftOut))}
                  />
                </section>
              ) : null}
            </>
          ) : null}
        </div>
      ) : null}
    </Modal>
  );
}
