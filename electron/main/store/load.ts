import { constants, isUtf8 } from 'node:buffer';
import { AppData, appDataQuickly, DATA_KIND, runMigrations, type MigrationResult } from '@shared/data';
import { describeProblem, findUnsafeKey, parseJsonSyntax, problemFromZod } from '@shared/io';

const unsafeMessage = (unsafe: { path: string; message: string }) =>
  describeProblem({ code: 'unsafe-key', path: unsafe.path, message: unsafe.message, more: 0 });

/**
 * The largest data file the store reads: the most text one JavaScript string can hold (V8:
 * 2^29 - 24 characters, just under 512 MB). Gapwise writes its data as one string, so a larger
 * file is not one it wrote, and reading it could only fail (or exhaust memory) at every start:
 * it is set aside unread instead. The largest team allowed (100,000 members) is about 100 MB.
 */
export const MAX_DATA_FILE_BYTES = constants.MAX_STRING_LENGTH;

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Why a file over MAX_DATA_FILE_BYTES was not read, naming its size. */
export function tooLargeMessage(bytes: number): string {
  return `the file is too large to be a Gapwise data file (${megabytes(bytes)}; the most Gapwise reads is ${Math.round(MAX_DATA_FILE_BYTES / (1024 * 1024))} MB)`;
}

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
  // Nearly every file is valid: checked quickly first; anything in doubt gets the full parse.
  const quick = appDataQuickly(migration.data);
  if (quick) return { ok: true, data: quick, migrated: migration.migrated, changes: migration.changes };
  const unsafeMember = findUnsafeKey(document);
  if (unsafeMember) return corrupt(unsafeMessage(unsafeMember));
  const result = AppData.safeParse(migration.data);
  if (!result.success) return corrupt(describeProblem(problemFromZod(result.error)));
  return { ok: true, data: result.data, migrated: migration.migrated, changes: migration.changes };
}

/**
 * The file's bytes → `decodeDataFile`. Invalid UTF-8 is corruption: decoding it leniently
 * would turn bytes into U+FFFD and the next save would silently rewrite them.
 */
export function decodeDataBytes(bytes: Uint8Array, migrate?: Migrate): Decoded {
  // Node's native check, then a plain decode: twice as fast as a fatal TextDecoder on large files.
  if (!isUtf8(bytes)) return corrupt('the file is not valid UTF-8 text');
  return decodeDataFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), migrate);
}

function corrupt(message: string): Decoded {
  return { ok: false, kind: 'corrupt', message };
}
