import { checkTeamAgainstFramework, isCleanMember } from '../domain';
import { roundIssues } from '../rounds/check';
import { AppDataShape, asTeamFile, type AppData } from './app-data';
import { candidateIssuesOf } from './candidate-reconcile';

/*
 * Loading 10,000 members through zod takes several times as long as parsing the JSON. The
 * members — nearly all of the file — are checked by a fast, conservative check instead;
 * the rest (framework, organisation, scenarios, settings) by their schemas; then the same
 * team-against-framework check as AppData's. Anything doubtful returns null, and the caller
 * runs the full AppData parse, which decides and explains.
 */

const TopLevel = AppDataShape.omit({ members: true });
const KEY_ORDER = Object.keys(AppDataShape.shape) as (keyof AppData)[];

/** The parts in the key order AppData.parse gives, so the file is written the same either way. */
export function inAppDataOrder(parts: AppData): AppData {
  // An optional field the data does not have stays absent (not a key holding undefined).
  return Object.fromEntries(
    KEY_ORDER.filter((key) => parts[key] !== undefined).map((key) => [key, parts[key]]),
  ) as AppData;
}

/** The document as AppData when it is certainly valid, unchanged; null when in any doubt. */
export function appDataQuickly(document: Record<string, unknown>): AppData | null {
  const members = document['members'];
  if (!Array.isArray(members) || members.length > 100_000) return null;
  for (const member of members) if (!isCleanMember(member)) return null;
  const { members: _members, ...rest } = document;
  const top = TopLevel.safeParse(rest);
  if (!top.success) return null;
  const data = inAppDataOrder({ ...top.data, members } as AppData);
  if (roundIssues(data).length > 0 || candidateIssuesOf(data).length > 0) return null;
  return checkTeamAgainstFramework(asTeamFile(data), data.framework).length === 0 ? data : null;
}
