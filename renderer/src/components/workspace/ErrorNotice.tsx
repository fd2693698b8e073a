import type { WorkspaceError } from '../../state/workspace';
import { Banner } from './Banner';

/** A request main refused or could not complete: what did not happen, and the field it was about. */
export function ErrorNotice({ error, onDismiss }: { error: WorkspaceError; onDismiss: () => void }) {
  return (
    <Banner
      tone="error"
      alert
      titleId="error-title"
      title={error.title}
      action={
        <button type="button" className="button" onClick={onDismiss}>
          Dismiss
        </button>
      }
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
