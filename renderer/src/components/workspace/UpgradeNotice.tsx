import { Banner } from './Banner';
import { Button } from '../common/Button';

/** Changes listed before "…and N more": the banner must not push the page away. */
const SHOWN = 12;

/**
 * Told once after Gapwise upgraded an older data file and changed something in it (control
 * characters removed from names, the built-in framework brought up to date) or has news
 * about it (new built-in roles a user's own framework lacks): every change, so nothing
 * changes unseen. The original file is kept as a backup.
 */
export function UpgradeNotice({ changes, onDismiss }: { changes: string[]; onDismiss: () => void }) {
  return (
    <Banner
      tone="info"
      titleId="upgrade-title"
      title={`Gapwise upgraded your data file: ${changes.length === 1 ? 'one change' : `${changes.length} changes`}`}
      action={<Button onClick={onDismiss}>Dismiss</Button>}
    >
      <p>
        This version of Gapwise reads your data file in a newer format. Each change it made, or has to tell you about,
        is listed below. The file as it was is kept in your backups.
      </p>
      <ul className="banner__list">
        {changes.slice(0, SHOWN).map((change) => (
          <li key={change}>{change}</li>
        ))}
      </ul>
      {changes.length > SHOWN ? <p>…and {changes.length - SHOWN} more.</p> : null}
    </Banner>
  );
}
