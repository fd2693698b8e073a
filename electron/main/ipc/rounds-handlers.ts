import type { AppData } from '@shared/data';
import { withDatesOfItsChanges } from '@shared/domain';
import { roundEntry, roundSnapshot } from '@shared/rounds/round-file';
import { MAX_ROUNDS, type RoundEntry } from '@shared/rounds/schema';
import { trendPoint } from '@shared/rounds/trend-point';
import { StoreWriteError } from '../store';
import type { Handlers } from './dispatcher';
import { HandlerError } from './errors';
import type { HandlerDeps } from './handlers';
import { entryOf, snapshotOf } from './round-refs';

type RoundChannels =
  'round:close' | 'round:rename' | 'round:delete' | 'round:undoDelete' | 'round:reopen' | 'round:load';

/** The data without the open round's provenance (a closed round has recorded it). */
function withoutBasedOn(data: AppData): AppData {
  const { openRoundBasedOn: _basedOn, ...rest } = data;
  return rest;
}

/**
 * Closing, renaming, deleting and reopening rounds. A round's file is written before the
 * data lists it and set aside after the data stops listing it, so a crash between the two
 * leaves a file the next start sets aside, never an entry without its file.
 */
export function createRoundHandlers(
  deps: HandlerDeps,
  change: (fn: (data: AppData) => AppData) => Promise<AppData>,
): Pick<Handlers, RoundChannels> {
  const { store } = deps;
  const rounds = store.rounds;
  /** Deleted rounds that can still come back, by undo token: the entry and where it was listed. */
  const deleted = new Map<string, { entry: RoundEntry; index: number }>();
  let deletions = 0;
  /** Round operations one at a time: two closes must not pick the same id. */
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(run: () => Promise<T>): Promise<T> => {
    const next = queue.then(run);
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    'round:close': ({ name, date }) =>
      serially(async () => {
        const data = store.data();
        if (data.rounds.length >= MAX_ROUNDS) {
          throw new HandlerError(
            'conflict',
            `${MAX_ROUNDS} rounds are closed already, the most one data file keeps; delete an old round first`,
          );
        }
        const id = await rounds.newId(name, data.rounds);
        const round = roundSnapshot(data, {
          id,
          name,
          date,
          closedAt: deps.now().toISOString(),
          basedOn: data.openRoundBasedOn,
        });
        const trend = trendPoint(data, date, data.selfAssessments);
        const bytes = await rounds.write(round);
        const entry = roundEntry(round, bytes, trend);
        try {
          return await change((current) => {
            // The round froze the team as read above; a change that came in meanwhile would be
            // in neither the round nor (once forms are cleared) the open round.
            if (
              current.members !== data.members ||
              current.organisation !== data.organisation ||
              current.framework !== data.framework ||
              current.selfAssessments !== data.selfAssessments
            ) {
              throw new HandlerError('conflict', 'the team changed while the round was being closed; close it again');
            }
            // The forms returned belong to the round just closed; the open round starts without any.
            return { ...withoutBasedOn(current), rounds: [...current.rounds, entry], selfAssessments: [] };
          });
        } catch (error) {
          // A write that happened but was not confirmed lists the round: its file must stay.
          if (!(error instanceof StoreWriteError && error.unconfirmed)) await rounds.discard(id);
          throw error;
        }
      }),

    // The file is immutable: a rename changes the entry, which is the name shown everywhere.
    'round:rename': ({ roundId, name }) =>
      change((data) => {
        const entry = entryOf(data, roundId);
        return { ...data, rounds: data.rounds.map((r) => (r === entry ? { ...entry, name } : r)) };
      }),

    'round:delete': ({ roundId }) =>
      serially(async () => {
        const entry = entryOf(store.data(), roundId);
        const index = store.data().rounds.indexOf(entry);
        const data = await change((current) => ({
          ...current,
          rounds: current.rounds.filter((r) => r.id !== roundId),
        }));
        await rounds.setAside(roundId);
        deletions += 1;
        const undo = `round-${deletions}-${roundId}`;
        deleted.set(undo, { entry, index });
        return { data, undo };
      }),

    'round:undoDelete': ({ undo }) =>
      serially(async () => {
        const found = deleted.get(undo);
        if (!found) {
          throw new HandlerError(
            'not-found',
            'that round can no longer be brought back here; restore a backup',
            'undo',
          );
        }
        const { entry, index } = found;
        if (store.data().rounds.some((r) => r.id === entry.id)) {
          throw new HandlerError('conflict', `a round with the id "${entry.id}" is listed already`, 'undo');
        }
        await rounds.bringBack(entry.id);
        const data = await change((current) => {
          const list = [...current.rounds];
          list.splice(Math.min(index, list.length), 0, entry);
          return { ...current, rounds: list };
        });
        deleted.delete(undo);
        return data;
      }),

    'round:reopen': ({ roundId }) =>
      serially(async () => {
        const entry = entryOf(store.data(), roundId);
        const round = await snapshotOf(rounds, entry);
        const [backup] = await store.backupNow();
        if (!backup) {
          throw new HandlerError('io-error', 'no backup could be taken before reopening, so nothing was changed');
        }
        const data = await change((current) => {
          const kept = new Set(round.members.map((m) => m.id));
          return {
            ...current,
            organisation: round.organisation,
            members: round.members,
            framework: round.framework,
            selfAssessments: round.selfAssessments,
            openRoundBasedOn: roundId,
            // Scenarios that moved or removed someone the round did not have no longer can.
            scenarios: current.scenarios.map((s) =>
              s.roleMoves.some((m) => !kept.has(m.memberId)) || s.departures.some((id) => !kept.has(id))
                ? withDatesOfItsChanges({
                    ...s,
                    roleMoves: s.roleMoves.filter((m) => kept.has(m.memberId)),
                    departures: s.departures.filter((id) => kept.has(id)),
                  })
                : s,
            ),
          };
        });
        return { data, undoBackup: backup.name };
      }),

    'round:load': async ({ roundId }) => snapshotOf(rounds, entryOf(store.data(), roundId)),
  };
}
