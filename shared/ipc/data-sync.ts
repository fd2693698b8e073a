import type { AppData } from '../data';
import type { Member } from '../domain';
import { changedRun, unchanged, withRunReplaced, type Run } from '../identity';

/*
 * How the data crosses from main to the page: whole once, then as changes.
 *
 * Main's data is immutable: a change replaces the objects it changes and shares the rest.
 * Sending the whole data back for every edit would clone 10,000 members (9 MB) each way
 * and hand the page all-new objects, so nothing it derived could be reused. Instead main
 * remembers what it last sent the page and sends only what differs, found by identity
 * (shared/identity): the top-level fields that are new objects, and the run of members
 * between the longest shared start and end. The page applies that to what it holds, keeping
 * every unchanged object as it was — so its analysis patches only the changed members' rows,
 * and React redraws only what changed.
 *
 * Each message carries a revision, and a change the revision it applies to. A page that
 * holds another revision (it reloaded, or a message was lost) asks for the whole data.
 *
 * No zod here: the preload bundle includes this file.
 */

type Fields = Omit<AppData, 'members'>;

/** The members between `start` and `start + deleteCount` are replaced by `insert`. */
export type MembersSplice = Run<Member>;

export type DataMessage =
  | { gapwiseData: 'whole'; revision: number; data: AppData }
  | {
      gapwiseData: 'change';
      revision: number;
      /** The revision this change applies to. */
      base: number;
      /** Top-level fields that changed (members aside). */
      fields: Partial<Fields>;
      /** Optional top-level fields the new data no longer has. */
      removed: (keyof Fields)[];
      members: MembersSplice | null;
    };

export function isDataMessage(value: unknown): value is DataMessage {
  const kind = (value as { gapwiseData?: unknown } | null)?.gapwiseData;
  return typeof value === 'object' && value !== null && (kind === 'whole' || kind === 'change');
}

/** The members of `next` that differ from `previous`, by identity, as one splice (null: none). */
export const membersSplice = (previous: readonly Member[], next: readonly Member[]): MembersSplice | null =>
  changedRun(previous, next);

/** Main's side, one per page: what it last sent, and the message for the data it sends now. */
export class DataSender {
  private last: AppData | null = null;
  private revision = 0;

  /** The data as a message: whole the first time (or when asked), otherwise what changed. */
  message(data: AppData, whole = false): DataMessage {
    const previous = this.last;
    this.last = data;
    const base = this.revision;
    this.revision += 1;
    if (previous === null || whole) return { gapwiseData: 'whole', revision: this.revision, data };
    const fields: Record<string, unknown> = {};
    const removed: (keyof Fields)[] = [];
    for (const key of Object.keys(data) as (keyof AppData)[]) {
      if (key !== 'members' && !unchanged(data[key], previous[key])) fields[key] = data[key];
    }
    for (const key of Object.keys(previous) as (keyof AppData)[]) {
      if (key !== 'members' && !(key in data)) removed.push(key);
    }
    return {
      gapwiseData: 'change',
      revision: this.revision,
      base,
      fields: fields as Partial<Fields>,
      removed,
      members: membersSplice(previous.members, data.members),
    };
  }
}

/** The page's side: the data it holds, and the data a message makes of it. */
export class DataReceiver {
  private current: AppData | null = null;
  private revision = -1;

  /** The data the message describes, or null when it is a change to a revision not held. */
  read(message: DataMessage): AppData | null {
    if (message.gapwiseData === 'whole') {
      this.current = message.data;
      this.revision = message.revision;
      return message.data;
    }
    const current = this.current;
    if (current === null || message.base !== this.revision) return null;
    const next = { ...current, ...message.fields } as AppData;
    for (const key of message.removed) delete (next as Partial<AppData>)[key];
    if (message.members) next.members = withRunReplaced(current.members, message.members);
    this.current = next;
    this.revision = message.revision;
    return next;
  }
}
