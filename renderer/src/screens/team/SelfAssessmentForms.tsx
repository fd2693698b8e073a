import { useId, useState } from 'react';
import type { FormsImported } from '@shared/ipc';
import { Button } from '@renderer/components/common/Button';
import { Modal } from '@renderer/components/workspace/Modal';
import { OperationErrors } from '@renderer/components/workspace/OperationErrors';
import { usePending, useRequest } from '@renderer/state/hooks';
import { exportOutcome } from '@renderer/state/workflows';

type Result = { kind: 'exported'; text: string } | { kind: 'imported'; done: Omit<FormsImported, 'data'> };

/**
 * Self-assessment forms out and back: spreadsheets each member fills in (one per member, or
 * one per product team), and the returned ones read in at once, with each refused file and
 * why. What members rate is shown beside the manager's levels, never in their place.
 */
export function SelfAssessmentForms({ busy, teamEmpty }: { busy: boolean; teamEmpty: boolean }) {
  const id = useId();
  const request = useRequest();
  const working = usePending('forms:export', 'forms:import');
  const [open, setOpen] = useState(false);
  const [perTeam, setPerTeam] = useState(false);
  const [result, setResult] = useState<Result | null>(null);

  async function exportForms() {
    setResult(null);
    const saved = await request('forms:export', { perTeam }, { title: 'The forms were not written' });
    const outcome = exportOutcome(saved);
    if (outcome === 'saved' && saved) {
      const count = saved.files?.length ?? 1;
      setResult({ kind: 'exported', text: `Saved ${count} ${count === 1 ? 'form' : 'forms'} to ${saved.file}` });
    } else if (outcome === 'cancelled') setResult({ kind: 'exported', text: 'Export cancelled.' });
  }

  async function importForms() {
    setResult(null);
    const done = await request('forms:import', {}, { title: 'No form was imported' });
    if (done === null) setResult({ kind: 'exported', text: 'Import cancelled.' });
    else if (done) setResult({ kind: 'imported', done: { imported: done.imported, refused: done.refused } });
  }

  const disabled = busy || working;
  return (
    <>
      <Button disabled={busy} onClick={() => setOpen(true)}>
        Self-assessment forms…
      </Button>
      {open ? (
        <Modal open titleId={`${id}-title`} title="Self-assessment forms" onClose={() => setOpen(false)}>
          <div className="forms-dialog">
            <p className="forms-dialog__what">
              Each member rates their own skills in a spreadsheet (Excel or LibreOffice) and sends it back. Their
              ratings show beside yours on their page; yours stay the ones the analysis uses until you accept theirs.
            </p>
            <fieldset className="forms-dialog__group">
              <legend>Export forms</legend>
              <label>
                <input type="radio" name={`${id}-per`} checked={!perTeam} onChange={() => setPerTeam(false)} />
                One form per member
              </label>
              <label>
                <input type="radio" name={`${id}-per`} checked={perTeam} onChange={() => setPerTeam(true)} />
                One form per product team
              </label>
              <Button variant="primary" disabled={disabled || teamEmpty} onClick={() => void exportForms()}>
                Export forms…
              </Button>
            </fieldset>
            <fieldset className="forms-dialog__group">
              <legend>Import returned forms</legend>
              <p className="forms-dialog__hint">
                Choose every returned file at once. A form is matched to its member by the id inside it, not by its file
                name.
              </p>
              <Button disabled={disabled || teamEmpty} onClick={() => void importForms()}>
                Import returned forms…
              </Button>
            </fieldset>
            <OperationErrors channels={['forms:export', 'forms:import']} />
            <div role="status" className="forms-dialog__result">
              {working ? 'Working…' : result?.kind === 'exported' ? result.text : null}
              {result?.kind === 'imported' ? <ImportSummary done={result.done} /> : null}
            </div>
          </div>
        </Modal>
      ) : null}
    </>
  );
}

/** How many forms were taken in, for whom, and each refused file with its reason. */
function ImportSummary({ done }: { done: Omit<FormsImported, 'data'> }) {
  const { imported, refused } = done;
  return (
    <div className="forms-dialog__summary" data-testid="forms-import-summary">
      <p>
        {imported.length === 0
          ? 'No form was imported.'
          : `Imported ${imported.length} ${imported.length === 1 ? 'form' : 'forms'}: ${imported.map((f) => f.name).join(', ')}.`}
      </p>
      {refused.length > 0 ? (
        <>
          <p>
            {refused.length} {refused.length === 1 ? 'file was' : 'files were'} refused:
          </p>
          <ul className="forms-dialog__refused" aria-label="Refused files">
            {refused.map((r, i) => (
              <li key={`${r.file}-${i}`}>
                <strong>{r.file}</strong>: {r.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
