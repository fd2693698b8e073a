import type { BackupInfo } from '@shared/ipc';
import { Modal } from './Modal';
import { OperationErrors } from './OperationErrors';
import { Button } from '../common/Button';
import './BackupsDialog.css';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Restore from a backup: the list of rotating backups, newest first, each restorable after a confirmation. */
export function BackupsDialog({
  open,
  backups,
  busy,
  onRestore,
  onBackupNow,
  onClose,
  confirm = (message) => window.confirm(message),
}: {
  open: boolean;
  backups: BackupInfo[] | null;
  busy: boolean;
  onRestore: (name: string) => void;
  onBackupNow: () => void;
  onClose: () => void;
  confirm?: (message: string) => boolean;
}) {
  return (
    <Modal open={open} titleId="backups-title" title="Restore from a backup" onClose={onClose}>
      <p className="dialog__hint">
        Gapwise keeps up to three backups from today and one from each earlier day. Restoring replaces the current data;
        the current data is backed up first.
      </p>
      <OperationErrors channels={['backup:list', 'backup:create', 'backup:restore']} />
      <p>
        <Button disabled={busy} onClick={onBackupNow}>
          Back up now
        </Button>
      </p>
      {backups === null ? (
        <p>Loading backups…</p>
      ) : backups.length === 0 ? (
        <p>There are no backups yet.</p>
      ) : (
        <ul className="backup-list">
          {backups.map((b) => (
            <li key={b.name}>
              <span>
                <strong>{dateTime.format(new Date(b.createdAt))}</strong>
                <span className="backup-list__size"> · {size(b.bytes)}</span>
              </span>
              <Button
                disabled={busy}
                onClick={() => {
                  if (
                    confirm(`Replace the current data with the backup from ${dateTime.format(new Date(b.createdAt))}?`)
                  ) {
                    onRestore(b.name);
                  }
                }}
              >
                Restore
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Modal>
  );
}
