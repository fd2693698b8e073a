import { countOf, formatCount } from '../../analysis/text';
import type { Hire } from '../../analysis/types';
import type { Report } from '../json-report';
import { EMPTY_TEXT, sizeLine, structureSources } from '../rows';
import { budgetBlocks, OPEN_GAPS_IN_SUMMARY } from './budget-section';
import { coverageByTeamChart, gapsPerSkillChart, loadOnScientistsChart } from './charts';
import type { DocumentInput } from './input';
import { documentMeta } from './meta';
import { scenarioChanges } from './scenario-changes';
import { documentTimelines, hireStart, riskNote, type DocumentTimelines } from './timeline-section';
import type { Block, ExportDocument } from './types';
import { fte, plain, teamLabel } from './wording';

/*
 * The summary for leadership: one or two pages on the team today, the hires recommended (and
 * when each starts), the best of them within the manager's limit when one is set, the structure advice, the scenarios (and their risk windows) and the
 * assumptions behind "the fewest hires". It names nobody: figures are totals, hires are
 * described by the gaps and the work they take, and a scenario's leaver by their role. The
 * hires' reasons in the report name the scientists whose work a hire takes over, so they are
 * not used here.
 */

/** The skills whose coverage gap a hire closes, by name. */
const gapsClosed = (h: Hire): string[] =>
  h.mustHave.filter((m) => m.why === 'gap' || m.why === 'gap-and-load').map((m) => m.name);

/** Single points of failure named in the summary's text; the gaps chart shows every one. */
const SPOF_NAMED = 5;

function teamToday(report: Report, input: DocumentInput): Block[] {
  const a = report.analysis;
  const s = a.summary;
  const h = a.structure.headcount;
  const spof = a.coverage.filter((c) => c.status === 'single-point-of-failure').map((c) => c.name);
  const meeting = s.requiredSkills - s.skillsWithGaps - s.unknownSkills;
  const facts = [
    {
      term: 'Headcount',
      text: `${countOf(h.people, 'person', 'people')} in ${countOf(h.productTeams, 'product team', 'product teams')}: ${h.roles.map((r) => `${r.roleName} ${formatCount(r.people)}`).join(', ')}.`,
    },
    {
      term: 'Coverage',
      text: `${formatCount(Math.max(0, meeting))} of ${countOf(s.requiredSkills, 'required skill', 'required skills')} meet the coverage policy; ${formatCount(s.skillsWithGaps)} fall short${s.uncoveredSkills > 0 ? ` (${formatCount(s.uncoveredSkills)} held by nobody)` : ''}${s.unknownSkills > 0 ? `; ${formatCount(s.unknownSkills)} nobody was assessed on` : ''}.`,
    },
    {
      term: 'Single points of failure',
      text:
        spof.length === 0
          ? 'None: no required skill rests on one person.'
          : `${countOf(spof.length, 'skill rests', 'skills rest')} on one person: ${spof.length > SPOF_NAMED ? `${spof.slice(0, SPOF_NAMED).join(', ')} and ${spof.length - SPOF_NAMED} more (in the gaps chart)` : spof.join(', ')}.`,
    },
    {
      term: 'Engineering load on scientists',
      text: `Data scientists carry ${fte(a.separation.engineeringFteCarriedByScientists)} of data-engineering work; ${formatCount(s.scientistsOverThreshold)} of ${formatCount(a.separation.scientists)} over the ${a.separation.thresholdPercent} % threshold.`,
    },
  ];
  if (s.teamGaps > 0) {
    facts.push({
      term: 'Inside product teams',
      text: `${countOf(s.teamGaps, 'gap', 'gaps')} in ${formatCount(s.teamsWithGaps)} of ${countOf(a.teamCoverage.teams.length, 'team', 'teams')}.`,
    });
  }
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: 'The team today' },
    { kind: 'facts', items: facts },
  ];
  for (const chart of [gapsPerSkillChart(report), loadOnScientistsChart(report, input), coverageByTeamChart(report)]) {
    if (chart !== null) blocks.push({ kind: 'chart', chart });
  }
  return blocks;
}

