import { Banner } from './Banner';
import { Button } from '../common/Button';

/** Changes listed before "…and N more": the banner must not push the page away. */
const SHOWN = 12;

/**
 * Told once after Gapwise upgraded an older data file and had to change some of its text
 * (control characters removed from names): every change, so nothing changes unseen. The
 * original file is kept as a backup.
 */
export function UpgradeNotice({ changes, onDismiss }: { changes: string[]; onDismiss: () => void }) {
  return (
    <Banner
      tone="info"
      titleId="upgrade-title"
      title={`Gapwise cleaned ${changes.length === 1 ? 'one text' : `${changes.length} texts`} in your data file`}
      action={<Button onClick={onDismiss}>Dismiss</Button>}
    >
      <p>
        This version refuses invisible control characters in names and notes, so they were removed. The file as it was
        is kept in your backups.
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
