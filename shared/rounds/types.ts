import { z } from 'zod';
import { Id } from '../domain';
import type { SelfRating } from './schema';

/** Where a comparison starts or ends: a closed round's id, or today's team (the open round). */
export const TODAY = 'today';
export const RoundRef = z.union([Id, z.literal(TODAY)]);
export type RoundRef = z.infer<typeof RoundRef>;

/** A round as a comparison or a trend names it. */
export interface RoundLabel {
  ref: RoundRef;
  name: string;
  /** The round's date; today's date for the open round. */
  date: string;
}

/** One member's levels in one round (a skill absent from `levels` was not assessed). */
export interface MemberHistoryPoint {
  round: RoundLabel;
  role: string;
  productTeam: string;
  levels: Record<string, number>;
  assessedOn?: string;
  /** The member's own ratings in that round, when they returned a form. */
  self?: Record<string, SelfRating>;
}

/** A member's levels over every round they were in, oldest first, today last. */
export interface MemberHistory {
  memberId: string;
  name: string;
  /** Every skill any point rates, in the current framework's order, then retired ones. */
  skills: { skillId: string; name: string; retired: boolean }[];
  points: MemberHistoryPoint[];
}

/** How the framework differs between two rounds, compared by skill id. */
export interface FrameworkChanges {
  from: { id: string; version: string };
  to: { id: string; version: string };
  added: { skillId: string; name: string }[];
  retired: { skillId: string; name: string }[];
  renamed: { skillId: string; from: string; to: string }[];
}

export interface MemberRef {
  memberId: string;
  name: string;
  role: string;
  productTeam: string;
}

/** A level that changed; null is "not assessed". */
export interface LevelChange {
  memberId: string;
  name: string;
  skillId: string;
  skillName: string;
  from: number | null;
  to: number | null;
}

/** A gap (a required skill below policy, organisation-wide or in a product team). */
export interface GapRef {
  skillId: string;
  name: string;
  /** Empty for the organisation-wide policy. */
  productTeam: string;
}

/** A hire the earlier round's plan asked for, and what became of it by the later one. */
export interface PlannedHireOutcome {
  roleId: string;
  roleName: string;
  productTeam: string | null;
  /** Someone of the role joined (in the product team, when the hire was for one). */
  hired: boolean;
  /** The gaps the hire was to close: each closed or still open in the later round. */
  gaps: (GapRef & { status: 'closed' | 'still-open' })[];
}

/** What changed between two rounds. */
export interface RoundComparison {
  from: RoundLabel;
  to: RoundLabel;
  framework: FrameworkChanges;
  joined: MemberRef[];
  left: MemberRef[];
  roleChanges: { memberId: string; name: string; from: string; to: string }[];
  levelChanges: LevelChange[];
  /** Per skill: how many levels went up and down. */
  bySkill: { skillId: string; name: string; up: number; down: number }[];
  gapsClosed: GapRef[];
  gapsOpened: GapRef[];
  plannedHires: PlannedHireOutcome[];
  engineeringFteCarried: { from: number; to: number };
}
