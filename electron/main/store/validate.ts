import { AppData, AppDataShape, asTeamFile, inAppDataOrder } from '../../../shared/data';
import { checkTeamAgainstFramework, Framework, Member } from '../../../shared/domain';
import { describeProblem, problemFromZod } from '../../../shared/io';
import { StoreValidationError } from './errors';

/*
 * Validation of the data before it is stored, as AppData.parse does it but in proportion to
 * the change. The store's data is deep-frozen, so a member or framework that passed once can
 * never change: known by identity, it is not parsed again. An update of one member parses
 * that member and the small parts (organisation, scenarios, settings) and runs the
 * team-against-framework check over everyone. Anything that fails takes the full AppData
 * parse, so the error and its path are exactly what they always were.
 */

const known = new WeakSet<object>();
const TopLevel = AppDataShape.omit({ members: true, framework: true });

/** Marks data that was validated (and frozen) elsewhere, e.g. on load, as known good. */
export function remember(data: AppData): void {
  known.add(data.framework);
  for (const member of data.members) known.add(member);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Data fresh from AppData.parse: frozen, and its members and framework known good. */
export function trusted(data: AppData): AppData {
  deepFreeze(data);
  remember(data);
  return data;
}

/** The data validated in proportion to what changed, or null when anything is off. */
function validatedQuickly(data: AppData): AppData | null {
  if (!Array.isArray(data.members) || data.members.length > 100_000) return null;
  let framework = data.framework;
  if (!known.has(framework)) {
    const parsed = Framework.safeParse(framework);
    if (!parsed.success) return null;
    framework = parsed.data;
  }
  const frameworkKnown = known.has(data.framework);
  const members = new Array<Member>(data.members.length);
  // For the cross-check: a known member under a known framework was checked against it
  // already, so only its id (duplicates, scenario references) needs looking at again.
  const toCheck = new Array<Member>(data.members.length);
  for (let i = 0; i < data.members.length; i += 1) {
    const member = data.members[i]!;
    if (member !== null && typeof member === 'object' && known.has(member)) {
      members[i] = member;
      toCheck[i] = frameworkKnown ? { ...member, levels: {}, allocation: {} } : member;
      continue;
    }
    const parsed = Member.safeParse(member);
    if (!parsed.success) return null;
    members[i] = parsed.data;
    toCheck[i] = parsed.data;
  }
  const { members: _members, framework: _framework, ...rest } = data;
  const top = TopLevel.safeParse(rest);
  if (!top.success) return null;
  const assembled = { ...top.data, members, framework } as AppData;
  if (checkTeamAgainstFramework(asTeamFile({ ...assembled, members: toCheck }), framework).length > 0) return null;
  return inAppDataOrder(assembled);
}

/** The data, validated and deep-frozen; throws StoreValidationError naming the field. */
export function validated(data: AppData): AppData {
  const quick = validatedQuickly(data);
  let result: AppData;
  if (quick) {
    result = quick;
  } else {
    const parsed = AppData.safeParse(data);
    if (!parsed.success) {
      const problem = problemFromZod(parsed.error);
      throw new StoreValidationError(problem.path, describeProblem(problem));
    }
    result = parsed.data;
  }
  // Parsed parts are fresh objects, so freezing them cannot freeze anything the caller holds.
  return trusted(result);
}
