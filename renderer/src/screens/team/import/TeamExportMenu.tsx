import { useState } from 'react';
import type { SavedFile, TeamExportFormat } from '@shared/ipc';
import { useRequest } from '@renderer/state/hooks';
import { exportOutcome } from '@renderer/state/workflows';
import { Button } from '@renderer/components/common/Button';

const FORMATS: { format: TeamExportFormat; label: string }[] = [
  { format: 'xlsx', label: 'Export Excel…' },
  { format: 'csv', label: 'Export CSV…' },
];

/**
 * The team matrix out to a spreadsheet, and a blank one to fill in; says where it went.
 * The blank matrix needs no one in the team: it is how a new team's data comes in.
 */
export function TeamExportMenu({ busy, teamEmpty }: { busy: boolean; teamEmpty: boolean }) {
  const request = useRequest();
  const [status, setStatus] = useState('');
  function report(saved: SavedFile | null | undefined) {
    const result = exportOutcome(saved);
    setStatus(
      result === 'saved' && saved ? `Saved to ${saved.file}` : result === 'cancelled' ? 'Export cancelled.' : '',
    );
  }
  async function run(format: TeamExportFormat) {
    setStatus('Exporting…');
    report(await request('team:export', { format }, { title: 'The team was not exported' }));
  }
  async function template() {
    setStatus('Saving the blank matrix…');
    report(await request('team:template', {}, { title: 'The blank matrix was not saved' }));
  }
  return (
    <span className="team__export" role="group" aria-label="Export the team">
      {FORMATS.map(({ format, label }) => (
        <Button key={format} disabled={busy || teamEmpty} onClick={() => void run(format)}>
          {label}
        </Button>
      ))}
      <Button disabled={busy} onClick={() => void template()}>
        Download a blank matrix…
      </Button>
      <span className="team__export-status" role="status">
        {status}
      </span>
    </span>
  );
}
