import { upgradeFrameworkFormat } from '../domain/framework-format';

/*
 * How a data-file migration brings the built-in framework up to a new release. A file still
 * holding the previous built-in framework as shipped gets the new one: each release keeps
 * every skill and role of the one before unchanged, so every level, allocation and role of
 * the team stays valid. A framework the manager edited or imported is theirs and is kept
 * (relabelled to the current file format); they are told what the new release has that
 * theirs lacks. Each step names the two releases it joins by their shipped files in
 * resources/frameworks/history/, so that a later release never changes what an old step does.
 */

type Doc = Record<string, unknown>;

const isRecord = (value: unknown): value is Doc => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Same JSON value, whatever the order of object keys (a saved framework is reordered by the schema). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Doc)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Doc)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Doc)[k], (b as Doc)[k]));
}

/**
 * Whether a stored framework is `shipped` (a built-in framework file as released), in any
 * file format: the format label is the only thing an upgrade may have changed.
 */
export function isUneditedBuiltin(framework: unknown, shipped: unknown): boolean {
  if (!isRecord(framework) || !isRecord(shipped)) return false;
  const { schemaVersion: _stored, ...rest } = framework;
  const { schemaVersion: _shipped, ...release } = shipped;
  return sameValue(rest, release);
}

export interface NamedRole {
  id: string;
  name: string;
  aliases?: unknown;
}

/** The roles of a stored framework that have an id and a name (the rest is validation's to name). */
export const roleList = (framework: unknown): NamedRole[] => {
  const roles = isRecord(framework) ? framework['roles'] : undefined;
  return Array.isArray(roles)
    ? roles.filter((r): r is NamedRole => isRecord(r) && typeof r['id'] === 'string' && typeof r['name'] === 'string')
    : [];
};

/** "a", "a and b", "a, b and c". */
export const listNames = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

export interface BuiltinRelease {
  /** The built-in framework as the previous data version shipped it. */
  previous: Doc;
  /** The built-in framework this step brings an unedited file to. */
  next: Doc;
  /** What to tell a user whose built-in framework was replaced by `next`. */
  updated: (previous: Doc, next: Doc) => string;
  /** What to tell a user whose own framework was kept, if anything. */
  kept: (mine: Doc, next: Doc) => string | undefined;
  /** Any repair the user's framework needs to stay valid under the new release's rules. */
  repair?: (mine: Doc, note: (change: string) => void) => Doc;
}

/** A migration step for one built-in framework release. */
export function builtinFrameworkStep(release: BuiltinRelease) {
  return (document: Doc, note: (change: string) => void): Doc => {
    const framework = document['framework'];
    // No framework at all is not this step's to judge: validation names it.
    if (!isRecord(framework)) return document;
    if (isUneditedBuiltin(framework, release.previous)) {
      note(release.updated(release.previous, release.next));
      return { ...document, framework: structuredClone(release.next) };
    }
    // The user's own framework: only its file format changes (each format is a subset of the
    // next). One that cannot be relabelled is left as it is, for validation to name the problem.
    const told = release.kept(framework, release.next);
    if (told !== undefined) note(told);
    const upgraded = upgradeFrameworkFormat(framework);
    if (!upgraded.ok || !isRecord(upgraded.data)) return document;
    return { ...document, framework: release.repair ? release.repair(upgraded.data, note) : upgraded.data };
  };
}
