import { AppData, AppDataShape, asTeamFile, candidateIssuesOf, inAppDataOrder, MAX_SCENARIOS } from '@shared/data';
import { checkTeamAgainstFramework, Framework, Member, Scenario } from '@shared/domain';
import { KnownGood } from '@shared/identity';
import { roundIssues } from '@shared/rounds/check';
import { describeProblem, problemFromZod } from '@shared/io';
import { StoreValidationError } from './errors';

/*
 * Validation of the data before it is stored, as AppData.parse does it but in proportion to
 * the change. The store's data is deep-frozen, so a member or framework that passed once can
 * never change: known by identity (the identity rule, shared/identity), it is not parsed
 * again and keeps its identity, so everything derived from it downstream is kept too. An update of one member parses
 * that member and the small parts (organisation, scenarios, settings) and runs the
 * team-against-framework check over everyone. Anything that fails takes the full AppData
 * parse, so the error and its path are exactly what they always were.
 */

const known = new KnownGood();
const Header = AppDataShape.pick({ kind: true, schemaVersion: true, sample: true, openRoundBasedOn: true });
/** The small parts, each parsed only when it is not an object already known good. */
const PARTS = {
  organisation: AppDataShape.shape.organisation,
  settings: AppDataShape.shape.settings,
  rounds: AppDataShape.shape.rounds,
  selfAssessments: AppDataShape.shape.selfAssessments,
  candidates: AppDataShape.shape.candidates,
} as const;
const KEYS = new Set(Object.keys(AppDataShape.shape));

/** Marks data that was validated (and frozen) elsewhere, e.g. on load, as known good. */
export function remember(data: AppData): void {
  known.add(data.framework);
  known.add(data.organisation);
  known.add(data.scenarios);
  for (const scenario of data.scenarios) known.add(scenario);
  known.add(data.settings);
  known.add(data.rounds);
  known.add(data.selfAssessments);
  known.add(data.candidates);
  for (const member of data.members) known.add(member);
}

/**
 * From this many newly parsed members on (an import), they are rebuilt through JSON: zod
 * builds each level and allocation record key by key, which leaves V8 holding them as
 * dictionaries, and every later save then spends twice as long serialising them (and an
 * analysis in main three times as long reading them). Objects made by JSON.parse are the
 * fast kind, as the ones loaded from the data file are. One member saved is not worth it.
 */
const REBUILD_FROM = 64;

/**
 * The scenarios, each kept as it is when known good and parsed otherwise, so a change to one
 * scenario leaves the others the same objects; null when the list or any scenario is invalid.
 */
function scenariosPart(value: unknown): AppData['scenarios'] | null {
  if (known.has(value)) return value as AppData['scenarios'];
  if (!Array.isArray(value) || value.length > MAX_SCENARIOS) return null;
  const scenarios: Scenario[] = [];
  for (const item of value as unknown[]) {
    if (known.has(item)) {
      scenarios.push(item as Scenario);
      continue;
    }
    const parsed = Scenario.safeParse(item);
    if (!parsed.success) return null;
    scenarios.push(parsed.data);
  }
  return scenarios;
}

/** A known-good part as it is (so it keeps its identity), or the part parsed; null when invalid. */
function part<K extends keyof typeof PARTS>(key: K, value: unknown): AppData[K] | null {
  if (known.has(value)) return value as AppData[K];
  const parsed = PARTS[key].safeParse(value);
  return parsed.success ? (parsed.data as AppData[K]) : null;
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
  /** Positions of the members parsed here (not known before). */
  const fresh: number[] = [];
  // For the cross-check: a known member under a known framework was checked against it
  // already, so only its id (duplicates, scenario references) needs looking at again.
  const toCheck = new Array<Member>(data.members.length);
  for (let i = 0; i < data.members.length; i += 1) {
    const member = data.members[i]!;
    if (known.has(member)) {
      members[i] = member;
      toCheck[i] = frameworkKnown ? { ...member, levels: {}, allocation: {} } : member;
      continue;
    }
    const parsed = Member.safeParse(member);
    if (!parsed.success) return null;
    members[i] = parsed.data;
    toCheck[i] = parsed.data;
    fresh.push(i);
  }
  if (fresh.length >= REBUILD_FROM) {
    const rebuilt = JSON.parse(JSON.stringify(fresh.map((i) => members[i]))) as Member[];
    fresh.forEach((i, k) => (members[i] = rebuilt[k]!));
  }
  if (Object.keys(data).some((key) => !KEYS.has(key))) return null;
  const header = Header.safeParse({
    kind: data.kind,
    schemaVersion: data.schemaVersion,
    sample: data.sample,
    ...(data.openRoundBasedOn === undefined ? {} : { openRoundBasedOn: data.openRoundBasedOn }),
  });
  const organisation = part('organisation', data.organisation);
  const scenarios = scenariosPart(data.scenarios);
  const settings = part('settings', data.settings);
  const rounds = part('rounds', data.rounds);
  const selfAssessments = part('selfAssessments', data.selfAssessments);
  const candidates = part('candidates', data.candidates);
  if (
    !header.success ||
    organisation === null ||
    scenarios === null ||
    settings === null ||
    rounds === null ||
    selfAssessments === null ||
    candidates === null
  ) {
    return null;
  }
  const assembled: AppData = {
    ...header.data,
    organisation,
    members,
    scenarios,
    framework,
    settings,
    rounds,
    selfAssessments,
    candidates,
  };
  if (checkTeamAgainstFramework(asTeamFile({ ...assembled, members: toCheck }), framework).length > 0) return null;
  if (roundIssues(assembled).length > 0 || candidateIssuesOf(assembled).length > 0) return null;
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
