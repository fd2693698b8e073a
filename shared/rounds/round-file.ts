import { sha256Hex } from './sha256';
import { ROUND_KIND, ROUND_SCHEMA_VERSION, type RoundEntry, type RoundSnapshot, type TrendPoint } from './schema';
import type { RoundView } from './round-view';

/*
 * Writing a round: the frozen team as the round file's bytes, and the small entry the live
 * data lists for it, with the size and digest decodeRoundFile checks when reading it back.
 */

/** The round file's bytes: JSON, two-space indented, UTF-8, a final newline. */
export const encodeRoundFile = (round: RoundSnapshot): Uint8Array =>
  new TextEncoder().encode(`${JSON.stringify(round, null, 2)}\n`);

/** The round file's content for a team as it is now (the open round), frozen as `id`. */
export function roundSnapshot(
  view: Pick<RoundView, 'organisation' | 'members' | 'framework' | 'selfAssessments'>,
  round: { id: string; name: string; date: string; closedAt: string; basedOn?: string },
): RoundSnapshot {
  return {
    kind: ROUND_KIND,
    schemaVersion: ROUND_SCHEMA_VERSION,
    id: round.id,
    name: round.name,
    date: round.date,
    closedAt: round.closedAt,
    ...(round.basedOn !== undefined ? { basedOn: round.basedOn } : {}),
    organisation: view.organisation,
    members: [...view.members],
    framework: view.framework,
    selfAssessments: [...view.selfAssessments],
  };
}

/** The live data's entry for a round written as `bytes`, with its trend figures. */
export function roundEntry(round: RoundSnapshot, bytes: Uint8Array, trend: TrendPoint): RoundEntry {
  return {
    id: round.id,
    name: round.name,
    date: round.date,
    closedAt: round.closedAt,
    ...(round.basedOn !== undefined ? { basedOn: round.basedOn } : {}),
    bytes: bytes.length,
    sha256: sha256Hex(bytes),
    members: round.members.length,
    frameworkId: round.framework.id,
    frameworkVersion: round.framework.version,
    trend,
  };
}
