import type { AppData } from '@shared/data';
import type { RoundEntry, RoundSnapshot } from '@shared/rounds/schema';
import { RoundFileError, type RoundFiles } from '../store';
import { HandlerError } from './errors';

/*
 * Looking up what a round request names: an unknown round is 'not-found' naming the field,
 * and a round whose file is missing or damaged is an io-error saying so (never skipped).
 */

export function entryOf(data: AppData, roundId: string, field = 'roundId'): RoundEntry {
  const entry = data.rounds.find((r) => r.id === roundId);
  if (!entry) throw new HandlerError('not-found', `no closed round has the id "${roundId}"`, field);
  return entry;
}

export async function snapshotOf(rounds: RoundFiles, entry: RoundEntry, field = 'roundId'): Promise<RoundSnapshot> {
  try {
    return await rounds.read(entry);
  } catch (error) {
    if (error instanceof RoundFileError) throw new HandlerError('io-error', error.message, field);
    throw new HandlerError(
      'io-error',
      `the file of round "${entry.name}" could not be read: ${(error as Error).message}`,
      field,
    );
  }
}

/** Today's date (UTC) by the handlers' clock: what the open round is dated. */
export const todayOf = (now: () => Date): string => now().toISOString().slice(0, 10);
