import { describeProblem, parseJsonSyntax } from '../io';
import { decodeRoundFile } from './decode-round-file';
import type { RoundSnapshot } from './schema';

/*
 * "Save all data" with closed rounds: the data file's content plus, under `roundSnapshots`,
 * every closed round's team, so the saved file alone restores the history. A file with no
 * round closed is exactly a data file. The app's import and the CLI read it through here,
 * then the data part through the data file's own decoder.
 */

export const ROUND_SNAPSHOTS_KEY = 'roundSnapshots';

export type SavedAllParts =
  { ok: true; dataText: string; snapshots: Map<string, RoundSnapshot> } | { ok: false; message: string; path?: string };

/** The data file's text and the rounds' teams a "Save all data" file (or a plain data file) holds. */
export function splitSavedAll(text: string): SavedAllParts {
  const snapshots = new Map<string, RoundSnapshot>();
  // Cheap test first: most files hold no rounds and go to the data decoder as they are.
  if (!text.includes(`"${ROUND_SNAPSHOTS_KEY}"`)) return { ok: true, dataText: text, snapshots };
  const parsed = parseJsonSyntax(text);
  if (!parsed.ok) return { ok: false, message: describeProblem(parsed.error) };
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, message: 'the file is not a Gapwise data file: expected a JSON object' };
  }
  const { [ROUND_SNAPSHOTS_KEY]: list, ...rest } = value as Record<string, unknown>;
  if (list !== undefined) {
    if (!Array.isArray(list)) {
      return { ok: false, message: `${ROUND_SNAPSHOTS_KEY}: expected a list of rounds`, path: ROUND_SNAPSHOTS_KEY };
    }
    const encoder = new TextEncoder();
    for (const [i, item] of list.entries()) {
      const decoded = decodeRoundFile(encoder.encode(JSON.stringify(item)));
      const path = `${ROUND_SNAPSHOTS_KEY}.${i}`;
      if (!decoded.ok) return { ok: false, message: `${path}: ${decoded.message}`, path };
      if (snapshots.has(decoded.round.id)) {
        return { ok: false, message: `${path}.id: the round "${decoded.round.id}" is there twice`, path: `${path}.id` };
      }
      snapshots.set(decoded.round.id, decoded.round);
    }
  }
  return { ok: true, dataText: JSON.stringify(rest), snapshots };
}
