import { firstRunData } from '../../electron/main/startup';
import { readJson } from './fixtures';

type Doc = Record<string, unknown>;

/** The built-in framework as Gapwise shipped it up to data version 2 (framework 1.0.0, file format 1). */
export const previousBuiltinFramework = (): Doc & { roles: Doc[]; skills: Doc[] } =>
  structuredClone(readJson('resources/frameworks/history/ds-vs-de-1.0.0.json')) as Doc & {
    roles: Doc[];
    skills: Doc[];
  };

/** Object keys in reverse order, all the way down: a saved file's order is the schema's, not the shipped file's. */
export function reorderedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reorderedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reorderedKeys(v)]),
  );
}

/**
 * A data file as version 2 wrote it: the sample team with levels and time only on the skills
 * framework 1.0.0 had, and `framework` (by default the built-in 1.0.0 as shipped, keys in the
 * schema's order rather than the file's).
 */
export function versionTwoFile(framework: Doc = reorderedKeys(previousBuiltinFramework()) as Doc): Doc {
  const data = JSON.parse(JSON.stringify(firstRunData())) as Doc & { members: Doc[] };
  const known = new Set(previousBuiltinFramework().skills.map((s) => s['id'] as string));
  const only = (record: unknown) =>
    Object.fromEntries(Object.entries(record as Record<string, number>).filter(([id]) => known.has(id)));
  const members = data.members.map((m) => ({ ...m, levels: only(m['levels']), allocation: only(m['allocation']) }));
  return { ...data, schemaVersion: 2, members, framework };
}
