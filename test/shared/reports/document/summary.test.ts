import { describe, expect, it } from 'vitest';
import { reportFor } from '@shared/reports';
import { documentMeta } from '@shared/reports/document/meta';
import { summaryDocument } from '@shared/reports/document/summary';
import type { BarChart, Block, ExportDocument } from '@shared/reports/document/types';
import { builtinFramework, sampleTeam } from '../../../support/fixtures';
import { nineMembers, nineOrganisation } from '../../../support/nine-person-team';
import { stringsHolding } from './document-strings';

const NOW = new Date('2026-12-06T09:30:00Z');
const framework = builtinFramework();
const team = sampleTeam();
const sample = { framework, organisation: team.organisation, members: team.members, scenarios: team.scenarios };
const sampleReport = reportFor(sample, team.scenarios);
const nine = { framework, organisation: nineOrganisation(), members: nineMembers(framework) };
const nineReport = reportFor(nine);

const chart = (doc: ExportDocument, title: string): BarChart => {
  const found = doc.blocks.find(
    (b): b is Extract<Block, { kind: 'chart' }> => b.kind === 'chart' && b.chart.title === title,
  );
  if (!found) throw new Error(`no chart "${title}"`);
  return found.chart;
};
const fact = (doc: ExportDocument, term: string): string => {
  for (const b of doc.blocks) {
    if (b.kind !== 'facts') continue;
    const item = b.items.find((i) => i.term === term);
    if (item) return item.text;
  }
  throw new Error(`no fact "${term}"`);
};
const tableAfter = (doc: ExportDocument, heading: string) => {
  const at = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
  const table = doc.blocks.slice(at + 1).find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
  if (at < 0 || !table) throw new Error(`no table after "${heading}"`);
  return table.table;
};
const listAfter = (doc: ExportDocument, heading: string): string[] => {
  const at = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
  const list = doc.blocks[at + 1];
  if (at < 0 || list?.kind !== 'list') throw new Error(`no list after "${heading}"`);
  return list.items;
};

describe('document meta', () => {
  it('says when it was made, for whom, as of which assessments and against which framework', () => {
    expect(documentMeta(sample, sampleReport, NOW)).toEqual({
      madeAt: '2026-12-06T09:30:00.000Z',
      organisation: 'Northwind Retail',
      assessedFrom: '2026-01-19',
      assessedTo: '2026-02-11',
      undatedMembers: 0,
      framework: { name: framework.name, version: '1.2.0' },
    });
  });

  it('counts members without an assessed-on date, and has no dates when nobody has one', () => {
    const members = [{ assessedOn: '2025-05-02' }, {}, { assessedOn: '2024-11-30' }, {}];
    expect(documentMeta({ members }, sampleReport, NOW)).toMatchObject({
      assessedFrom: '2024-11-30',
      assessedTo: '2025-05-02',
      undatedMembers: 2,
    });
    expect(documentMeta({ members: [{}] }, sampleReport, NOW)).toMatchObject({
      assessedFrom: null,
      assessedTo: null,
      undatedMembers: 1,
    });
  });

  it('refuses an invalid "now" with a clear error', () => {
    expect(() => documentMeta(sample, sampleReport, new Date('not a date'))).toThrow(/"now" is not a valid date/);
  });
});

