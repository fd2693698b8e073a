import type { WorkspaceError } from '@renderer/state/operations';
import { Banner } from './Banner';
import { Button } from '../common/Button';

/** A request main refused or could not complete: what did not happen, and the field it was about. */
export function ErrorNotice({
  error,
  titleId,
  onDismiss,
}: {
  error: WorkspaceError;
  /** Unique on the page: several operations' errors can show at once. */
  titleId: string;
  onDismiss: () => void;
}) {
  return (
    <Banner
      tone="error"
      alert
      titleId={titleId}
      title={error.title}
      action={<Button onClick={onDismiss}>Dismiss</Button>}
    >
      <p>
        {error.path ? (
          <>
            <code>{error.path}</code>:{' '}
          </>
        ) : null}
        {error.message}
      </p>
    </Banner>
  );
}