function recommendation(report: Report, timelines: DocumentTimelines | null): Block[] {
  const plan = report.analysis.plan;
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: 'The recommendation' }];
  if (plan.hires.length === 0) {
    blocks.push({ kind: 'paragraph', text: EMPTY_TEXT.hires });
  } else {
    const byRole = plan.byRole.filter((r) => r.count > 0).map((r) => `${r.count} ${r.roleName}`);
    blocks.push({
      kind: 'paragraph',
      text: `${countOf(plan.hires.length, 'hire', 'hires')} (${byRole.join(', ')}): the fewest that close every closable gap and take the engineering load off the scientists, under the assumptions below.`,
    });
    blocks.push({
      kind: 'table',
      table: {
        // In priority order, so the number is the priority.
        header: [
          '#',
          'Role',
          'Product team',
          'Gaps it closes',
          'Takes over (FTE)',
          ...(timelines ? ['Starts (hiring from today)'] : []),
        ],
        rows: plan.hires.map((h) => [
          h.number,
          h.roleName,
          h.productTeam === null ? 'Any' : teamLabel(h.productTeam),
          gapsClosed(h).join(', ') || '—',
          h.absorbsFte > 0 ? h.absorbsFte : '—',
          ...(timelines ? [hireStart(timelines.plan, h.number)] : []),
        ]),
        numeric: [0, 4],
      },
    });
  }
  // Residual gaps by skill only: a leaver's work would name the leaver.
  const residual = plan.residualGaps.filter((g) => !g.skillId.startsWith('unowned:'));
  if (residual.length > 0) {
    blocks.push({ kind: 'paragraph', text: 'Gaps no hire by role profile can close:' });
    blocks.push({ kind: 'list', items: residual.map((g) => `${g.name} (${g.gap} short): ${g.reason}`) });
  }
  if (plan.assessFirst.length > 0) {
    blocks.push({
      kind: 'paragraph',
      text: `Assess first (nobody was assessed on them, so the plan hires for none): ${plan.assessFirst.map((x) => x.name).join(', ')}.`,
    });
  }
  if (plan.upskilling.length > 0) {
    // Members listed, each once; the plan leaves some out (counted per member and skill), hence "at least".
    const people = new Set(plan.upskilling.map((u) => u.memberId)).size;
    blocks.push({
      kind: 'paragraph',
      text: `Alternative to hiring: ${plan.upskillingNotListed > 0 ? 'at least ' : ''}${countOf(people, 'member is', 'members are')} one level short of a skill with a gap (named in the internal detail).`,
    });
  }
  blocks.push({ kind: 'heading', level: 3, text: 'Assumptions' });
  // When the hires start rests on the day and the lead times: said with the other assumptions.
  blocks.push({ kind: 'list', items: plan.assumptions });
  return blocks;
}

function structure(report: Report): Block[] {
  const a = report.analysis;
  return [
    { kind: 'heading', level: 2, text: 'Team structure' },
    { kind: 'paragraph', text: plain(sizeLine(a)) },
    {
      kind: 'facts',
      items: [
        { term: 'Data science', text: a.structure.dataScience.summary },
        { term: 'Data engineering', text: a.structure.dataEngineering.summary },
      ],
    },
    ...structureSources(a).map((text): Block => ({ kind: 'quote', text })),
  ];
}

const workToAbsorb = (s: Report['analysis']['summary']): number =>
  Math.round((s.engineeringFteCarriedByScientists + s.unownedEngineeringFte) * 100) / 100;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * True when a scenario's name holds a member's name, a word of it or their id ("Move Kwame to
 * data engineering"): the manager names scenarios, and a summary to forward must not name
 * anyone. A name that is also a common word hides the scenario's name too: safer than a leak.
 */
const namesAMember = (scenarioName: string, input: DocumentInput): boolean =>
  input.members.some((m) =>
    [m.name, m.id, ...m.name.split(/\s+/).filter((word) => word.length >= 3)]
      .map((word) => word.trim())
      .filter((word) => word.length > 0)
      .some((word) =>
        new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(word)}($|[^\\p{L}\\p{N}])`, 'iu').test(scenarioName),
      ),
  );

function scenarios(report: Report, input: DocumentInput, timelines: DocumentTimelines | null): Block[] {
  if (report.scenarios.length === 0) return [];
  const defined = new Map((input.scenarios ?? []).map((s) => [s.id, s]));
  return [
    { kind: 'heading', level: 2, text: 'Scenarios compared' },
    {
      kind: 'table',
      table: {
        header: [
          'Scenario',
          'What changes',
          'Hires today',
          'Hires with scenario',
          'Which hires',
          'Skills with gaps',
          'Engineering work to absorb (FTE)',
        ],
        rows: report.scenarios.map((sc, i) => {
          const scenario = defined.get(sc.scenarioId);
          return [
            namesAMember(sc.scenarioName, input)
              ? `Scenario ${i + 1} (its name mentions a team member)`
              : sc.scenarioName,
            scenario
              ? `${scenarioChanges(scenario, input.framework, input.members)}${timelines ? riskNote(timelines, sc.scenarioId) : ''}`
              : '—',
            sc.today.hiresRecommended,
            sc.scenario.hiresRecommended,
            sc.plan.byRole
              .filter((r) => r.count > 0)
              .map((r) => `${r.count} ${r.roleName}`)
              .join(', ') || 'none',
            `${sc.today.skillsWithGaps} → ${sc.scenario.skillsWithGaps}`,
            `${workToAbsorb(sc.today)} → ${workToAbsorb(sc.scenario)}`,
          ];
        }),
        numeric: [2, 3],
      },
    },
  ];
}

/** The summary for leadership, dated; `now` is when it is made. */
export function summaryDocument(report: Report, input: DocumentInput, now: Date): ExportDocument {
  const timelines = documentTimelines(report, input, now);
  return {
    kind: 'summary',
    title: `Hiring plan summary — ${report.analysis.organisation.name}`,
    meta: documentMeta(input, report, now),
    personalData: false,
    blocks: [
      ...teamToday(report, input),
      ...recommendation(report, timelines),
      ...budgetBlocks(report, OPEN_GAPS_IN_SUMMARY),
      ...structure(report),
      ...scenarios(report, input, timelines),
    ],
  };
}
