import { describe, expect, it } from 'vitest';
import type { BenchmarksFile } from '@shared/domain';
import { shippedBenchmarks } from '@shared/io';
import { benchmarkLines, benchmarksFor, benchmarksMarkdown } from '@shared/reports/benchmarks-report';
import { Report, reportFor, reportToJson, reportToMarkdown } from '@shared/reports';
import { builtinFramework, sampleTeam } from '../../support/fixtures';

const sample = () => {
  const team = sampleTeam();
  return { framework: builtinFramework(), organisation: team.organisation, members: team.members };
};

describe('the benchmarks in the reports', () => {
  it('the JSON report carries the team figures and every published figure with its source', () => {
    const report = Report.parse(JSON.parse(reportToJson(reportFor(sample()))));
    expect(report.benchmarks?.team).toMatchObject({ scientists: 7, engineers: 1, engineersPerScientist: 0.14 });
    expect(report.benchmarks?.published).toEqual(shippedBenchmarks().anchors);
    expect(report.benchmarks?.omitted).toEqual(shippedBenchmarks().omitted);
  });

  it('the Markdown report shows each team figure beside its published figures, with source and year', () => {
    const md = reportToMarkdown(reportFor(sample()));
    const section = md.slice(md.indexOf('## Published benchmarks'));
    expect(section).toMatch(
      /^\| Data engineers per data scientist \| 0\.14 data engineers per data scientist \| 2–5 data engineers per data scientist \(Practitioner's advice\) \| Jesse Anderson, “Data Teams.*Successful Data-Focused Teams”, Apress, 2020/m,
    );
    expect(section).toMatch(/\| 45 % \(Survey of data professionals, data preparation only\) \| .*Anaconda, 2020 \|/);
    expect(section).toMatch(/Enter company headcount in Settings/);
    expect(section).toMatch(/\*\*Left out, Data team as a share of the company's headcount:\*\*/);
    // Neutral wording: external figures, never a verdict on the team.
    expect(section).not.toMatch(/\b(good|bad|healthy|unhealthy|too (many|few))\b/i);
  });

  it('shows the share of the company once a headcount is entered', () => {
    const input = sample();
    const md = reportToMarkdown(
      reportFor({ ...input, organisation: { ...input.organisation, companyHeadcount: 400 } }),
    );
    expect(md).toMatch(
      /\| Data team size against the company's headcount \| 2 % of the company \(8 people of 400\) \|/,
    );
    expect(md).not.toMatch(/Enter company headcount/);
  });

  it('groups thousands and names only the groups left out of the ratio', () => {
    const input = sample();
    const lines = (organisation: typeof input.organisation, members: typeof input.members) =>
      benchmarkLines(benchmarksFor({ ...input, organisation, members }, shippedBenchmarks()));
    const big = lines({ ...input.organisation, companyHeadcount: 12_500 }, input.members);
    expect(big.find((l) => l.figure === 'data-team-share-of-company')!.team).toMatch(/\(8 people of 12,500\)$/);
    // The sample has data scientists and one data engineer only: nobody is in neither count.
    expect(big.find((l) => l.figure === 'engineers-per-scientist')!.counted).toBe(
      'People by role family: 1 data engineer, 7 data scientists.',
    );
    const withAnalyst = lines(input.organisation, [
      ...input.members,
      { ...input.members[0]!, id: 'an-analyst', name: 'An Analyst', role: 'data-analyst' },
    ]);
    expect(withAnalyst.find((l) => l.figure === 'engineers-per-scientist')!.counted).toBe(
      'People by role family: 1 data engineer, 7 data scientists. 1 member in other framework roles (ML, analytics, BI) is in neither count.',
    );
  });

  it('escapes every text taken from the benchmarks file', () => {
    const hostile: BenchmarksFile = {
      kind: 'gapwise-benchmarks',
      schemaVersion: 1,
      anchors: [
        {
          id: 'odd',
          figure: 'scientist-time',
          label: 'Label | with <b>pipe</b>',
          value: 10,
          unit: '% [link](javascript:alert(1))',
          source: { title: '*Title*', publisher: 'Pub <script>', year: 2020 },
          note: '# not a heading | cell',
        },
      ],
      omitted: [],
    };
    const lines = benchmarksMarkdown(benchmarksFor(sample(), hostile));
    const text = lines.join('\n');
    expect(text).not.toContain('<b>');
    expect(text).not.toContain('<script>');
    expect(text).toContain('\\[link\\](javascript&#x3A;alert(1))');
    expect(text).not.toMatch(/^# /m);
    // Every table row keeps its four cells: no pipe from the data splits a cell.
    for (const row of lines.filter((l) => l.startsWith('| ') && !l.startsWith('| ---'))) {
      expect(row.split(/(?<!\\)\|/).length - 2, row).toBe(4);
    }
  });

  it('pairs each of the three team figures with the published figures of its kind', () => {
    const lines = benchmarkLines(benchmarksFor(sample(), shippedBenchmarks()));
    expect(lines.map((l) => [l.figure, l.published.length, l.omitted.length])).toEqual([
      ['engineers-per-scientist', 2, 0],
      ['scientist-time', 1, 0],
      ['data-team-share-of-company', 0, 1],
    ]);
  });
});
