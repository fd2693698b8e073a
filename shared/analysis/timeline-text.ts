import { OTHER_ROLE_ID } from '../domain';
import { listOf, roleInSentence } from './text';
import type { RiskWindow, Timeline, TimelineEvent } from './timeline-types';

/*
 * The timeline in words, for the Plan screen (which names people) and the summary for
 * leadership (which names nobody: a member is "a data scientist").
 */

export interface TimelineWording {
  /** False for documents forwarded outside: members are described by their role. */
  names: boolean;
  /** Hires counted ("3 hires start") rather than listed, where room is short (a printed page). */
  countHires?: boolean;
}

const anA = (word: string) => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);

function who(name: string | null, roleId: string, roleName: string, wording: TimelineWording): string {
  if (wording.names && name !== null) return name;
  return roleId === OTHER_ROLE_ID ? 'a member' : anA(roleInSentence(roleName));
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Hire 2 (Data engineer) starts", "Femi Adeyemi leaves", "A data scientist reaches level 3 in Python". */
export function eventText(event: TimelineEvent, wording: TimelineWording): string {
  switch (event.kind) {
    case 'hire':
      return `Hire ${event.id.slice('hire:'.length)} (${event.roleName}) starts`;
    case 'planned-hire':
      return `Planned ${roleInSentence(event.roleName)} hire starts`;
    case 'departure':
      return capitalised(`${who(event.memberName, event.roleId, event.roleName, wording)} leaves`);
    case 'role-move':
      return wording.names && event.memberName !== null
        ? `${event.memberName} moves to ${event.roleName}`
        : `A member moves to ${event.roleName}`;
    case 'upskill':
      return capitalised(
        `${who(event.memberName, event.roleId, event.roleName, wording)} reaches level ${event.toLevel} in ${event.skillName}`,
      );
  }
}

/** Why the event is on that date: "after a 3-month lead time", "the scenario's date". */
export function basisText(event: TimelineEvent): string {
  switch (event.basis) {
    case 'lead-time':
      return `after a ${event.months}-month lead time`;
    case 'upskill-duration':
      return `after ${event.months} months of upskilling`;
    case 'scenario':
      return "the scenario's date";
    case 'today':
      return 'from today (no date given)';
  }
}

/** "Q3 2026: a data engineer leaves; the replacement starts 2026-10-06 (Q4 2026): 1 quarter at risk." */
export function riskWindowText(window: RiskWindow, timeline: Timeline, wording: TimelineWording): string {
  const leaver = capitalised(
    `${who(window.leaverName, window.roleId, window.roleName, wording)} leaves in ${window.from}`,
  );
  const last = timeline.quarters.at(-1);
  const departure = timeline.events.find((e) => e.id === window.departureId);
  if (departure && departure.quarterIndex === null && last) {
    return `${leaver}, after the timeline's last quarter (${last.label}): not projected.`;
  }
  if (window.replacementId === null) {
    return `${leaver}; the plan hires nobody in their role: at risk to the end of the timeline (${window.quarters} ${window.quarters === 1 ? 'quarter' : 'quarters'}).`;
  }
  const hire = timeline.events.find((e) => e.id === window.replacementId);
  const starts = `the replacement starts ${window.replacementStart}${hire ? ` (${hire.quarterLabel})` : ''}`;
  return window.quarters === 0
    ? `${leaver}; ${starts}: no quarter without them.`
    : `${leaver}; ${starts}: ${window.from === window.to ? window.from : `${window.from} to ${window.to}`} at risk (${window.quarters} ${window.quarters === 1 ? 'quarter' : 'quarters'}).`;
}

/** The changes of one quarter, in words; upskilling steps are counted, not listed (a plan may have dozens). */
export function quarterChangesText(timeline: Timeline, at: number, wording: TimelineWording): string {
  const ids = new Set(timeline.quarters[at]?.events ?? []);
  const events = timeline.events.filter((e) => ids.has(e.id));
  const isHire = (e: TimelineEvent) => e.kind === 'hire' || e.kind === 'planned-hire';
  const hires = wording.countHires === true ? events.filter(isHire).length : 0;
  const upskills = events.filter((e) => e.kind === 'upskill').length;
  const texts = events
    .filter((e) => e.kind !== 'upskill' && !(hires > 0 && isHire(e)))
    .map((e) => eventText(e, wording));
  if (hires > 0) texts.unshift(`${hires} ${hires === 1 ? 'hire starts' : 'hires start'}`);
  if (upskills > 0) texts.push(`${upskills} upskilling ${upskills === 1 ? 'step ends' : 'steps end'}`);
  return listOf(texts);
}
