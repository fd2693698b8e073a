import { z } from 'zod';
import { Analysis, AnalysisSummary, HiringPlan } from '../analysis/types';
import { UnownedWork } from '../analysis/unowned-work';
import { analyzeTeam } from '../analysis/analyze';
import { compareScenario, type ScenarioComparison } from '../analysis/scenario';
import type { Framework, Member, Organisation, PlanningSettings, Scenario } from '../domain';
import { shippedBenchmarks } from '../io/benchmarks';
import { BenchmarksReport, benchmarksFor } from './benchmarks-report';

export const REPORT_KIND = 'gapwise-report';
export const REPORT_SCHEMA_VERSION = 3;

export const ScenarioReport = z.object({
  scenarioId: z.string(),
  scenarioName: z.string(),
  today: AnalysisSummary,
  scenario: AnalysisSummary,
  skillChanges: z
    .array(
      z.object({
        skillId: z.string(),
        name: z.string(),
        holdersToday: z.int(),
        holdersScenario: z.int(),
        gapToday: z.int(),
        gapScenario: z.int(),
      }),
    )
    .describe('Skills whose holders or gap change with the scenario.'),
  hiresDelta: z.int().describe('Recommended hires with the scenario minus today (negative: fewer).'),
  hireChanges: z
    .array(z.object({ roleId: z.string(), roleName: z.string(), today: z.int(), scenario: z.int() }))
    .describe('Roles whose recommended hires differ between today and the scenario.'),
  carriedFteDelta: z.number().describe('Engineering FTE carried by scientists with the scenario minus today.'),
  workToAbsorbDelta: z
    .number()
    .describe(
      'Engineering work to absorb (carried by scientists plus left by leavers) with the scenario minus today: a departure moves work, it does not remove it.',
    ),
  plan: HiringPlan.describe("The scenario's own full plan: which hires, not only how many."),
  unownedWork: z.array(UnownedWork).describe("Work left by the scenario's leavers, which its plan absorbs."),
});
export type ScenarioReport = z.infer<typeof ScenarioReport>;

export const Report = z
  .object({
    kind: z.literal(REPORT_KIND),
    schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
    analysis: Analysis,
    scenarios: z.array(ScenarioReport).describe('What-if scenarios of the team, each compared with today.'),
    benchmarks: BenchmarksReport.optional().describe("The team's figures beside published benchmarks, with sources."),
  })
  .meta({
    title: 'Gapwise report',
    description:
      "A team's analysis against a skills framework: member fits, skill coverage, role separation and the hiring plan.",
  });
export type Report = z.infer<typeof Report>;

export function buildReport(
  analysis: Analysis,
  comparisons: readonly ScenarioComparison[] = [],
  benchmarks?: BenchmarksReport,
): Report {
  return {
    kind: REPORT_KIND,
    schemaVersion: REPORT_SCHEMA_VERSION,
    analysis,
    scenarios: comparisons.map((c) => ({
      scenarioId: c.scenarioId,
      scenarioName: c.scenarioName,
      today: c.today,
      scenario: c.scenario,
      skillChanges: c.skillChanges,
      hiresDelta: c.hiresDelta,
      hireChanges: c.hireChanges,
      carriedFteDelta: c.carriedFteDelta,
      workToAbsorbDelta: c.workToAbsorbDelta,
      plan: c.scenarioAnalysis.plan,
      unownedWork: c.scenarioAnalysis.unownedWork,
    })),
    ...(benchmarks ? { benchmarks } : {}),
  };
}

/** The report of a team as it stands: today's analysis and every scenario beside it. */
export function reportFor(
  input: { framework: Framework; organisation: Organisation; members: readonly Member[]; planning?: PlanningSettings },
  scenarios: readonly Scenario[] = [],
): Report {
  const analysis = analyzeTeam(input);
  return buildReport(
    analysis,
    scenarios.map((s) => compareScenario(input, s, analysis)),
    benchmarksFor(input, shippedBenchmarks()),
  );
}

export const reportToJson = (report: Report): string => `${JSON.stringify(report, null, 2)}\n`;

/** The documented schema of the JSON report (committed as docs/report.schema.json). */
export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Report, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
}
