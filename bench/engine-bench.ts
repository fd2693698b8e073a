import { analyzeTeam, indexFramework, TeamAnalyzer, type AnalysisPhase } from '../shared/analysis';
import { emptyMatrix, fillRow } from '../shared/analysis/level-matrix';
import { projectTimeline } from '../shared/analysis/timeline';
import { teamCoverageFrom, teamGapsToPlan } from '../shared/analysis/team-coverage';
import type { AppData } from '../shared/data';
import type { Framework } from '../shared/domain';
import { figureOf, pairedFigure, type Figure } from './figure';
import { sample, timingOf } from './measure';
import { dataset, withOneChange, type Runs } from './bench-data';

/*
 * The engine at one size: the full analysis beside a typed-array pass over every level, what
 * reading the member objects alone costs (the floor of any analysis of them), re-analysis
 * after one edit, what coverage per product team adds, and the Plan screen's timeline.
 */

const TYPED_PASS = 'one pass summing a typed array of every level';

/** The raw baseline of the analysis: one pass summing a typed array of every level. */
function levelsArray(data: AppData, framework: Framework): Float64Array {
  const levels = new Float64Array(data.members.length * framework.skills.length);
  data.members.forEach((m, i) =>
    framework.skills.forEach((s, j) => {
      levels[i * framework.skills.length + j] = m.levels[s.id] ?? 0;
    }),
  );
  return levels;
}

function sum(values: Float64Array): number {
  let total = 0;
  for (let i = 0; i < values.length; i += 1) total += values[i]!;
  return total;
}

/** Every level of every member read out of the objects, as an analysis must at least. */
function readEveryLevel(data: AppData): number {
  let total = 0;
  for (const member of data.members) {
    const levels = member.levels;
    for (const id in levels) total += levels[id]!;
  }
  return total;
}

export async function engineBench(size: number, framework: Framework, runs: Runs): Promise<Figure[]> {
  const data = dataset(size, framework);
  const levels = levelsArray(data, framework);
  const figures: Figure[] = [];
  // Analysis runs are cheap, so they get a longer warm-up: the first few at 10,000 members
  // take 2–3× the steady time while V8 compiles the engine (what the app pays once, on open).
  const engine = { runs: runs.engine, warmup: runs.engineWarmup, collectEachRun: size >= 10_000 };
  const analysis = await pairedFigure(
    {
      id: 'analysis',
      label: 'Full analysis (fits, coverage per skill and per product team, separation, exact hiring plan)',
      baseline: TYPED_PASS,
      size,
      target: { maxMs: 25, maxRatio: 15 },
    },
    () => analyzeTeam(data),
    () => sum(levels),
    engine,
  );
  figures.push(analysis);
  figures.push(...(await analysisPhases(data, size, engine.runs, engine.warmup, analysis.baselineMs!)));
  figures.push(
    await pairedFigure(
      {
        id: 'read-levels',
        label: 'Reading every level out of the member objects (for…in sum): the floor of a full analysis',
        baseline: TYPED_PASS,
        size,
      },
      () => readEveryLevel(data),
      () => sum(levels),
      engine,
    ),
  );

  // As the app re-analyses: one analyzer kept across edits, each edit one level of one
  // member (a new member object, everyone else shared), applied to the previous edit.
  const analyzer = new TeamAnalyzer();
  let edited = data;
  analyzer.analyze(edited);
  let n = 0;
  figures.push(
    figureOf({
      id: 'reanalysis',
      label: 'Re-analysis after one level change',
      size,
      ms: await sample(
        () => {
          edited = withOneChange(edited, (n += 1));
          return analyzer.analyze(edited);
        },
        { runs: runs.engine * 2, warmup: runs.engineWarmup },
      ),
      target: { maxMs: 2 },
    }),
  );

  // Coverage per product team: its counting, statuses and the gaps it hands the plan, over
  // the same level matrix the analysis fills, as a share of the full analysis.
  const index = indexFramework(framework, data.organisation.coverage, new Set(data.members.map((m) => m.role)));
  const matrix = emptyMatrix(data.members.length, index.skills.length);
  data.members.forEach((member, row) => fillRow(matrix.cells, matrix.width, row, member, index));
  figures.push(
    await pairedFigure(
      {
        id: 'team-coverage',
        label: 'Coverage per product team (counts, statuses, gaps for the plan), as a share of the full analysis',
        baseline: 'the full analysis',
        size,
        target: { maxRatio: 0.2 },
      },
      () => teamGapsToPlan(teamCoverageFrom(data.members, index, matrix, data.organisation.coverage), index),
      () => analyzeTeam(data),
      engine,
    ),
  );

  // The Plan screen's timeline: the plan's hires dated by lead time, projected by quarter.
  const plan = analyzeTeam(data).plan;
  const timelineInput = {
    framework: data.framework,
    organisation: data.organisation,
    members: data.members,
    plan,
    planning: data.settings.planning,
    today: '2026-12-01',
  };
  figures.push(
    await pairedFigure(
      {
        id: 'timeline',
        label: "The Plan screen's timeline (every hire dated, coverage projected quarter by quarter)",
        baseline: 'the full analysis',
        size,
      },
      () => projectTimeline(timelineInput),
      () => analyzeTeam(data),
      { ...engine, runs: Math.max(5, Math.ceil(runs.engine / 3)), warmup: 2 },
    ),
  );
  return figures;
}

/** What each phase of a fresh analysis takes, as the analyzer's own clock reports it. */
const PHASE_LABELS: Record<AnalysisPhase, string> = {
  index: 'framework indexed, roles counted',
  levels: "every member's levels read into the matrix and its histogram",
  'per-team counts': 'holders and not assessed counted per product team',
  'engineering rows': 'engineering work per member, carriers sorted',
  'member results': 'member results (fits to every role, best fit, mismatch)',
  'coverage and separation': 'coverage per skill from the histogram, separation of roles',
  'per-team coverage': 'coverage per product team from its counts, team gaps for the plan',
  'hiring plan': 'hiring plan (exact cover, hires with their briefs)',
  structure: 'structure advice',
  'plan details and limit': 'plan details (upskilling, alternatives), plan within a limit',
  summary: 'summary',
};

async function analysisPhases(
  data: AppData,
  size: number,
  runs: number,
  warmup: number,
  typedPass: Figure['ms'],
): Promise<Figure[]> {
  const times = new Map<AnalysisPhase, number[]>();
  let keep = false;
  const onPhase = (phase: AnalysisPhase, ms: number) => {
    if (keep) times.set(phase, [...(times.get(phase) ?? []), ms]);
  };
  const collect = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < warmup + runs; i += 1) {
    keep = i >= warmup;
    if (keep && size >= 10_000) collect?.();
    // A new analyzer each time: a fresh analysis, every phase run in full.
    new TeamAnalyzer({ onPhase }).analyze(data);
  }
  return [...times].map(([phase, list]) =>
    figureOf({
      id: `analysis-phase-${phase.replace(/ /g, '-')}`,
      label: `… of which: ${PHASE_LABELS[phase]}`,
      baseline: TYPED_PASS,
      size,
      ms: timingOf(list),
      baselineMs: typedPass,
    }),
  );
}
