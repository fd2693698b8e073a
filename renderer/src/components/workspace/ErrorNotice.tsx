import type { IpcError } from '../../../../shared/ipc';

/** A request main refused or could not complete, with the field it was about. */
export function ErrorNotice({ error, onDismiss }: { error: IpcError; onDismiss: () => void }) {
  return (
    <section className="banner banner--error" role="alert" aria-labelledby="error-title">
      <div>
        <h2 id="error-title" className="banner__title">
          That change was not saved
        </h2>
        <p>
          {error.path ? (
            <>
              <code>{error.path}</code>:{' '}
            </>
          ) : null}
          {error.message}
        </p>
      </div>
      <button type="button" className="button" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  );
}
