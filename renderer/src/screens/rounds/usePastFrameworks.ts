import { useEffect, useState } from 'react';
import type { AppData } from '@shared/data';
import type { PastFramework } from '@shared/rounds/trends-table';
import { useRequest } from '@renderer/state/hooks';
import { roundsOldestFirst } from './round-order';

/** One round per framework version other than today's: the newest of each, oldest version first. */
export function roundsToRead(data: AppData): string[] {
  const today = `${data.framework.id}\u0000${data.framework.version}`;
  const newestOf = new Map<string, string>();
  for (const entry of roundsOldestFirst(data.rounds)) {
    const key = `${entry.frameworkId}\u0000${entry.frameworkVersion}`;
    if (key === today) continue;
    // Re-inserted so the map keeps each version where its newest round sits.
    newestOf.delete(key);
    newestOf.set(key, entry.id);
  }
  return [...newestOf.values()];
}

/**
 * The frameworks of the rounds assessed against another version than today's, read from
 * their round files (round:load), so the trends name skills retired since and say which were
 * renamed, as the trends export does. Rounds on today's version need no reading; a round
 * that cannot be read leaves its skills retired since going by their ids.
 */
export function usePastFrameworks(data: AppData): PastFramework[] {
  const request = useRequest();
  const wanted = roundsToRead(data).join(',');
  const [read, setRead] = useState<{ key: string; frameworks: PastFramework[] }>({ key: '', frameworks: [] });
  useEffect(() => {
    if (wanted === '') return;
    let current = true;
    void (async () => {
      const frameworks: PastFramework[] = [];
      for (const roundId of wanted.split(',')) {
        const round = await request('round:load', { roundId }, { title: 'A round could not be read' });
        if (round) frameworks.push(round.framework);
      }
      if (current) setRead({ key: wanted, frameworks });
    })();
    return () => {
      current = false;
    };
  }, [request, wanted]);
  return wanted !== '' && read.key === wanted ? read.frameworks : NONE;
}

const NONE: PastFramework[] = [];
