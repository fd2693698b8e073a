import { FRAMEWORK_SCHEMA_VERSION } from './framework';

/*
 * Framework file formats. Each format adds fields the one before did not have, so a file
 * that uses one cannot be read by the previous app, whose schema refuses unknown keys:
 * format 2 added `externalSource` (skills and roles), format 3 a role's job-title `aliases`.
 * An older format is a subset of the newer ones: reading one only relabels it.
 */

export type FormatUpgrade =
  | { ok: true; data: unknown; fromVersion: number | undefined }
  | { ok: false; path: (string | number)[]; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The fields each format added, by the list of items that holds them. */
const ADDED_FIELDS: readonly { format: number; list: 'skills' | 'roles'; field: string }[] = [
  { format: 2, list: 'skills', field: 'externalSource' },
  { format: 2, list: 'roles', field: 'externalSource' },
  { format: 3, list: 'roles', field: 'aliases' },
];

/** The first field a document of format `version` uses that its format did not have, if any. */
function laterField(data: Record<string, unknown>, version: number) {
  for (const added of ADDED_FIELDS) {
    if (added.format <= version) continue;
    const items = data[added.list];
    if (!Array.isArray(items)) continue;
    const at = items.findIndex((item) => isRecord(item) && added.field in item);
    if (at >= 0) return { path: [added.list, at, added.field], ...added };
  }
  return undefined;
}

/**
 * A framework document brought to the format this build reads. Anything that is not an
 * older-format document passes unchanged (the schema judges it), except a newer format, which
 * is refused with a message saying so rather than a bare "expected 3".
 */
export function upgradeFrameworkFormat(data: unknown): FormatUpgrade {
  if (!isRecord(data)) return { ok: true, data, fromVersion: undefined };
  const version = data.schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > FRAMEWORK_SCHEMA_VERSION) {
    return {
      ok: false,
      path: ['schemaVersion'],
      message: `this framework was written by a newer Gapwise (format ${version}; this version reads up to ${FRAMEWORK_SCHEMA_VERSION}). Update Gapwise to open it.`,
    };
  }
  const older = typeof version === 'number' && Number.isInteger(version) && version >= 1;
  if (!older || version === FRAMEWORK_SCHEMA_VERSION) {
    return { ok: true, data, fromVersion: typeof version === 'number' ? version : undefined };
  }
  const misplaced = laterField(data, version);
  if (misplaced) {
    return {
      ok: false,
      path: misplaced.path,
      message: `"${misplaced.field}" needs framework format ${misplaced.format}; this file says schemaVersion ${version}`,
    };
  }
  return { ok: true, data: { ...data, schemaVersion: FRAMEWORK_SCHEMA_VERSION }, fromVersion: version };
}