describe('summary for leadership: sample team', () => {
  const doc = summaryDocument(sampleReport, sample, NOW);

  it('is dated, not personal data, and opens on the team today', () => {
    expect(doc.kind).toBe('summary');
    expect(doc.personalData).toBe(false);
    expect(doc.title).toBe('Hiring plan summary — Northwind Retail');
    expect(doc.meta.madeAt).toBe('2026-12-06T09:30:00.000Z');
    expect(doc.blocks[0]).toEqual({ kind: 'heading', level: 2, text: 'The team today' });
  });

  it('gives the headcount by role, coverage, single points of failure and the load as totals', () => {
    expect(fact(doc, 'Headcount')).toBe('8 people in 3 product teams: Data scientist 7, Data engineer 1.');
    expect(fact(doc, 'Coverage')).toBe(
      '23 of 31 required skills meet the coverage policy; 8 fall short (1 held by nobody).',
    );
    expect(fact(doc, 'Single points of failure')).toMatch(/^7 skills rest on one person: Data storytelling, /);
    expect(fact(doc, 'Engineering load on scientists')).toBe(
      'Data scientists carry 1.77 FTE of data-engineering work; 4 of 7 over the 20 % threshold.',
    );
  });

  it('charts the gaps per skill against the people needed', () => {
    const gaps = chart(doc, 'Gaps per skill');
    expect(gaps.bars).toHaveLength(8);
    expect(gaps.bars[0]).toEqual({ label: 'Product integration', value: 2, reference: 2 });
    expect(gaps.bars.reduce((sum, b) => sum + b.value, 0)).toBe(sampleReport.analysis.summary.totalGap);
    expect(gaps.alt).toContain('Product integration 2 short of 2');
  });

  it('charts the load on scientists per product team against what the threshold allows', () => {
    const load = chart(doc, 'Engineering load on data scientists');
    // Checkout: Kwame 0.6 + Tomasz 0.3 FTE, both 1 FTE, so the threshold allows 2 × 0.2.
    expect(load.bars[0]).toEqual({ label: 'Checkout', value: 0.9, reference: 0.4 });
    expect(load.bars.map((b) => b.label)).toEqual(['Checkout', 'Supply chain', 'Recommendations']);
    expect(load.referenceLabel).toBe('20 % threshold');
    expect(load.alt).toContain('Checkout 0.9 FTE (threshold 0.4 FTE, 2 over it)');
  });

  it('charts coverage by product team', () => {
    const coverage = chart(doc, 'Coverage by product team');
    expect(coverage.bars).toEqual([
      { label: 'Supply chain', value: 17 },
      { label: 'Recommendations', value: 15 },
      { label: 'Checkout', value: 3 },
    ]);
  });

  it('recommends the hires by role and product team with the gaps and load each closes', () => {
    const hires = tableAfter(doc, 'The recommendation');
    expect(hires.rows.map((r) => [r[1], r[2], r[4]])).toEqual([
      ['Data engineer', 'Checkout', 0.9],
      ['Data engineer', 'Supply chain', 0.6],
      ['Data scientist', 'Any', '—'],
    ]);
    expect(String(hires.rows[2]![3])).toContain('Data storytelling');
  });

  it('states the assumptions where it claims the fewest hires', () => {
    const at = doc.blocks.findIndex((b) => b.kind === 'paragraph' && b.text.includes('the fewest'));
    const assumptions = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Assumptions');
    expect(at).toBeGreaterThan(0);
    expect(assumptions).toBeGreaterThan(at);
    expect(listAfter(doc, 'Assumptions')).toEqual(sampleReport.analysis.plan.assumptions);
    const items = listAfter(doc, 'Assumptions').join(' ');
    expect(items).toMatch(/every target of their role's profile/);
    expect(items).toMatch(/20 %/);
    expect(items).toMatch(/1 FTE/);
    expect(items).toMatch(/unknown, not 0/);
  });

  it('gives the structure advice with the article sentence it rests on', () => {
    expect(fact(doc, 'Data engineering')).toBe(
      'Keep the 1 data engineer in one shared data engineering team, without sub-teams.',
    );
    expect(
      doc.blocks.some((b) => b.kind === 'quote' && b.text.includes('centralized (horizontal) data science team')),
    ).toBe(true);
  });

  it('compares the scenarios without naming the leaver, hiding a scenario name that names someone', () => {
    const scenarios = tableAfter(doc, 'Scenarios compared');
    expect(scenarios.rows.map((r) => r.slice(0, 4))).toEqual([
      ['Hire two data engineers', 'Planned hires: two data engineers', 3, 1],
      ['Scenario 2 (its name mentions a team member)', 'One data scientist moves to data engineer', 3, 3],
      // Leaving today (no date given), replaced after the 3-month lead time: Q4 2026 is without them.
      [
        'Scenario 3 (its name mentions a team member)',
        'One data engineer leaves; at risk Q4 2026',
        3,
        expect.any(Number),
      ],
    ]);
  });

  it('names no member of the sample team, not even by first name', () => {
    for (const m of team.members) {
      for (const word of [m.id, ...m.name.split(' ')]) expect(stringsHolding(doc, word), word).toEqual([]);
    }
  });
});

describe("summary for leadership: issue 11's 9-person mixed team", () => {
  const doc = summaryDocument(nineReport, nine, NOW);

  it('counts every role of the mixed team', () => {
    expect(fact(doc, 'Headcount')).toBe(
      '9 people in 3 product teams: Data scientist 5, Analytics engineer 1, Data analyst / BI developer 1, Data engineer 1, ML engineer 1.',
    );
    expect(fact(doc, 'Engineering load on scientists')).toBe(
      'Data scientists carry 0.8 FTE of data-engineering work; 2 of 5 over the 20 % threshold.',
    );
  });

  it('charts the two scientists carrying pipelines, warehouse and deployment work', () => {
    expect(chart(doc, 'Engineering load on data scientists').bars).toEqual([
      { label: 'Search', value: 0.45, reference: 0.2 },
      { label: 'Payments', value: 0.35, reference: 0.2 },
    ]);
    expect(chart(doc, 'Gaps per skill').bars).toHaveLength(14);
    expect(chart(doc, 'Coverage by product team').bars.map((b) => [b.label, b.value])).toEqual([
      ['Growth', 3],
      ['Search', 2],
      ['Payments', 0],
    ]);
  });

  it('recommends a data engineer for Search taking over 0.8 FTE, and one hire of each single-holder role', () => {
    const hires = tableAfter(doc, 'The recommendation');
    expect(hires.rows.map((r) => [r[1], r[2], r[4]])).toEqual([
      ['Data engineer', 'Search', 0.8],
      ['ML engineer', 'Any', '—'],
      ['Analytics engineer', 'Any', '—'],
      ['Data analyst / BI developer', 'Any', '—'],
    ]);
    expect(doc.blocks.some((b) => b.kind === 'heading' && b.text === 'Scenarios compared')).toBe(false);
  });
});
