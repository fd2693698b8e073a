import type { Channel } from '@shared/ipc';
import { useOperation, useWorkspace } from '@renderer/state/hooks';
import { ErrorNotice } from './ErrorNotice';

/** The error of one operation, shown in the view that started it, until dismissed or retried. */
function OperationError({ channel }: { channel: Channel }) {
  const { error } = useOperation(channel);
  const dismissError = useWorkspace((state) => state.dismissError);
  return error ? (
    <ErrorNotice error={error} titleId={`error-${channel.replace(':', '-')}`} onDismiss={() => dismissError(channel)} />
  ) : null;
}

/** The errors of the operations a view starts. */
export function OperationErrors({ channels }: { channels: readonly Channel[] }) {
  return (
    <>
      {channels.map((channel) => (
        <OperationError key={channel} channel={channel} />
      ))}
    </>
  );
}
