import type { AppData } from '@shared/data/app-data';
import { DATA_KIND, DATA_SCHEMA_VERSION, DEFAULT_SETTINGS } from '@shared/data/app-data';
import type { Framework, Member, Organisation } from '@shared/domain';
import { closedRoundView, type RoundView } from '@shared/rounds/round-view';
import { encodeRoundFile, roundEntry, roundSnapshot } from '@shared/rounds/round-file';
import type { RoundEntry, RoundSnapshot, SelfAssessment } from '@shared/rounds/schema';
import { trendPoint } from '@shared/rounds/trend-point';
import { builtinFramework } from '../../support/fixtures';
import { NINE_PRODUCT_TEAMS, nineMembers, nineOrganisation } from '../../support/nine-person-team';

/*
 * Teams for the rounds tests, unlike the sample: the nine-person team (scientists, a data
 * engineer, an ML engineer, an analytics engineer and a data analyst) over three product
 * teams, with some skills never assessed and assessment dates of different ages.
 */

export function mixedTeam(framework: Framework = builtinFramework()): {
  organisation: Organisation;
  members: Member[];
} {
  const members = nineMembers(framework).map((m, i) => {
    const levels = { ...m.levels };
    // Every third member was never assessed on their first two skills.
    if (i % 3 === 0) for (const id of Object.keys(levels).slice(0, 2)) delete levels[id];
    const assessedOn = i % 4 === 3 ? undefined : i % 2 === 0 ? '2026-01-15' : '2026-09-01';
    return { ...m, levels, ...(assessedOn ? { assessedOn } : {}) };
  });
  return { organisation: { ...nineOrganisation(), productTeams: NINE_PRODUCT_TEAMS }, members };
}

export function appData(
  team: { organisation: Organisation; members: Member[] },
  framework: Framework = builtinFramework(),
  extra: Partial<AppData> = {},
): AppData {
  return {
    kind: DATA_KIND,
    schemaVersion: DATA_SCHEMA_VERSION,
    sample: false,
    organisation: team.organisation,
    members: team.members,
    scenarios: [],
    framework,
    settings: DEFAULT_SETTINGS,
    rounds: [],
    selfAssessments: [],
    candidates: [],
    ...extra,
  };
}

export interface ClosedRound {
  snapshot: RoundSnapshot;
  entry: RoundEntry;
  bytes: Uint8Array;
  view: RoundView;
}

/** A team closed as a round: its file's bytes, its entry (with trend figures) and its view. */
export function closeRound(
  team: { organisation: Organisation; members: readonly Member[]; framework: Framework },
  round: { id: string; name: string; date: string; selfAssessments?: SelfAssessment[] },
): ClosedRound {
  const snapshot = roundSnapshot(
    { ...team, selfAssessments: round.selfAssessments ?? [] },
    { id: round.id, name: round.name, date: round.date, closedAt: `${round.date}T12:00:00Z` },
  );
  const bytes = encodeRoundFile(snapshot);
  const entry = roundEntry(snapshot, bytes, trendPoint(team, round.date));
  return { snapshot, entry, bytes, view: closedRoundView(snapshot, entry) };
}
