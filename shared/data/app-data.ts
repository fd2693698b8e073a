import { z } from 'zod';
import {
  Candidate,
  checkTeamAgainstFramework,
  Framework,
  Id,
  MAX_CANDIDATES,
  Member,
  Organisation,
  PlanningSettings,
  Scenario,
  type TeamFile,
} from '../domain';
import { roundIssues } from '../rounds/check';
import { candidateIssuesOf } from './candidate-reconcile';
import { MAX_ROUNDS, RoundEntry, SelfAssessment } from '../rounds/schema';

export const DATA_KIND = 'gapwise-data';
/** The data file format this build writes. Older files are migrated; newer ones refused. */
export const DATA_SCHEMA_VERSION = 6;

export const THEMES = ['system', 'light', 'dark'] as const;
export const Theme = z.enum(THEMES);
export type Theme = z.infer<typeof Theme>;

export const Settings = z.strictObject({
  theme: Theme,
  /** Costs, lead times, the plan's limit and weights (absent: the fewest hires, default lead times). */
  planning: PlanningSettings.optional(),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { theme: 'system' };

/** The shape without the team-against-framework check (the store validates large data in parts). */
/** How many what-if scenarios one data file may hold. */
export const MAX_SCENARIOS = 100;

export const AppDataShape = z.strictObject({
  kind: z.literal(DATA_KIND),
  schemaVersion: z.literal(DATA_SCHEMA_VERSION),
  /** True while the bundled sample team is what the app shows. */
  sample: z.boolean(),
  organisation: Organisation,
  members: z.array(Member).max(100_000),
  scenarios: z.array(Scenario).max(MAX_SCENARIOS),
  /** The framework in use: the built-in one until the manager edits or imports one. */
  framework: Framework,
  settings: Settings,
  /** The closed assessment rounds, oldest first; each one's team is in its own round file. */
  rounds: z.array(RoundEntry).max(MAX_ROUNDS),
  /** The open round's returned self-assessment forms, one per member at most. */
  selfAssessments: z.array(SelfAssessment).max(100_000),
  /** The closed round the open round was reopened from; the next round closed records it as `basedOn`. */
  openRoundBasedOn: Id.optional(),
  /** People interviewed for planned hires; no analysis counts them until they are hired. */
  candidates: z.array(Candidate).max(MAX_CANDIDATES),
});

/** Everything Gapwise stores: one JSON document in the user-data folder. */
export const AppData = AppDataShape.superRefine((data, ctx) => {
  for (const issue of checkTeamAgainstFramework(asTeamFile(data), data.framework)) {
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  }
  for (const issue of roundIssues(data)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  for (const issue of candidateIssuesOf(data))
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});
export type AppData = z.infer<typeof AppData>;

/** The team part of the data as a team file (for analysis, export and validation). */
export function asTeamFile(data: Pick<AppData, 'organisation' | 'members' | 'scenarios' | 'sample'>): TeamFile {
  return {
    kind: 'gapwise-team',
    schemaVersion: 1,
    sample: data.sample,
    organisation: data.organisation,
    members: data.members,
    scenarios: data.scenarios,
  };
}

/** First-run data: the sample team on the built-in framework, marked as sample. */
export function initialData(sampleTeam: TeamFile, framework: Framework): AppData {
  return {
    kind: DATA_KIND,
    schemaVersion: DATA_SCHEMA_VERSION,
    sample: true,
    organisation: sampleTeam.organisation,
    members: sampleTeam.members,
    scenarios: sampleTeam.scenarios ?? [],
    framework,
    settings: DEFAULT_SETTINGS,
    rounds: [],
    selfAssessments: [],
    candidates: [],
  };
}

/** The data with the sample team cleared: an empty team, ready for a real one. */
export function clearedSample(data: AppData): AppData {
  return {
    ...data,
    sample: false,
    organisation: { ...data.organisation, name: 'My organisation', productTeams: [] },
    members: [],
    scenarios: [],
    selfAssessments: [],
    candidates: [],
  };
}
