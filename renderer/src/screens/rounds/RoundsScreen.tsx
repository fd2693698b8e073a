import { useState } from 'react';
import type { Channel } from '@shared/ipc';
import type { RoundEntry } from '@shared/rounds/schema';
import { localIsoDate } from '@shared/domain/staleness';
import { Button } from '@renderer/components/common/Button';
import { OperationErrors } from '@renderer/components/workspace/OperationErrors';
import { usePending, useRequest, useWorkspace } from '@renderer/state/hooks';
import { CloseRoundDialog } from './CloseRoundDialog';
import { RoundList } from './RoundList';
import { TrendsSection } from './TrendsSection';
import { WhatChanged } from './WhatChanged';
import '@renderer/components/workspace/Banner.css';
import './rounds.css';

/*
 * Assessment rounds: the closed rounds (each a frozen copy of the team), closing today's,
 * and what the rounds show together — the trends and what changed between two of them.
 */

/** What the Rounds screen starts: its errors show here, and its buttons wait for them. */
const ROUND_OPERATIONS: readonly Channel[] = [
  'round:close',
  'round:rename',
  'round:delete',
  'round:undoDelete',
  'round:reopen',
  'backup:restore',
];

/** The last deletion or reopening, with what undoes it. */
type Undoable =
  { kind: 'deleted'; name: string; undo: string } | { kind: 'reopened'; name: string; undoBackup: string };

export function RoundsScreen({
  confirm = (message) => window.confirm(message),
  today = localIsoDate(new Date()),
}: {
  /** Asks before today's team is replaced; injectable for tests. */
  confirm?: (message: string) => boolean;
  /** Today's date (YYYY-MM-DD) where the user is; injectable for tests. */
  today?: string;
}) {
  const request = useRequest();
  const data = useWorkspace((s) => s.data);
  const busy = usePending(...ROUND_OPERATIONS);
  const [closing, setClosing] = useState(false);
  const [undoable, setUndoable] = useState<Undoable | null>(null);
  if (!data) return null;

  async function close(name: string, date: string): Promise<boolean> {
    const closed = await request('round:close', { name, date }, { title: 'The round was not closed' });
    if (closed) setUndoable(null);
    return closed !== undefined;
  }

  async function rename(roundId: string, name: string): Promise<boolean> {
    return (await request('round:rename', { roundId, name }, { title: 'The round was not renamed' })) !== undefined;
  }

  async function remove(round: RoundEntry) {
    const deleted = await request('round:delete', { roundId: round.id }, { title: 'The round was not deleted' });
    if (deleted) setUndoable({ kind: 'deleted', name: round.name, undo: deleted.undo });
  }

  async function reopen(round: RoundEntry) {
    if (
      !confirm(
        `Start a new round from ${round.name}? Today's team is replaced by the team as it was in ${round.name}; ${round.name} itself stays as it is. You can undo this.`,
      )
    )
      return;
    const reopened = await request('round:reopen', { roundId: round.id }, { title: 'No round was started' });
    if (reopened) setUndoable({ kind: 'reopened', name: round.name, undoBackup: reopened.undoBackup });
  }

  async function undo() {
    if (!undoable) return;
    const done =
      undoable.kind === 'deleted'
        ? await request('round:undoDelete', { undo: undoable.undo }, { title: 'The round was not brought back' })
        : await request('backup:restore', { name: undoable.undoBackup }, { title: "Today's team was not restored" });
    if (done !== undefined) setUndoable(null);
  }

  const hasRounds = data.rounds.length > 0;
  return (
    <div className="rounds">
      <header className="rounds__header">
        <div>
          <h1>Rounds</h1>
          <p className="rounds-muted">
            Each quarter&apos;s assessment, kept as it was: close a round to freeze today&apos;s team, then see the
            trends and what changed.
          </p>
        </div>
        <Button variant="primary" disabled={busy} onClick={() => setClosing(true)}>
          Close round…
        </Button>
      </header>
      <OperationErrors channels={ROUND_OPERATIONS} />
      {undoable ? (
        <div className="banner banner--info rounds__undo" role="status">
          <p>
            {undoable.kind === 'deleted'
              ? `Deleted ${undoable.name}`
              : `Started a new round from ${undoable.name}: today's team is the team of ${undoable.name}`}
          </p>
          <span className="rounds__undo-actions">
            <Button disabled={busy} onClick={() => void undo()}>
              Undo
            </Button>
            <Button variant="quiet" onClick={() => setUndoable(null)}>
              Dismiss
            </Button>
          </span>
        </div>
      ) : null}
      {hasRounds ? (
        <>
          <section className="rounds-section" aria-labelledby="rounds-closed-title">
            <h2 id="rounds-closed-title">Closed rounds</h2>
            <RoundList
              rounds={data.rounds}
              busy={busy}
              onRename={rename}
              onDelete={(round) => void remove(round)}
              onReopen={(round) => void reopen(round)}
            />
          </section>
          <TrendsSection data={data} today={today} />
          <WhatChanged data={data} />
        </>
      ) : (
        <div className="rounds__empty">
          <h2>No closed round yet</h2>
          <p>
            A round is one assessment of the team — a quarterly review, say. Close one when the review is done: the team
            is kept as it was, and once there are two you can follow coverage, gaps and headcount over time, see who
            joined and whose levels moved, and check whether the hires you planned happened.
          </p>
          <Button variant="primary" disabled={busy} onClick={() => setClosing(true)}>
            Close round…
          </Button>
        </div>
      )}
      {closing ? (
        <CloseRoundDialog
          today={today}
          takenNames={data.rounds.map((r) => r.name)}
          busy={busy}
          onClose={close}
          onCancel={() => setClosing(false)}
        />
      ) : null}
    </div>
  );
}
