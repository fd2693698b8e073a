import { isUtf8 } from 'node:buffer';
import type { AppData } from '@shared/data';
import { uniqueSlug } from '@shared/domain';
import { describeProblem, parseJsonSyntax } from '@shared/io';
import { decodeRoundFile } from '@shared/rounds/decode-round-file';
import { roundEntry } from '@shared/rounds/round-file';
import type { RoundEntry, RoundSnapshot } from '@shared/rounds/schema';
import { decodeDataBytes, StoreWriteError, type RoundFiles } from '../store';
import { HandlerError } from './errors';
import { snapshotOf } from './round-refs';

/*
 * "Save all data" with the closed rounds: the data file's content plus, under
 * `roundSnapshots`, every closed round's team, so the saved file alone restores the history.
 * A file with no round closed is exactly a data file. Importing it (replace) writes each
 * round's file again before the data lists it, as closing a round does.
 */

export const ROUND_SNAPSHOTS_KEY = 'roundSnapshots';

/** The text "Save all data" writes: the data, then each closed round's team. */
export async function exportAllText(data: AppData, rounds: RoundFiles): Promise<string> {
  if (data.rounds.length === 0) return `${JSON.stringify(data, null, 2)}\n`;
  const snapshots: RoundSnapshot[] = [];
  // A damaged round stops the export, named: a saved file silently without it would look whole.
  for (const [i, entry] of data.rounds.entries()) snapshots.push(await snapshotOf(rounds, entry, `rounds.${i}`));
  return `${JSON.stringify({ ...data, [ROUND_SNAPSHOTS_KEY]: snapshots }, null, 2)}\n`;
}

export type ReadAll =
  { ok: true; data: AppData; snapshots: Map<string, RoundSnapshot> } | { ok: false; message: string; path?: string };

/** A file "Save all data" wrote (or a plain data file): the data and the rounds' teams it holds. */
export function readAllBytes(bytes: Uint8Array): ReadAll {
  const snapshots = new Map<string, RoundSnapshot>();
  if (!isUtf8(bytes)) return { ok: false, message: 'the file is not valid UTF-8 text' };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  // Cheap test first: most files hold no rounds and go straight to the one decoder.
  if (!text.includes(`"${ROUND_SNAPSHOTS_KEY}"`)) {
    const decoded = decodeDataBytes(bytes);
    return decoded.ok ? { ok: true, data: decoded.data, snapshots } : { ok: false, message: decoded.message };
  }
  const parsed = parseJsonSyntax(text);
  if (!parsed.ok) return { ok: false, message: describeProblem(parsed.error) };
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, message: 'the file is not a Gapwise data file: expected a JSON object' };
  }
  const { [ROUND_SNAPSHOTS_KEY]: list, ...rest } = value as Record<string, unknown>;
  if (list !== undefined) {
    if (!Array.isArray(list)) {
      return { ok: false, message: `${ROUND_SNAPSHOTS_KEY}: expected a list of rounds`, path: ROUND_SNAPSHOTS_KEY };
    }
    for (const [i, item] of list.entries()) {
      const decoded = decodeRoundFile(new TextEncoder().encode(JSON.stringify(item)));
      const path = `${ROUND_SNAPSHOTS_KEY}.${i}`;
      if (!decoded.ok) return { ok: false, message: `${path}: ${decoded.message}`, path };
      if (snapshots.has(decoded.round.id)) {
        return { ok: false, message: `${path}.id: the round "${decoded.round.id}" is there twice`, path: `${path}.id` };
      }
      snapshots.set(decoded.round.id, decoded.round);
    }
  }
  const decoded = decodeDataBytes(Buffer.from(JSON.stringify(rest), 'utf8'));
  return decoded.ok ? { ok: true, data: decoded.data, snapshots } : { ok: false, message: decoded.message };
}

/**
 * Writes the files of the incoming rounds this folder does not hold already (the same id and
 * digest) and returns the incoming data listing them. An id some other file here uses is
 * changed (and `basedOn` references with it). A listed round whose team the file does not
 * hold is refused, naming it: its history would be lost. `undo` removes the files written.
 */
export async function placeIncomingRounds(
  rounds: RoundFiles,
  current: AppData,
  incoming: AppData,
  snapshots: ReadonlyMap<string, RoundSnapshot>,
  fileName: string,
): Promise<{ data: AppData; undo: (error: unknown) => Promise<void> }> {
  const held = new Map(current.rounds.map((r) => [r.id, r.sha256]));
  const taken = await rounds.takenIds(current.rounds);
  const renamed = new Map<string, string>();
  const plan: { entry: RoundEntry; snapshot?: RoundSnapshot }[] = [];
  for (const [i, entry] of incoming.rounds.entries()) {
    if (held.get(entry.id) === entry.sha256) {
      plan.push({ entry });
      continue;
    }
    const snapshot = snapshots.get(entry.id);
    if (!snapshot) {
      throw new HandlerError(
        'invalid-request',
        `${fileName}: rounds.${i}: the file lists the round "${entry.name}" but does not hold its team, so nothing was imported`,
        `rounds.${i}`,
      );
    }
    const id = uniqueSlug(entry.id, taken, 'round');
    taken.add(id);
    if (id !== entry.id) renamed.set(entry.id, id);
    plan.push({ entry, snapshot });
  }
  const remap = (id: string | undefined) => (id === undefined ? undefined : (renamed.get(id) ?? id));
  const written: string[] = [];
  const entries: RoundEntry[] = [];
  try {
    for (const { entry, snapshot } of plan) {
      if (!snapshot) {
        entries.push(entry);
        continue;
      }
      const id = remap(entry.id)!;
      const basedOn = remap(snapshot.basedOn);
      const round: RoundSnapshot = { ...snapshot, id, ...(basedOn === undefined ? {} : { basedOn }) };
      const bytes = await rounds.write(round);
      written.push(id);
      const entryBasedOn = remap(entry.basedOn);
      const { basedOn: _drop, ...written_ } = roundEntry(round, bytes, entry.trend);
      entries.push({ ...written_, name: entry.name, ...(entryBasedOn === undefined ? {} : { basedOn: entryBasedOn }) });
    }
  } catch (error) {
    for (const id of written) await rounds.discard(id);
    throw error;
  }
  const openBasedOn = remap(incoming.openRoundBasedOn);
  const { openRoundBasedOn: _open, ...rest } = incoming;
  return {
    data: { ...rest, rounds: entries, ...(openBasedOn === undefined ? {} : { openRoundBasedOn: openBasedOn }) },
    undo: async (error) => {
      // A write that happened but was not confirmed lists the rounds: their files must stay.
      if (error instanceof StoreWriteError && error.unconfirmed) return;
      for (const id of written) await rounds.discard(id);
    },
  };
}
