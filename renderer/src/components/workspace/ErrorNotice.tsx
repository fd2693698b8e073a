import type { IpcError } from '../../../../shared/ipc';
import { Banner } from './Banner';

/** A request main refused or could not complete, with the field it was about. */
export function ErrorNotice({ error, onDismiss }: { error: IpcError; onDismiss: () => void }) {
  return (
    <Banner
      tone="error"
      alert
      titleId="error-title"
      title="That change was not saved"
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
