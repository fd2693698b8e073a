import type { LastImport } from '@renderer/state/workspace';
import { Banner } from './Banner';
import { Button } from '../common/Button';

const people = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'person' : 'people'}`;

/** After an import: what it did, and Undo (restores the backup taken just before it). */
export function ImportDoneNotice({
  done,
  busy,
  onUndo,
  onDismiss,
}: {
  done: LastImport;
  busy: boolean;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  return (
    <Banner
      tone="info"
      titleId="import-done-title"
      title={`Imported from ${done.source}`}
      action={
        <span className="banner__actions">
          <Button disabled={busy} onClick={onUndo}>
            Undo import
          </Button>
          <Button variant="quiet" onClick={onDismiss}>
            Dismiss
          </Button>
        </span>
      }
    >
      <p>
        {people(done.added)} added, {people(done.updated)} updated. Undo restores the data as it was before the import.
      </p>
    </Banner>
  );
}
