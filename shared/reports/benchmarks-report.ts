import { z } from 'zod';
import { TeamBenchmarkFigures, teamBenchmarkFigures, type BenchmarkInput } from '../analysis/benchmarks';
import {
  BENCHMARK_FIGURES,
  BenchmarkAnchor,
  OmittedAnchor,
  type BenchmarkFigure,
  type BenchmarksFile,
  type BenchmarkSource,
} from '../domain/benchmarks';
import { markdownCell, markdownText } from '../encode/markdown';

/** The benchmarks part of the report: the team's figures and the published ones, with their sources. */
export const BenchmarksReport = z.object({
  team: TeamBenchmarkFigures,
  published: z
    .array(BenchmarkAnchor)
    .describe('Published figures, each with its source and year: external, not targets.'),
  omitted: z.array(OmittedAnchor).describe('Published figures looked for and left out, each with the reason.'),
});
export type BenchmarksReport = z.infer<typeof BenchmarksReport>;

/** The benchmarks part of a report: the team's figures and the published figures of `file`. */
export function benchmarksFor(input: BenchmarkInput, file: BenchmarksFile): BenchmarksReport {
  return { team: teamBenchmarkFigures(input), published: file.anchors, omitted: file.omitted };
}

export const BENCHMARKS_TITLE = 'Published benchmarks';
export const BENCHMARKS_INTRO =
  "The team's own figures beside figures published outside Gapwise, each with its source and year. They are external reference points, not targets or judgements.";
export const HEADCOUNT_MISSING = "Enter company headcount in Settings to set the team's size against the company's.";

/** One published figure as people read it. */
export interface PublishedLine {
  id: string;
  label: string;
  value: string;
  source: string;
  url?: string;
  note: string;
}

/** One of the team's figures with the published figures beside it. */
export interface BenchmarkLine {
  figure: BenchmarkFigure;
  title: string;
  /** The team's figure in words; says why when there is none. */
  team: string;
  /** How the team's figure was counted. */
  counted: string;
  published: PublishedLine[];
  omitted: { id: string; label: string; reason: string }[];
}

const TITLES: Record<BenchmarkFigure, string> = {
  'engineers-per-scientist': 'Data engineers per data scientist',
  'scientist-time': "Scientists' time on data preparation and engineering work",
  'data-team-share-of-company': "Data team size against the company's headcount",
};

const people = (n: number, one: string, many: string): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** Who is in neither count, naming only the groups that have anyone in them. */
function neitherCount(t: TeamBenchmarkFigures): string {
  const groups = [
    t.otherFrameworkRoles > 0
      ? `${people(t.otherFrameworkRoles, 'member', 'members')} in other framework roles (ML, analytics, BI)`
      : null,
    t.noFrameworkRole > 0 ? `${people(t.noFrameworkRole, 'member', 'members')} with no framework role` : null,
  ].filter((g): g is string => g !== null);
  if (groups.length === 0) return '';
  const one = t.otherFrameworkRoles + t.noFrameworkRole === 1;
  return ` ${groups.join(' and ')} ${one ? 'is' : 'are'} in neither count.`;
}

export function sourceText(source: BenchmarkSource): string {
  return [source.author, `“${source.title}”`, source.publisher, String(source.year)].filter(Boolean).join(', ');
}

function valueText(anchor: BenchmarkAnchor): string {
  const value = anchor.range ? `${anchor.range.min}–${anchor.range.max}` : String(anchor.value);
  return `${value} ${anchor.unit}`;
}

function teamText(figure: BenchmarkFigure, t: TeamBenchmarkFigures): { team: string; counted: string } {
  switch (figure) {
    case 'engineers-per-scientist':
      return {
        team:
          t.engineersPerScientist === null
            ? `No data scientist on the team, so no ratio (${people(t.engineers, 'data engineer', 'data engineers')})`
            : `${t.engineersPerScientist} data ${t.engineersPerScientist === 1 ? 'engineer' : 'engineers'} per data scientist`,
        counted: `People by role family: ${people(t.engineers, 'data engineer', 'data engineers')}, ${people(t.scientists, 'data scientist', 'data scientists')}.${neitherCount(t)}`,
      };
    case 'scientist-time':
      if (t.scientists === 0) return { team: 'No data scientist on the team', counted: '' };
      if (t.scientistPreparationPercent === null && t.scientistEngineeringPercent === null) {
        return { team: "No data scientist's time allocation is entered yet", counted: '' };
      }
      return {
        team: [
          t.scientistPreparationPercent === null ? null : `${t.scientistPreparationPercent} % on data preparation`,
          `${t.scientistEngineeringPercent} % on data-engineering work`,
        ]
          .filter(Boolean)
          .join(', '),
        counted: `Time allocations of ${t.scientistsWithAllocation} of ${people(t.scientists, 'data scientist', 'data scientists')}, weighted by FTE; scientists without an allocation are left out, not counted as zero.`,
      };
    case 'data-team-share-of-company':
      return t.companyHeadcount === null
        ? {
            team: `${people(t.dataTeamPeople, 'person', 'people')} (${t.dataTeamFte} FTE). ${HEADCOUNT_MISSING}`,
            counted: '',
          }
        : {
            team: `${t.dataTeamPercentOfCompany} % of the company (${people(t.dataTeamPeople, 'person', 'people')} of ${t.companyHeadcount.toLocaleString('en')})`,
            counted: 'Members of the data team as people, against the company headcount entered in Settings.',
          };
  }
}

/** The team's figures, each with the published figures beside it: what the panel and the reports show. */
export function benchmarkLines(report: BenchmarksReport): BenchmarkLine[] {
  return BENCHMARK_FIGURES.map((figure) => ({
    figure,
    title: TITLES[figure],
    ...teamText(figure, report.team),
    published: report.published
      .filter((a) => a.figure === figure)
      .map((a) => ({
        id: a.id,
        label: a.label,
        value: valueText(a),
        source: sourceText(a.source),
        ...(a.source.url ? { url: a.source.url } : {}),
        note: a.note,
      })),
    omitted: report.omitted.filter((o) => o.figure === figure).map(({ id, label, reason }) => ({ id, label, reason })),
  }));
}

/** The benchmarks section of the Markdown report; every text from the data file is escaped. */
export function benchmarksMarkdown(report: BenchmarksReport | undefined): string[] {
  if (report === undefined) return [];
  const out = [`## ${BENCHMARKS_TITLE}`, '', markdownText(BENCHMARKS_INTRO), ''];
  out.push('| Figure | This team | Published figure | Source |', '| --- | --- | --- | --- |');
  const notes: string[] = [];
  for (const line of benchmarkLines(report)) {
    const cells = (published: string, source: string) =>
      `| ${[line.title, line.team, published, source].map(markdownCell).join(' | ')} |`;
    if (line.published.length === 0) out.push(cells('No published figure shown', '—'));
    for (const p of line.published) {
      out.push(cells(`${p.value} (${p.label})`, p.url ? `${p.source} (${p.url})` : p.source));
      notes.push(`- **${markdownText(p.label)}:** ${markdownText(p.note)}`);
    }
    if (line.counted) notes.push(`- **${markdownText(line.title)}, this team:** ${markdownText(line.counted)}`);
    for (const o of line.omitted) notes.push(`- **Left out, ${markdownText(o.label)}:** ${markdownText(o.reason)}`);
  }
  out.push('', ...notes, '');
  return out;
}
