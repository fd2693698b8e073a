import { usePending, useRequest, useWorkspace, useWorkspaceStore } from '@renderer/state/hooks';
import { undoImport } from '@renderer/state/workflows';
import { ImportDoneNotice } from './ImportDoneNotice';
import { OperationErrors } from './OperationErrors';
import { RecoveryNotice } from './RecoveryNotice';
import { SampleBanner } from './SampleBanner';
import { UpgradeNotice } from './UpgradeNotice';
import './WorkspaceNotices.css';

/**
 * The notices above every screen: a recovery, what upgrading the data file changed, what an import did (with its undo), the sample
 * team's banner, and the errors of what these notices and the start-up started.
 */
export function WorkspaceNotices() {
  const workspace = useWorkspaceStore();
  const request = useRequest();
  const recovery = useWorkspace((s) => s.recovery);
  const lastImport = useWorkspace((s) => s.lastImport);
  const data = useWorkspace((s) => s.data);
  const dismissRecovery = useWorkspace((s) => s.dismissRecovery);
  const upgradeChanges = useWorkspace((s) => s.upgradeChanges);
  const dismissUpgradeChanges = useWorkspace((s) => s.dismissUpgradeChanges);
  const dismissImport = useWorkspace((s) => s.dismissImport);
  const undoing = usePending('backup:restore');
  const clearing = usePending('team:clearSample');

  return (
    <div className="notices">
      {recovery ? <RecoveryNotice notice={recovery} onDismiss={dismissRecovery} /> : null}
      {upgradeChanges.length > 0 ? <UpgradeNotice changes={upgradeChanges} onDismiss={dismissUpgradeChanges} /> : null}
      <OperationErrors channels={['data:load', 'team:clearSample']} />
      {lastImport ? (
        <>
          {/* Undoing an import restores a backup: its failure shows beside the Undo that started it. */}
          <OperationErrors channels={['backup:restore']} />
          <ImportDoneNotice
            done={lastImport}
            busy={undoing}
            onUndo={() => void undoImport(workspace)}
            onDismiss={dismissImport}
          />
        </>
      ) : null}
      {data ? (
        <SampleBanner
          data={data}
          busy={clearing}
          onClear={() => void request('team:clearSample', {}, { title: 'The sample team was not cleared' })}
        />
      ) : null}
    </div>
  );
}
