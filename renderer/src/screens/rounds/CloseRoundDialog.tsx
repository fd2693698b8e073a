import { useId, useState, type FormEvent } from 'react';
import { Button } from '@renderer/components/common/Button';
import { Modal } from '@renderer/components/workspace/Modal';
import { closeRoundProblem, defaultRoundName } from './round-name';

/**
 * Asks the closed round's name and date (suggested: this quarter's review, today). Mounted
 * while open, so each opening starts from the suggestion.
 */
export function CloseRoundDialog({
  today,
  takenNames,
  busy,
  onClose,
  onCancel,
}: {
  today: string;
  takenNames: readonly string[];
  busy: boolean;
  /** Closes the round; resolves true once main has written it. */
  onClose: (name: string, date: string) => Promise<boolean>;
  onCancel: () => void;
}) {
  const id = useId();
  const [name, setName] = useState(() => defaultRoundName(today));
  const [date, setDate] = useState(today);
  const [tried, setTried] = useState(false);
  const problem = closeRoundProblem(name, date, takenNames);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    setTried(true);
    if (problem) return;
    if (await onClose(name.trim(), date)) onCancel();
  }

  return (
    <Modal
      open
      titleId={`${id}-title`}
      title="Close round"
      onClose={onCancel}
      actions={
        <>
          <Button onClick={onCancel}>Cancel</Button>
          <Button variant="primary" disabled={busy} onClick={() => void submit()}>
            Close round
          </Button>
        </>
      }
    >
      {/* Enter in a field submits; the dialog's own button sits outside the form, in its footer. */}
      <form className="close-round" onSubmit={(e) => void submit(e)} noValidate>
        <p className="close-round__what">
          Closing keeps the team as it is today — members, levels, allocations, settings and framework — as a round that
          never changes; you go on editing today&apos;s team.
        </p>
        <label className="close-round__field">
          <span>Name</span>
          <input
            value={name}
            maxLength={120}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={tried && problem !== null}
            aria-describedby={`${id}-problem`}
            autoFocus
          />
        </label>
        <label className="close-round__field">
          <span>Date</span>
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <p id={`${id}-problem`} className="close-round__problem" role="alert">
          {tried && problem ? problem : ''}
        </p>
      </form>
    </Modal>
  );
}
