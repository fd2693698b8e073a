import { describe, expect, it } from 'vitest';
import { reportFor } from '@shared/reports';
import { detailDocument } from '@shared/reports/document/detail';
import { summaryDocument } from '@shared/reports/document/summary';
import { documentToMarkdown } from '@shared/reports/document/to-markdown';
import type { Block, ExportDocument } from '@shared/reports/document/types';
import type { PlanningSettings, Scenario } from '@shared/domain';
import { builtinFramework } from '../../../support/fixtures';
import { nineMembers, nineOrganisation } from '../../../support/nine-person-team';

/*
 * The documents carry the plan's timeline, dated from when they are made: the summary for
 * leadership as when each hire starts and each scenario's risk window (naming nobody, within
 * its two pages), the internal detail in full, quarter by quarter.
 */

const framework = builtinFramework();
const members = nineMembers(framework);
const organisation = nineOrganisation();
const JULY = new Date('2026-07-06T09:30:00Z');

const femiLeaves: Scenario = {
  id: 'femi-leaves',
  name: 'The data engineer leaves',
  plannedHires: [],
  roleMoves: [],
  departures: ['femi'],
  dates: { femi: '2026-08-15' },
};

function inputOf(scenarios: Scenario[], planning?: PlanningSettings) {
  const team = { framework, organisation, members };
  return { report: reportFor(team, scenarios), input: { ...team, scenarios, ...(planning ? { planning } : {}) } };
}

function summary(scenarios: Scenario[], now = JULY, planning?: PlanningSettings): ExportDocument {
  const { report, input } = inputOf(scenarios, planning);
  return summaryDocument(report, input, now);
}

const tableAfter = (doc: ExportDocument, heading: string) => {
  const at = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
  const table = doc.blocks.slice(at + 1).find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
  if (at < 0 || !table) throw new Error(`no table after "${heading}"`);
  return table.table;
};

describe('summary for leadership: when the hires start and the risk windows', () => {
  it('says when each hire starts, after its lead time from the day the summary is made', () => {
    const hires = tableAfter(summary([]), 'The recommendation');
    expect(hires.header.at(-1)).toBe('Starts (hiring from today)');
    const engineer = hires.rows.find((r) => r[1] === 'Data engineer')!;
    expect(engineer.at(-1)).toBe('Q4 2026');
    const later = tableAfter(summary([], new Date('2026-11-20T00:00:00Z')), 'The recommendation');
    expect(later.rows.find((r) => r[1] === 'Data engineer')!.at(-1)).toBe('Q1 2027');
    const slow = tableAfter(summary([], JULY, { leadTimeMonths: { 'data-engineer': 9 } }), 'The recommendation');
    expect(slow.rows.find((r) => r[1] === 'Data engineer')!.at(-1)).toBe('Q2 2027');
  });

  it("a scenario's Q3 departure of the data engineer with a 3-month lead time shows its uncovered quarter", () => {
    const scenarios = tableAfter(summary([femiLeaves]), 'Scenarios compared');
    expect(scenarios.rows[0]![1]).toBe('One data engineer leaves; at risk Q3 2026');
    const slow = tableAfter(
      summary([femiLeaves], JULY, { leadTimeMonths: { 'data-engineer': 6 } }),
      'Scenarios compared',
    );
    expect(slow.rows[0]![1]).toBe('One data engineer leaves; at risk Q3 2026 to Q4 2026 (2 quarters)');
  });

  it('says whose role each window is when two people leave, by role only', () => {
    const two = { ...femiLeaves, departures: ['femi', 'gus'], dates: { femi: '2026-08-15', gus: '2026-11-20' } };
    const scenarios = tableAfter(summary([two], JULY, { leadTimeMonths: { 'ml-engineer': 9 } }), 'Scenarios compared');
    const cell = scenarios.rows[0]![1] as string;
    expect(cell).toBe(
      'One data engineer leaves; one ML engineer leaves; at risk Q3 2026 (data engineer); Q4 2026 to Q1 2027 (ML engineer, 2 quarters)',
    );
    for (const m of members) expect(cell).not.toContain(m.name);
  });

  it('adds nothing to a scenario that is never at risk, and names nobody', () => {
    const early = { ...femiLeaves, dates: { femi: '2027-06-30' } };
    const scenarios = tableAfter(summary([early]), 'Scenarios compared');
    expect(scenarios.rows[0]![1]).toBe('One data engineer leaves');
    const text = documentToMarkdown(summary([femiLeaves]));
    for (const m of members) expect(text).not.toContain(m.name);
  });

  it('is the same for the same day, and has no start dates without the organisation', () => {
    expect(documentToMarkdown(summary([femiLeaves]))).toBe(documentToMarkdown(summary([femiLeaves])));
    const { report } = inputOf([]);
    const doc = summaryDocument(report, { framework, members }, JULY);
    expect(tableAfter(doc, 'The recommendation').header).not.toContain('Starts (hiring from today)');
  });
});

describe('internal detail: the timeline quarter by quarter', () => {
  const { report, input } = inputOf([femiLeaves], { leadTimeMonths: { 'data-engineer': 3 } });
  const doc = detailDocument(report, input, JULY);

  it("projects today's plan and the scenario from the day it is made, with what the dates rest on", () => {
    const at = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Timeline');
    expect(at).toBeGreaterThan(0);
    expect(doc.blocks[at + 1]).toEqual({
      kind: 'paragraph',
      text: expect.stringMatching(/^Dated from 2026-07-06, .*Data engineer 3 months.* 6 months per level\.$/),
    });
    const today = tableAfter(doc, "Today's plan");
    expect(today.rows.map((r) => r[0])).toEqual(['Q3 2026', 'Q4 2026', 'Q1 2027', 'Q2 2027']);
    const scenario = tableAfter(doc, 'Scenario: The data engineer leaves');
    expect(scenario.rows.map((r) => [r[0], r[5]])).toEqual([
      ['Q3 2026', 'yes'],
      ['Q4 2026', 'no'],
      ['Q1 2027', 'no'],
      ['Q2 2027', 'no'],
    ]);
    expect(String(scenario.rows[0]![6])).toContain('Femi Adeyemi leaves');
  });

  it('names the leaver in the risk window (the detail is the manager’s own)', () => {
    const text = documentToMarkdown(doc);
    expect(text).toContain('Femi Adeyemi leaves in Q3 2026; the replacement starts 2026-10-06 (Q4 2026)');
  });
});
