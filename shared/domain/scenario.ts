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
});
export type Scenario = z.infer<typeof Scenario>;
