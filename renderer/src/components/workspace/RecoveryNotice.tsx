import type { RecoveryNotice as Notice } from '@shared/ipc';
import { Banner } from './Banner';
import { Button } from '../common/Button';

/** Told once after the store recovered from an unreadable data file: what, where, and from which backup. */
export function RecoveryNotice({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  return (
    <Banner
      tone="warning"
      alert
      titleId="recovery-title"
      title="Your data file could not be read, so Gapwise recovered"
      action={<Button onClick={onDismiss}>Dismiss</Button>}
    >
      <p>{notice.reason}</p>
      <p>
        The unreadable file was kept unchanged at <code>{notice.quarantinedTo}</code>.{' '}
        {notice.restoredFrom
          ? `Your data was restored from the backup ${notice.restoredFrom}.`
          : 'No valid backup was found, so Gapwise started with the sample team.'}
      </p>
    </Banner>
  );
}
