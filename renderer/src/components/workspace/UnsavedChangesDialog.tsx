import { useId } from 'react';
import type { LeaveAnswer } from '@renderer/state/leave-guard';
import { Button } from '../common/Button';
import { Modal } from './Modal';

/**
 * "Save / Discard / Cancel" before leaving unsaved work. A native modal dialog traps focus;
 * Escape (the dialog's cancel) and closing it any other way answer Cancel.
 */
export function UnsavedChangesDialog({
  what,
  onAnswer,
}: {
  /** What would be lost; null while nothing is asked. */
  what: string | null;
  onAnswer: (answer: LeaveAnswer) => void;
}) {
  const id = useId();
  return (
    <Modal
      open={what !== null}
      titleId={`${id}-title`}
      title="Unsaved changes"
      onClose={() => onAnswer('cancel')}
      actions={
        <>
          {/* Save first and focused: the safe answer is the one Enter gives. */}
          <Button variant="primary" autoFocus onClick={() => onAnswer('save')}>
            Save
          </Button>
          <Button variant="danger" onClick={() => onAnswer('discard')}>
            Discard
          </Button>
          <Button onClick={() => onAnswer('cancel')}>Cancel</Button>
        </>
      }
    >
      <p>{what === null ? '' : `Save ${what} before leaving?`}</p>
    </Modal>
  );
}
