import { describeProblem, findUnsafeKey, parseJsonSyntax, problemFromZod } from '../io';
import { AppData, DATA_KIND } from './app-data';
import { runMigrations, type MigrationResult } from './migrations';
import { appDataQuickly } from './quick-validate';

/*
 * How a data file's text becomes the app's data: the one reading of the format, shared by the
 * app's store (and its "Save all data" import) and the CLI, so both accept, migrate and refuse
 * the same files with the same messages.
 */

const unsafeMessage = (unsafe: { path: string; message: string }) =>
  describeProblem({ code: 'unsafe-key', path: unsafe.path, message: unsafe.message, more: 0 });

/** Brings a parsed document to the current schema version (the real migrations by default). */
export type Migrate = (document: Record<string, unknown>) => MigrationResult;

export type Decoded =
  | { ok: true; data: AppData; migrated: boolean; changes: string[] }
  | { ok: false; kind: 'corrupt' | 'newer-version'; message: string };

/**
 * A data file's text → validated, current-version data. Safe parsing (no prototype keys),
 * then the kind, then migrations, then the schema. Messages name the field path so the
 * user can be told what was wrong. A file from a newer Gapwise is not corrupt: it is
 * refused so it can be kept intact for that version.
 */
export function decodeDataFile(text: string, migrate: Migrate = runMigrations): Decoded {
  const parsed = parseJsonSyntax(text);
  if (!parsed.ok) return corrupt(describeProblem(parsed.error));
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return corrupt('the file is not a Gapwise data file: expected a JSON object');
  }
  const document = value as Record<string, unknown>;
  // Prototype keys and deep nesting: everything but the members now; the members (nearly
  // all of the file) key by key in the quick check below, or walked before the full parse.
  const { members: _members, ...rest } = document;
  const unsafe = findUnsafeKey(rest);
  if (unsafe) return corrupt(unsafeMessage(unsafe));
  // Checked before the version, so some other file with a large schemaVersion is not "newer".
  if (document.kind !== DATA_KIND) {
    return corrupt(`kind: expected "${DATA_KIND}", got ${JSON.stringify(document.kind) ?? 'nothing'}`);
  }
  const migration = migrate(document);
  if (!migration.ok) {
    return migration.code === 'newer-version'
      ? { ok: false, kind: 'newer-version', message: migration.message }
      : corrupt(`schemaVersion: ${migration.message}`);
  }
  const { migrated, changes } = migration;
  // Nearly every file is valid: checked quickly first; anything in doubt gets the full parse.
  const quick = appDataQuickly(migration.data);
  if (quick) return { ok: true, data: quick, migrated, changes };
  const unsafeMember = findUnsafeKey(document);
  if (unsafeMember) return corrupt(unsafeMessage(unsafeMember));
  const result = AppData.safeParse(migration.data);
  if (!result.success) return corrupt(describeProblem(problemFromZod(result.error)));
  return { ok: true, data: result.data, migrated, changes };
}

function corrupt(message: string): Decoded {
  return { ok: false, kind: 'corrupt', message };
}
