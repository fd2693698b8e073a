import { useState } from 'react';
import { identityKey } from '@shared/identity';
import type { Channel } from '@shared/ipc';
import { Button } from '@renderer/components/common/Button';
import { FrameworkBrowser } from '@renderer/components/FrameworkBrowser';
import { OperationErrors } from '@renderer/components/workspace/OperationErrors';
import { usePending, useRequest, useWorkspace } from '@renderer/state/hooks';
import { FrameworkEditor } from './FrameworkEditor';
import { ModeSwitch, type FrameworksMode } from './ModeSwitch';
import './frameworks.css';

/** What the Frameworks screen starts: its errors show here, and its buttons wait for them. */
const FRAMEWORK_OPERATIONS: readonly Channel[] = [
  'framework:save',
  'framework:reset',
  'framework:import',
  'framework:export',
];

type Notice = 'saved' | 'imported' | 'reset' | 'exported' | null;

const NOTICE_TEXT: Record<Exclude<Notice, null>, string> = {
  saved: 'Saved',
  imported: 'Framework imported',
  reset: 'Built-in framework restored',
  exported: 'Framework exported',
};

/** Frameworks: browse the framework, edit targets, skills and roles, reset, import and export. */
export function FrameworksScreen({
  confirm = (message) => window.confirm(message),
  initialMode = 'browse',
}: {
  /** Injected by tests; asks before the framework is replaced by the built-in one. */
  confirm?: (message: string) => boolean;
  initialMode?: FrameworksMode;
}) {
  const request = useRequest();
  const framework = useWorkspace((s) => s.data?.framework ?? null);
  const busy = usePending(...FRAMEWORK_OPERATIONS);
  const [mode, setMode] = useState<FrameworksMode>(initialMode);
  // Kept here, not in the editor: the editor starts afresh (remounts) whenever the stored
  // framework changes, and a "Saved" notice must outlive that.
  const [notice, setNotice] = useState<Notice>(null);
  // Counts the discards and resets: each starts the editor afresh, even on the same stored framework.
  const [generation, setGeneration] = useState(0);
  if (!framework) return null;

  /** Runs a request; the notice shows only when it did something (not refused, failed or cancelled). */
  async function run(action: () => Promise<unknown>, done: Exclude<Notice, null>): Promise<boolean> {
    setNotice(null);
    const did = Boolean(await action());
    if (did) setNotice(done);
    return did;
  }

  async function reset() {
    if (!confirm('Replace this framework with the built-in one? Your target, skill and role changes are lost.')) return;
    // A framework that already was the built-in one stays the same object, so its key alone
    // would keep the draft the person was just told is lost.
    if (await run(() => request('framework:reset', {}), 'reset')) setGeneration((g) => g + 1);
  }

  return (
    <div className="frameworks">
      <div className="frameworks__bar">
        <ModeSwitch mode={mode} onChange={setMode} />
        <div className="frameworks__actions">
          {notice && notice !== 'saved' ? (
            <span className="frameworks__notice" role="status">
              {NOTICE_TEXT[notice]}
            </span>
          ) : null}
          <Button
            disabled={busy}
            onClick={() =>
              void run(() => request('framework:import', {}, { title: 'The framework was not imported' }), 'imported')
            }
          >
            Import…
          </Button>
          <Button
            disabled={busy}
            onClick={() =>
              void run(() => request('framework:export', {}, { title: 'The framework was not exported' }), 'exported')
            }
          >
            Export…
          </Button>
          <Button variant="quiet" disabled={busy} onClick={() => void reset()}>
            Reset to built-in
          </Button>
        </div>
      </div>

      <OperationErrors channels={FRAMEWORK_OPERATIONS} />

      {mode === 'browse' ? (
        <FrameworkBrowser framework={framework} />
      ) : (
        <FrameworkEditor
          // A stored framework that changed is a new object, so its identity is enough to know it.
          key={`${generation}:${identityKey(framework)}`}
          framework={framework}
          busy={busy}
          saved={notice === 'saved'}
          onEdit={() => setNotice((n) => (n === 'saved' ? null : n))}
          onDiscard={() => {
            setNotice(null);
            setGeneration((g) => g + 1);
          }}
          save={(next) => run(() => request('framework:save', { framework: next }), 'saved')}
        />
      )}
    </div>
  );
}
