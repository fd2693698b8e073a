import type { Framework } from '../domain';
import { normaliseHeader } from './normalise';

/*
 * Time-allocation columns: a header that says "percent" and names a responsibility —
 * "Pipelines %", "% time on ETL", "Deployment (%)", "Data modelling pct". Without a percent
 * sign or word the header is a skill column ("Data pipelines" rates the skill).
 */

const PERCENT_MARK = /%|\b(?:percent(?:age)?|pct)\b/i;
/** Words around the responsibility that only say "share of time". */
const FILLER = new Set(['time', 'spent', 'on', 'of', 'in', 'share', 'allocation', 'allocated', 'effort', 'fte']);

/** Whether a header says it holds percentages. */
export const isPercentHeader = (header: string): boolean => PERCENT_MARK.test(header);

interface ResponsibilityKeys {
  exact: Map<string, Set<string>>;
  all: { words: string[]; id: string }[];
}

const keysOf = new WeakMap<Framework, ResponsibilityKeys>();

function responsibilityKeys(framework: Framework): ResponsibilityKeys {
  const cached = keysOf.get(framework);
  if (cached) return cached;
  const exact = new Map<string, Set<string>>();
  const all: { words: string[]; id: string }[] = [];
  for (const skill of framework.skills) {
    if (skill.kind !== 'responsibility' || skill.retired) continue;
    for (const text of [skill.name, skill.id, ...(skill.aliases ?? [])]) {
      const key = normaliseHeader(text);
      if (key === '') continue;
      exact.set(key, (exact.get(key) ?? new Set()).add(skill.id));
      all.push({ words: key.split(' '), id: skill.id });
    }
  }
  const keys = { exact, all };
  keysOf.set(framework, keys);
  return keys;
}

export type AllocationMatch = { responsibilityId: string } | { ambiguous: string[] } | undefined;

/**
 * The responsibility a percent header names: exactly by name, id or alias once the percent
 * and filler words are gone; else the one responsibility whose name or alias holds all its
 * words ("Deployment" → ML build / deployment pipelines). Undefined for a header without a
 * percent mark or naming no responsibility.
 */
export function matchAllocationHeader(header: string, framework: Framework): AllocationMatch {
  if (!isPercentHeader(header)) return undefined;
  const words = normaliseHeader(header.replace(/%/g, ' '))
    .split(' ')
    .filter((w) => w !== '' && w !== 'percent' && w !== 'percentage' && w !== 'pct' && !FILLER.has(w));
  if (words.length === 0) return undefined;
  const { exact, all } = responsibilityKeys(framework);
  const found = exact.get(words.join(' '));
  const ids = found
    ? [...found]
    : [...new Set(all.filter((k) => words.every((w) => k.words.includes(w))).map((k) => k.id))];
  if (ids.length === 1) return { responsibilityId: ids[0]! };
  return ids.length > 1 ? { ambiguous: ids } : undefined;
}
