import type { Framework, Member, Scenario } from '../../domain';

/**
 * What the document builders need beside the report: the framework (its scale's level
 * descriptions, the roles' article text), the members (their assessed-on dates) and the
 * scenarios as the manager defined them (what each one changes).
 */
export interface DocumentInput {
  framework: Framework;
  members: readonly Member[];
  scenarios?: readonly Scenario[];
}
