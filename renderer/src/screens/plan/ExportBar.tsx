import { useState } from 'react';
import type { ExportFormat, PlanExportRequest } from '@shared/ipc';
import type { ExportKind } from '@shared/reports/document/types';
import { Button } from '@renderer/components/common/Button';
import { usePending, useRequest } from '@renderer/state/hooks';
import { exportOutcome } from '@renderer/state/workflows';

/** The documents a manager forwards, each as PDF or Markdown, and who they are for. */
const DOCUMENTS: { kind: ExportKind; label: string; hint: string }[] = [
  { kind: 'summary', label: 'Summary for leadership', hint: 'one or two pages, no names' },
  { kind: 'brief', label: 'Job briefs', hint: 'for a recruiter: no names, no scores' },
  { kind: 'detail', label: 'Internal detail', hint: 'with names: personal data' },
];

const DOCUMENT_FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'pdf', label: 'PDF' },
  { format: 'md', label: 'Markdown' },
];

/** The full report, for spreadsheets and other tools. */
const REPORT_FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'csv', label: 'CSV' },
  { format: 'json', label: 'JSON' },
  { format: 'xlsx', label: 'Excel' },
];

/** The plan's exports: each document as PDF or Markdown, job briefs optionally one file per hire, and the full report. */
export function ExportBar() {
  const request = useRequest();
  const busy = usePending('plan:export');
  const [exporting, setExporting] = useState(false);
  const [eachHire, setEachHire] = useState(false);
  const [outcome, setOutcome] = useState<{ saved: string; count: number } | { cancelled: true } | null>(null);

  async function run(exportRequest: PlanExportRequest) {
    setExporting(true);
    setOutcome(null);
    try {
      const saved = await request('plan:export', exportRequest, { title: 'The plan was not exported' });
      const result = exportOutcome(saved);
      if (result === 'saved' && saved) setOutcome({ saved: saved.file, count: saved.files?.length ?? 1 });
      else if (result === 'cancelled') setOutcome({ cancelled: true });
    } finally {
      setExporting(false);
    }
  }

  const disabled = busy || exporting;
  return (
    <div className="export-bar" role="group" aria-label="Export the plan">
      <span className="export-bar__label">Export</span>
      <div className="export-bar__rows">
        {DOCUMENTS.map(({ kind, label, hint }) => (
          <div key={kind} className="export-bar__row">
            <span className="export-bar__what">
              {label} <span className="export-bar__hint">({hint})</span>
            </span>
            <span className="export-bar__buttons">
              {DOCUMENT_FORMATS.map(({ format, label: formatLabel }) => (
                <Button
                  key={format}
                  aria-label={`${label} as ${formatLabel}`}
                  disabled={disabled}
                  onClick={() =>
                    void run(kind === 'brief' && eachHire ? { format, kind, eachHire: true } : { format, kind })
                  }
                >
                  {formatLabel}
                </Button>
              ))}
              {kind === 'brief' ? (
                <label className="export-bar__each">
                  <input type="checkbox" checked={eachHire} onChange={(e) => setEachHire(e.target.checked)} />
                  One file per hire
                </label>
              ) : null}
            </span>
          </div>
        ))}
        <div className="export-bar__row">
          <span className="export-bar__what">
            Full report <span className="export-bar__hint">(every table, with names)</span>
          </span>
          <span className="export-bar__buttons">
            {REPORT_FORMATS.map(({ format, label }) => (
              <Button
                key={format}
                aria-label={`Full report as ${label}`}
                disabled={disabled}
                onClick={() => void run({ format })}
              >
                {label}
              </Button>
            ))}
          </span>
        </div>
      </div>
      <p className="export-bar__status" role="status">
        {exporting
          ? 'Exporting…'
          : outcome && 'saved' in outcome
            ? outcome.count > 1
              ? `Saved ${outcome.count} files to ${outcome.saved}`
              : `Saved to ${outcome.saved}`
            : outcome
              ? 'Export cancelled.'
              : ''}
      </p>
    </div>
  );
}
