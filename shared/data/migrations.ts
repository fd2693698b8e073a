import { DATA_SCHEMA_VERSION } from './app-data';
import { cleanControlCharacters } from './migrate-clean-text';
import { addBuiltinRoles } from './migrate-framework-roles';
import { addRoleTitles } from './migrate-framework-titles';
import { addCandidates } from './migrate-candidates';
import { addRounds } from './migrate-rounds';

/** A pure step from one schema version to the next: takes the old document, returns the new. */
export interface Migration {
  from: number;
  to: number;
  /** `note` records each change the user should be told about (shown after the upgrade). */
  migrate: (data: Record<string, unknown>, note: (change: string) => void) => Record<string, unknown>;
}

/**
 * The data file's migrations, in order. A change to the format adds a step here and bumps
 * DATA_SCHEMA_VERSION.
 */
export const MIGRATIONS: readonly Migration[] = [
  // 1 → 2: text no longer holds control characters.
  { from: 1, to: 2, migrate: cleanControlCharacters },
  // 2 → 3: framework format 2; the unedited built-in framework becomes 1.1.0 (new roles).
  { from: 2, to: 3, migrate: addBuiltinRoles },
  // 3 → 4: framework format 3; the unedited built-in framework becomes 1.2.0 (job titles on
  // every role); role names that two roles share are told apart.
  { from: 3, to: 4, migrate: addRoleTitles },
  // 4 → 5: assessment rounds (none closed yet) and self-assessments (none returned yet).
  { from: 4, to: 5, migrate: addRounds },
  // 5 → 6: candidates for planned hires (none yet); optional planning settings and company headcount.
  { from: 5, to: 6, migrate: addCandidates },
];

export type MigrationResult =
  | { ok: true; data: Record<string, unknown>; fromVersion: number; migrated: boolean; changes: string[] }
  | { ok: false; code: 'newer-version' | 'unknown-version'; message: string };

/**
 * Brings a document up to `current` by running each step in order. A document written by a
 * newer Gapwise is refused, never rewritten: the user keeps it intact for that version.
 */
export function runMigrations(
  input: Record<string, unknown>,
  migrations: readonly Migration[] = MIGRATIONS,
  current: number = DATA_SCHEMA_VERSION,
): MigrationResult {
  const version = input.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, code: 'unknown-version', message: 'schemaVersion must be a whole number from 1' };
  }
  if (version > current) {
    return {
      ok: false,
      code: 'newer-version',
      message: `this file was written by a newer Gapwise (data version ${version}; this version reads up to ${current}). Update Gapwise to open it.`,
    };
  }
  let data = input;
  let at = version;
  const changes: string[] = [];
  while (at < current) {
    const step = migrations.find((m) => m.from === at);
    if (!step || step.to !== at + 1) {
      return { ok: false, code: 'unknown-version', message: `no migration from data version ${at}` };
    }
    data = { ...step.migrate(data, (change) => changes.push(change)), schemaVersion: step.to };
    at = step.to;
  }
  return { ok: true, data, fromVersion: version, migrated: version !== current, changes };
}
