import type { AppData } from '../data/app-data';
import type { Framework, Member, Organisation } from '../domain';
import type { RoundEntry, RoundSnapshot, SelfAssessment } from './schema';
import { TODAY, type RoundLabel } from './types';

/** What the comparison, a member's history and the trends read of a round, closed or open. */
export interface RoundView {
  label: RoundLabel;
  organisation: Organisation;
  members: readonly Member[];
  framework: Framework;
  selfAssessments: readonly SelfAssessment[];
}

/** The name the open round goes by in comparisons and trends. */
export const TODAY_NAME = 'Today';

export const todayLabel = (today: string): RoundLabel => ({ ref: TODAY, name: TODAY_NAME, date: today });

/** A closed round's label: the entry's name, since a rename edits the entry, never the round file. */
export const roundLabel = (entry: Pick<RoundEntry, 'id' | 'name' | 'date'>): RoundLabel => ({
  ref: entry.id,
  name: entry.name,
  date: entry.date,
});

/** The live data as the open round, dated `today` (YYYY-MM-DD). */
export function openRoundView(data: AppData, today: string): RoundView {
  return {
    label: todayLabel(today),
    organisation: data.organisation,
    members: data.members,
    framework: data.framework,
    selfAssessments: data.selfAssessments,
  };
}

/** A closed round from its file, named as its entry in the live data names it (when given). */
export function closedRoundView(snapshot: RoundSnapshot, entry?: RoundEntry): RoundView {
  return {
    label: roundLabel(entry ?? snapshot),
    organisation: snapshot.organisation,
    members: snapshot.members,
    framework: snapshot.framework,
    selfAssessments: snapshot.selfAssessments,
  };
}
