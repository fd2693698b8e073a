import { z } from 'zod';
import { Id, MultiLineText, NonEmptyText, Text } from './ids';
import { Level } from './member';

export const PlannedHire = z.strictObject({
  id: Id,
  name: Text(120).optional(),
  role: Id,
  productTeam: Text(120).optional(),
  fte: z.number().min(0.1).max(1).optional(),
  /** Expected levels; skills left out are assumed at the role's target level. */
  levels: z.record(Id, Level).optional(),
});
export type PlannedHire = z.infer<typeof PlannedHire>;

export const RoleMove = z.strictObject({
  memberId: Id,
  toRole: Id,
});
export type RoleMove = z.infer<typeof RoleMove>;

export const Scenario = z.strictObject({
  id: Id,
  name: NonEmptyText(120),
  description: MultiLineText(2000).optional(),
  plannedHires: z.array(PlannedHire).max(1000),
  roleMoves: z.array(RoleMove).max(1000),
  departures: z.array(Id).max(10000),
  /**
   * When a change takes effect, by the id it names: a planned hire's id, or the member who
   * moves or leaves. A change without a date is "from now".
   */
  dates: z.record(Id, z.iso.date()).optional(),
});
export type Scenario = z.infer<typeof Scenario>;

/**
 * The scenario with its dates kept only for the changes it still has (after role moves or
 * departures of people who are gone were dropped), ids renamed by `rename` when given.
 */
export function withDatesOfItsChanges(scenario: Scenario, rename: (id: string) => string = (id) => id): Scenario {
  if (scenario.dates === undefined) return scenario;
  const changed = new Set([
    ...scenario.plannedHires.map((h) => h.id),
    ...scenario.roleMoves.map((m) => m.memberId),
    ...scenario.departures,
  ]);
  const dates: Record<string, string> = {};
  for (const [id, date] of Object.entries(scenario.dates)) {
    const renamed = rename(id);
    if (changed.has(renamed)) dates[renamed] = date;
  }
  const { dates: _dropped, ...rest } = scenario;
  return Object.keys(dates).length > 0 ? { ...rest, dates } : rest;
}
