import type { Framework, Member, Organisation, PlanningSettings, Scenario } from '../../domain';

/**
 * What the document builders need beside the report: the framework (its scale's level
 * descriptions, the roles' article text), the members (their assessed-on dates) and the
 * scenarios as the manager defined them (what each one changes).
 */
export interface DocumentInput {
  framework: Framework;
  members: readonly Member[];
  scenarios?: readonly Scenario[];
  /** For the summary's timeline (its coverage policy); without it the summary has no timeline. */
  organisation?: Organisation;
  /** Lead times and months per level for the timeline (absent: the defaults). */
  planning?: PlanningSettings;
}
