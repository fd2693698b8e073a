import { useState } from 'react';
import type { TeamExportFormat } from '@shared/ipc';
import { useRequest } from '@renderer/state/hooks';
import { exportOutcome } from '@renderer/state/workflows';
import { Button } from '@renderer/components/common/Button';

const FORMATS: { format: TeamExportFormat; label: string }[] = [
  { format: 'xlsx', label: 'Export Excel…' },
  { format: 'csv', label: 'Export CSV…' },
];

/** The team matrix out to a spreadsheet; says where it went. */
export function TeamExportMenu({ disabled }: { disabled: boolean }) {
  const request = useRequest();
  const [status, setStatus] = useState('');
  async function run(format: TeamExportFormat) {
    setStatus('Exporting…');
    const saved = await request('team:export', { format }, { title: 'The team was not exported' });
    const result = exportOutcome(saved);
    setStatus(
      result === 'saved' && saved ? `Saved to ${saved.file}` : result === 'cancelled' ? 'Export cancelled.' : '',
    );
  }
  return (
    <span className="team__export" role="group" aria-label="Export the team">
      {FORMATS.map(({ format, label }) => (
        <Button key={format} disabled={disabled} onClick={() => void run(format)}>
          {label}
        </Button>
      ))}
      <span className="team__export-status" role="status">
        {status}
      </span>
    </span>
  );
}
