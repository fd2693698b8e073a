import { asTeamFile } from '../data/app-data';
import { checkTeamAgainstFramework } from '../domain';
import { describeProblem, findUnsafeKey, formatPath, parseJsonSyntax, problemFromZod } from '../io';
import { roundIssues } from './check';
import { ROUND_KIND, ROUND_SCHEMA_VERSION, RoundSnapshot, type RoundEntry } from './schema';
import { sha256Hex } from './sha256';

export type DecodedRound = { ok: true; round: RoundSnapshot } | { ok: false; message: string };

/*
 * How a round file's bytes become a round: the one reading of `rounds/<id>.json`, for the
 * store, "Save all data" and the CLI alike. A message names the first problem's place (a
 * field path, or the size or digest the data file's entry recorded); the caller adds the
 * file's name. The digest is computed here, in plain TypeScript (./sha256.ts), so callers
 * need not pass one: shared/ has no access to Node's crypto, and the browser's is async.
 */

const refuse = (message: string): DecodedRound => ({ ok: false, message });

/**
 * A round file's bytes → a validated round. When the data file's entry for the round is
 * given, the file must have the size and SHA-256 it recorded when the round was closed and
 * the entry's id: a round file is written once and never edited, so any difference means
 * damage or a file put in its place.
 */
export function decodeRoundFile(bytes: Uint8Array, entry?: RoundEntry): DecodedRound {
  if (entry !== undefined) {
    if (bytes.length !== entry.bytes) {
      return refuse(`size: the file has ${bytes.length} bytes; the round was closed with ${entry.bytes}`);
    }
    const digest = sha256Hex(bytes);
    if (digest !== entry.sha256) {
      return refuse(
        `sha256: the file's content is not what the round was closed with (SHA-256 ${digest}, expected ${entry.sha256})`,
      );
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('the file is not UTF-8 text');
  }
  const parsed = parseJsonSyntax(text);
  if (!parsed.ok) return refuse(describeProblem(parsed.error));
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return refuse('the file is not a Gapwise round file: expected a JSON object');
  }
  const unsafe = findUnsafeKey(value);
  if (unsafe) return refuse(`${unsafe.path ? `${unsafe.path}: ` : ''}${unsafe.message}`);
  const document = value as Record<string, unknown>;
  // The kind before the version, so another file with a large schemaVersion is not "newer".
  if (document.kind !== ROUND_KIND) {
    return refuse(`kind: expected "${ROUND_KIND}", got ${JSON.stringify(document.kind) ?? 'nothing'}`);
  }
  const version = document.schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > ROUND_SCHEMA_VERSION) {
    return refuse(
      `schemaVersion: the round was written by a newer Gapwise (round format ${version}; this one reads up to ${ROUND_SCHEMA_VERSION})`,
    );
  }
  const result = RoundSnapshot.safeParse(document);
  if (!result.success) return refuse(describeProblem(problemFromZod(result.error)));
  const round = result.data;
  const team = asTeamFile({ organisation: round.organisation, members: round.members, scenarios: [], sample: false });
  const reference = checkTeamAgainstFramework(team, round.framework)[0];
  if (reference) return refuse(`${formatPath(reference.path)}: ${reference.message}`);
  const issue = roundIssues({ rounds: [], selfAssessments: round.selfAssessments, members: round.members })[0];
  if (issue) return refuse(`${formatPath(issue.path)}: ${issue.message}`);
  if (entry !== undefined && round.id !== entry.id) {
    return refuse(`id: the file holds round "${round.id}", not "${entry.id}"`);
  }
  return { ok: true, round };
}
