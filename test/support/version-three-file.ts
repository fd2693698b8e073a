import { firstRunData } from '../../electron/main/startup';
import { readJson } from './fixtures';
import { reorderedKeys } from './version-two-file';

type Doc = Record<string, unknown>;

/** The built-in framework as Gapwise shipped it for data version 3 (framework 1.1.0, no job titles). */
export const builtinFramework110 = (): Doc & { roles: Doc[]; skills: Doc[] } =>
  structuredClone(readJson('resources/frameworks/history/ds-vs-de-1.1.0.json')) as Doc & {
    roles: Doc[];
    skills: Doc[];
  };

/**
 * A data file as version 3 wrote it: the sample team (framework 1.1.0 has every skill 1.2.0
 * has, so its levels and time are as they are today) and `framework`, by default the built-in
 * 1.1.0 as shipped, keys in the schema's order rather than the file's.
 */
export function versionThreeFile(framework: Doc = reorderedKeys(builtinFramework110()) as Doc): Doc {
  const data = JSON.parse(JSON.stringify(firstRunData())) as Doc;
  return { ...data, schemaVersion: 3, framework };
}
