/*
 * The plan over time: when each change takes effect, and what the team looks like quarter by
 * quarter until the last of them. Built by `projectTimeline` (timeline.ts).
 */

/**
 * What changes the team on a date:
 * - `hire`: a hire the plan recommends, starting after its role's lead time;
 * - `planned-hire`: a hire the scenario plans (at the scenario's date for it, else after the lead time);
 * - `upskill`: a member one level (or more) short of a skill reaches the level needed;
 * - `departure`: a member leaves (the scenario's date, else today);
 * - `role-move`: a member moves to another role (the scenario's date, else today).
 */
export type TimelineEventKind = 'hire' | 'planned-hire' | 'upskill' | 'departure' | 'role-move';

/** Where an event's date comes from. */
export type TimelineDateBasis =
  /** Today plus the role's hiring lead time. */
  | 'lead-time'
  /** The date the manager gave the change in the scenario. */
  | 'scenario'
  /** Today plus the months the levels to grow take. */
  | 'upskill-duration'
  /** No date given: the change is from today. */
  | 'today';

export interface TimelineEvent {
  kind: TimelineEventKind;
  /**
   * Unique in the timeline: `hire:<number>`, the planned hire's id, `upskill:<member>:<skill>`,
   * `move:<member>`, or the leaver's member id.
   */
  id: string;
  /** The role hired, the leaver's role, the role moved to, or the upskilled member's role. */
  roleId: string;
  roleName: string;
  /** The member it is about (upskilling, departures, role moves); null for hires. Summaries for others leave it out. */
  memberName: string | null;
  /** The skill grown (upskilling only). */
  skillName: string | null;
  /** The level reached (upskilling only). */
  toLevel: number | null;
  /** The day it takes effect (yyyy-mm-dd). */
  date: string;
  basis: TimelineDateBasis;
  /** Months of lead time or of upskilling behind the date; null for a date given or today. */
  months: number | null;
  /** The quarter it counts from, as "Q3 2026". */
  quarterLabel: string;
  /** Its position in `quarters`; null when it falls after the last quarter shown. */
  quarterIndex: number | null;
}

/** The team in one quarter, with every change that took effect in it or before. */
export interface TimelineQuarter {
  /** "Q3 2026". */
  label: string;
  start: string;
  end: string;
  members: number;
  /** Required skills (they can change when a role whose requirements count only while staffed is staffed). */
  requiredSkills: number;
  /** Required skills meeting the coverage policy. */
  skillsCovered: number;
  singlePointsOfFailure: number;
  /** FTE of data-engineering work carried by data scientists. */
  carriedFte: number;
  /** FTE of data-engineering work leavers left that nobody has taken over yet. */
  unownedEngineeringFte: number;
  /** True inside a risk window: a member has left and their replacement has not started. */
  atRisk: boolean;
  /** Ids of the events that take effect in this quarter. */
  events: string[];
}

/** From a departure to the start of the hire that replaces the leaver. */
export interface RiskWindow {
  departureId: string;
  leaverName: string;
  roleId: string;
  roleName: string;
  /** The departure's quarter, "Q3 2026". */
  from: string;
  /** The last quarter without the replacement; null when there is no uncovered quarter. */
  to: string | null;
  /** Quarters in the window (0: the replacement starts in the quarter the member leaves, or before). */
  quarters: number;
  /** The hiring event that replaces the leaver; null when the plan hires nobody in their role. */
  replacementId: string | null;
  replacementStart: string | null;
}

export interface Timeline {
  /** The day the projection starts from (yyyy-mm-dd). */
  today: string;
  /** From today's quarter to one quarter past the last change (at least MIN_QUARTERS, at most MAX_QUARTERS). */
  quarters: TimelineQuarter[];
  /** Every change, by date (then kind and id). */
  events: TimelineEvent[];
  /** One per departure, by date. */
  riskWindows: RiskWindow[];
}
