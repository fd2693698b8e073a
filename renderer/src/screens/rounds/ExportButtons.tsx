import { useState } from 'react';
import type { RoundExportFormat, SavedFile } from '@shared/ipc';
import { Button } from '@renderer/components/common/Button';
import { exportOutcome } from '@renderer/state/workflows';

const FORMATS: { format: RoundExportFormat; label: string }[] = [
  { format: 'md', label: 'Markdown' },
  { format: 'csv', label: 'CSV' },
  { format: 'json', label: 'JSON' },
  { format: 'xlsx', label: 'Excel' },
];

/** One export in each format the rounds' reports come in, and where the file went (like the plan's export bar). */
export function ExportButtons({
  what,
  disabled,
  run,
}: {
  /** What is exported, for the group's and the buttons' names ("the trends"). */
  what: string;
  disabled: boolean;
  /** Saves in the format; resolves with the file, null when cancelled, undefined when it failed. */
  run: (format: RoundExportFormat) => Promise<SavedFile | null | undefined>;
}) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  async function exportAs(format: RoundExportFormat) {
    setBusy(true);
    setStatus('Exporting…');
    try {
      const saved = await run(format);
      const outcome = exportOutcome(saved);
      setStatus(
        outcome === 'saved' && saved ? `Saved to ${saved.file}` : outcome === 'cancelled' ? 'Export cancelled.' : '',
      );
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="rounds-export" role="group" aria-label={`Export ${what}`}>
      <span className="rounds-export__label">Export</span>
      <span className="rounds-export__buttons">
        {FORMATS.map(({ format, label }) => (
          <Button
            key={format}
            aria-label={`Export ${what} as ${label}`}
            disabled={disabled || busy}
            onClick={() => void exportAs(format)}
          >
            {label}
          </Button>
        ))}
      </span>
      <p className="rounds-export__status" role="status">
        {status}
      </p>
    </div>
  );
}
