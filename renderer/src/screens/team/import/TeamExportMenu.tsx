import { useState } from 'react';
import type { StoreApi } from 'zustand';
import type { TeamExportFormat } from '../../../../../shared/ipc';
import type { WorkspaceState } from '../../../state/workspace';

const FORMATS: { format: TeamExportFormat; label: string }[] = [
  { format: 'xlsx', label: 'Export Excel…' },
  { format: 'csv', label: 'Export CSV…' },
];

/** The team matrix out to a spreadsheet; says where it went. */
export function TeamExportMenu({ workspace, disabled }: { workspace: StoreApi<WorkspaceState>; disabled: boolean }) {
  const [status, setStatus] = useState('');
  async function run(format: TeamExportFormat) {
    setStatus('Exporting…');
    const result = await workspace.getState().exportTeam(format);
    const file = workspace.getState().lastExport?.file;
    setStatus(result === 'saved' && file ? `Saved to ${file}` : result === 'cancelled' ? 'Export cancelled.' : '');
  }
  return (
    <span className="team__export" role="group" aria-label="Export the team">
      {FORMATS.map(({ format, label }) => (
        <button key={format} type="button" className="button" disabled={disabled} onClick={() => void run(format)}>
          {label}
        </button>
      ))}
      <span className="team__export-status" role="status">
        {status}
      </span>
    </span>
  );
}
