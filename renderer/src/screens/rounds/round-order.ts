import type { RoundEntry } from '@shared/rounds/schema';

/** Rounds by their date, then by when they were closed (two rounds may share a date). */
const byDate = (a: RoundEntry, b: RoundEntry) => a.date.localeCompare(b.date) || a.closedAt.localeCompare(b.closedAt);

export const roundsOldestFirst = (rounds: readonly RoundEntry[]): RoundEntry[] => [...rounds].sort(byDate);

/** The last closed round: the default "from" of a comparison. */
export const newestRound = (rounds: readonly RoundEntry[]): RoundEntry | undefined => roundsOldestFirst(rounds).at(-1);
