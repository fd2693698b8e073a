import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { RoundEntry } from '@shared/rounds/schema';
import { Button } from '@renderer/components/common/Button';
import { roundsOldestFirst } from './round-order';

/** The closed rounds, newest first, each with its actions. */
export function RoundList({
  rounds,
  busy,
  onRename,
  onDelete,
  onReopen,
}: {
  rounds: readonly RoundEntry[];
  busy: boolean;
  onRename: (roundId: string, name: string) => Promise<boolean>;
  onDelete: (round: RoundEntry) => void;
  onReopen: (round: RoundEntry) => void;
}) {
  const [renaming, setRenaming] = useState<string | null>(null);
  const nameOf = new Map(rounds.map((r) => [r.id, r.name]));
  const newestFirst = roundsOldestFirst(rounds).reverse();
  return (
    <div className="table-scroll" role="region" aria-label="Closed rounds" tabIndex={0}>
      <table className="data-table rounds-list">
        <caption className="visually-hidden">Closed rounds</caption>
        <thead>
          <tr>
            <th scope="col">Round</th>
            <th scope="col">Date</th>
            <th scope="col" className="num">
              Members
            </th>
            <th scope="col">Framework</th>
            <th scope="col">Based on</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((round) => (
            <tr key={round.id} data-round-id={round.id}>
              <th scope="row">
                {renaming === round.id ? (
                  <RenameField
                    initial={round.name}
                    busy={busy}
                    onSave={async (name) => {
                      if (name === round.name || (await onRename(round.id, name))) setRenaming(null);
                    }}
                    onCancel={() => setRenaming(null)}
                  />
                ) : (
                  round.name
                )}
              </th>
              <td>{round.date}</td>
              <td className="num">{round.members.toLocaleString()}</td>
              <td>
                {round.frameworkId} {round.frameworkVersion}
              </td>
              <td>{round.basedOn ? (nameOf.get(round.basedOn) ?? 'a deleted round') : '—'}</td>
              <td>
                {/* A flex box inside the cell: a flex cell leaves the table's layout and its row border. */}
                <div className="rounds-list__actions">
                  {renaming === round.id ? null : (
                    <Button variant="quiet" aria-label={`Rename ${round.name}`} onClick={() => setRenaming(round.id)}>
                      Rename
                    </Button>
                  )}
                  <Button
                    variant="quiet"
                    aria-label={`Start a new round from ${round.name}`}
                    disabled={busy}
                    onClick={() => onReopen(round)}
                  >
                    Start a new round from this
                  </Button>
                  <Button
                    variant="danger"
                    aria-label={`Delete ${round.name}`}
                    disabled={busy}
                    onClick={() => onDelete(round)}
                  >
                    Delete
                  </Button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The round's name as a field: Enter saves, Escape cancels. */
function RenameField({
  initial,
  busy,
  onSave,
  onCancel,
}: {
  initial: string;
  busy: boolean;
  onSave: (name: string) => Promise<void>;
  onCancel: () => void;
}) {
  const [name, setName] = useState(initial);
  const trimmed = name.trim();
  const valid = trimmed.length > 0 && trimmed.length <= 120;
  function submit(event: FormEvent) {
    event.preventDefault();
    if (valid) void onSave(trimmed);
  }
  function onKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  }
  return (
    <form className="rounds-list__rename" onSubmit={submit}>
      <input
        aria-label={`New name for ${initial}`}
        value={name}
        maxLength={120}
        onChange={(e) => setName(e.target.value)}
        onKeyDown={onKey}
        aria-invalid={!valid}
        autoFocus
      />
      <Button type="submit" disabled={busy || !valid}>
        Save
      </Button>
      <Button variant="quiet" onClick={onCancel}>
        Cancel
      </Button>
    </form>
  );
}
