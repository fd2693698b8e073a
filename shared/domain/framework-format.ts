import { FRAMEWORK_SCHEMA_VERSION } from './framework';

/*
 * Framework file formats. Format 1 (Gapwise up to the 1.0.0 built-in framework) had no
 * `externalSource`; format 2 added it, so a format-2 file with one cannot be read by the
 * previous app, whose schema refuses unknown keys. Format 1 is a subset of format 2: reading
 * one only relabels it.
 */

export type FormatUpgrade =
  | { ok: true; data: unknown; fromVersion: number | undefined }
  | { ok: false; path: (string | number)[]; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Where a format-1 document uses a field format 1 did not have, if anywhere. */
function formatTwoField(data: Record<string, unknown>): (string | number)[] | undefined {
  for (const list of ['skills', 'roles'] as const) {
    const items = data[list];
    if (!Array.isArray(items)) continue;
    const at = items.findIndex((item) => isRecord(item) && 'externalSource' in item);
    if (at >= 0) return [list, at, 'externalSource'];
  }
  return undefined;
}

/**
 * A framework document brought to the format this build reads. Anything that is not a
 * format-1 document passes unchanged (the schema judges it), except a newer format, which
 * is refused with a message saying so rather than a bare "expected 2".
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
  if (version !== 1) return { ok: true, data, fromVersion: typeof version === 'number' ? version : undefined };
  const misplaced = formatTwoField(data);
  if (misplaced) {
    return {
      ok: false,
      path: misplaced,
      message: `"externalSource" needs framework format ${FRAMEWORK_SCHEMA_VERSION}; this file says schemaVersion 1`,
    };
  }
  return { ok: true, data: { ...data, schemaVersion: FRAMEWORK_SCHEMA_VERSION }, fromVersion: 1 };
}
