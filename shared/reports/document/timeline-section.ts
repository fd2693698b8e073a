import { leadTimeMonths, projectTimeline } from '../../analysis/timeline';
import { isoDateOf } from '../../analysis/timeline-dates';
import { quarterChangesText, riskWindowText, type TimelineWording } from '../../analysis/timeline-text';
import type { Timeline } from '../../analysis/timeline-types';
import { listOf } from '../../analysis/text';
import { DEFAULT_UPSKILL_MONTHS_PER_LEVEL, type PlanningSettings } from '../../domain';
import type { Report } from '../json-report';
import type { Table } from '../rows';
import type { DocumentInput } from './input';
import type { Block } from './types';
import { roleInSentence } from '../../analysis/text';

/*
 * The plan's timeline in the documents, projected from the day the document is made: in the
 * summary for leadership as a column of the hires (when each starts) and of the scenarios
 * (their risk window), which keeps it to two pages; in the manager's internal detail in full,
 * quarter by quarter, for today's plan and each scenario with departures.
 */

export interface DocumentTimelines {
  today: string;
  plan: Timeline;
  /** By scenario id: the scenarios with departures (the others have no risk window). */
  scenarios: ReadonlyMap<string, Timeline>;
}

/** The timelines of the report; null when the input lacks the organisation (the projection needs its policy). */
export function documentTimelines(report: Report, input: DocumentInput, now: Date): DocumentTimelines | null {
  const { organisation, planning } = input;
  if (organisation === undefined) return null;
  const today = isoDateOf(now);
  const team = { framework: input.framework, organisation, members: input.members, planning, today };
  const defined = new Map((input.scenarios ?? []).map((s) => [s.id, s]));
  const scenarios = new Map<string, Timeline>();
  for (const sc of report.scenarios) {
    const scenario = defined.get(sc.scenarioId);
    if (scenario === undefined || scenario.departures.length === 0) continue;
    scenarios.set(sc.scenarioId, projectTimeline({ ...team, scenario, plan: sc.plan }));
  }
  return { today, plan: projectTimeline({ ...team, plan: report.analysis.plan }), scenarios };
}

/** When hire `number` of the plan starts: its quarter. */
export function hireStart(timeline: Timeline, number: number): string {
  return timeline.events.find((e) => e.id === `hire:${number}`)?.quarterLabel ?? '—';
}

/**
 * A scenario's risk windows in a table cell: "Q3 2026", "Q3 2026 to Q4 2026 (2 quarters)" or
 * "none"; with several leavers, each with its role: "Q4 2026 to Q1 2027 (data engineer, 2 quarters); Q1 2027 (data scientist)".
 */
export function riskCell(timelines: DocumentTimelines, scenarioId: string): string {
  const timeline = timelines.scenarios.get(scenarioId);
  if (timeline === undefined) return '—';
  const windows = timeline.riskWindows.filter((w) => w.quarters > 0);
  if (windows.length === 0) return 'none';
  // With several leavers, each window says whose role it is (by role: the summary names nobody).
  const whose = (w: (typeof windows)[number]) => (windows.length > 1 ? `${roleInSentence(w.roleName)}, ` : '');
  return windows
    .map((w) =>
      w.quarters === 1
        ? `${w.from}${windows.length > 1 ? ` (${roleInSentence(w.roleName)})` : ''}`
        : `${w.from} to ${w.to ?? 'end'} (${whose(w)}${w.quarters} quarters)`,
    )
    .join('; ');
}

/** After a scenario's changes: "; at risk Q3 2026" (a leaver not yet replaced), or nothing when never. */
export function riskNote(timelines: DocumentTimelines, scenarioId: string): string {
  const cell = riskCell(timelines, scenarioId);
  return cell === '—' || cell === 'none' ? '' : `; at risk ${cell}`;
}

const months = (n: number) => `${n} ${n === 1 ? 'month' : 'months'}`;

/** "Data engineer 3 months and ML engineer 4 months": the lead times of the roles the plans hire. */
function leadTimesText(report: Report, planning: PlanningSettings | undefined): string {
  const roles = new Map<string, string>();
  for (const plan of [report.analysis.plan, ...report.scenarios.map((s) => s.plan)]) {
    for (const hire of plan.hires) roles.set(hire.roleId, hire.roleName);
  }
  return listOf([...roles].map(([id, name]) => `${name} ${months(leadTimeMonths(planning, id))}`));
}

/** What the dates rest on, in a sentence. */
export function timelineBasis(report: Report, input: DocumentInput, today: string): string {
  const leadTimes = leadTimesText(report, input.planning);
  const perLevel = input.planning?.upskillMonthsPerLevel ?? DEFAULT_UPSKILL_MONTHS_PER_LEVEL;
  return `Dated from ${today}, with every requisition opened that day${leadTimes ? ` (lead times: ${leadTimes})` : ''} and upskilling at ${months(perLevel)} per level.`;
}

/** One projection quarter by quarter. */
export function timelineTable(timeline: Timeline, wording: TimelineWording): Table {
  return {
    header: [
      'Quarter',
      'Members',
      'Skills meeting the policy',
      'Single points of failure',
      'Engineering work to absorb (FTE)',
      'At risk',
      'Changes',
    ],
    rows: timeline.quarters.map((q, at) => [
      q.label,
      q.members,
      `${q.skillsCovered} of ${q.requiredSkills}`,
      q.singlePointsOfFailure,
      Math.round((q.carriedFte + q.unownedEngineeringFte) * 100) / 100,
      q.atRisk ? 'yes' : 'no',
      quarterChangesText(timeline, at, wording) || '—',
    ]),
    numeric: [1, 3, 4],
  };
}

/** The internal detail's timeline: today's plan, then each scenario with departures, with its risk windows. */
export function timelineDetailBlocks(report: Report, input: DocumentInput, now: Date): Block[] {
  const timelines = documentTimelines(report, input, now);
  if (timelines === null) return [];
  const wording = { names: true };
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: 'Timeline' },
    { kind: 'paragraph', text: timelineBasis(report, input, timelines.today) },
    { kind: 'heading', level: 3, text: "Today's plan" },
    { kind: 'table', table: timelineTable(timelines.plan, wording) },
  ];
  for (const sc of report.scenarios) {
    const timeline = timelines.scenarios.get(sc.scenarioId);
    if (timeline === undefined) continue;
    blocks.push(
      { kind: 'heading', level: 3, text: `Scenario: ${sc.scenarioName}` },
      { kind: 'table', table: timelineTable(timeline, wording) },
      { kind: 'list', items: timeline.riskWindows.map((w) => riskWindowText(w, timeline, wording)) },
    );
  }
  return blocks;
}
