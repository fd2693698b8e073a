import type { Timeline } from '@shared/analysis/timeline-types';
import { quarterChangesText, riskWindowText } from '@shared/analysis/timeline-text';
import { SERIES } from '@shared/design/tokens';
import type { TableData } from '../dashboard/data/table';

/*
 * The plan timeline's chart and table, from one projection, so the two cannot disagree.
 * Pure, so it is tested without a canvas.
 */

export interface TimelineLine {
  label: string;
  values: number[];
  colour: string;
  /** A dash pattern, so lines stay apart without colour. */
  dash: number[];
  /** Counts of skills on the left axis; FTE on the right. */
  axis: 'count' | 'fte';
}

export interface TimelineChartData {
  labels: string[];
  lines: TimelineLine[];
  /** Per quarter: inside a risk window (shaded). */
  atRisk: boolean[];
  /** The shading's colour: the warning hue, translucent. */
  riskColour: string;
  /** One sentence per departure. */
  riskLines: string[];
  table: TableData;
  /** What the chart shows, read by screen readers in place of the canvas. */
  summary: string;
}

/** Hex alpha for the risk shading: light enough for the lines to read through it. */
const SHADE_ALPHA = '33';

export function timelineChartData(timeline: Timeline): TimelineChartData {
  const q = timeline.quarters;
  const lines: TimelineLine[] = [
    {
      label: 'Skills meeting the policy',
      values: q.map((x) => x.skillsCovered),
      colour: SERIES.team,
      dash: [],
      axis: 'count',
    },
    {
      label: 'Single points of failure',
      values: q.map((x) => x.singlePointsOfFailure),
      colour: SERIES.warning,
      dash: [6, 4],
      axis: 'count',
    },
    {
      label: 'Engineering work to absorb (FTE)',
      values: q.map((x) => Math.round((x.carriedFte + x.unownedEngineeringFte) * 100) / 100),
      colour: SERIES.engineer,
      dash: [2, 3],
      axis: 'fte',
    },
  ];
  const wording = { names: true };
  const riskLines = timeline.riskWindows.map((w) => riskWindowText(w, timeline, wording));
  const atRisk = q.map((x) => x.atRisk);
  const risky = q.filter((x) => x.atRisk).map((x) => x.label);
  const first = q[0];
  const last = q.at(-1);
  const summary =
    first && last
      ? `Plan timeline from ${first.label} to ${last.label}: skills meeting the policy ${first.skillsCovered} of ${first.requiredSkills} then ${last.skillsCovered} of ${last.requiredSkills}; single points of failure ${first.singlePointsOfFailure} then ${last.singlePointsOfFailure}. ${risky.length > 0 ? `At risk: ${risky.join(', ')}.` : 'No quarter at risk.'}`
      : 'No quarters to show.';
  return {
    labels: q.map((x) => x.label),
    lines,
    atRisk,
    riskColour: `${SERIES.warning}${SHADE_ALPHA}`,
    riskLines,
    summary,
    table: {
      header: [
        'Quarter',
        'Members',
        'Skills meeting the policy',
        'Single points of failure',
        'Engineering FTE on scientists',
        'Engineering FTE left by leavers',
        'At risk',
        'Changes',
      ],
      numeric: [1, 2, 3, 4, 5],
      rows: q.map((x, at) => [
        x.label,
        x.members,
        `${x.skillsCovered} of ${x.requiredSkills}`,
        x.singlePointsOfFailure,
        x.carriedFte,
        x.unownedEngineeringFte,
        x.atRisk ? 'Yes' : 'No',
        quarterChangesText(timeline, at, wording) || '—',
      ]),
    },
  };
}
