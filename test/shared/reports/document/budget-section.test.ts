import { describe, expect, it } from 'vitest';
import type { PlanningSettings } from '@shared/domain';
import { reportFor } from '@shared/reports';
import { detailDocument } from '@shared/reports/document/detail';
import { summaryDocument } from '@shared/reports/document/summary';
import { documentToMarkdown } from '@shared/reports/document/to-markdown';
import type { Block, ExportDocument } from '@shared/reports/document/types';
import { OPEN_GAPS_IN_SUMMARY } from '@shared/reports/document/budget-section';
import { builtinFramework, sampleTeam } from '../../../support/fixtures';
import { nineMembers, nineOrganisation } from '../../../support/nine-person-team';

/* The documents a manager forwards carry the plan within their limit, when one is set. */

const framework = builtinFramework();
const NOW = new Date('2026-07-06T09:30:00Z');

function documents(
  planning?: PlanningSettings,
  team = { members: nineMembers(framework), organisation: nineOrganisation() },
) {
  const input = { framework, ...team, scenarios: [], ...(planning ? { planning } : {}) };
  const report = reportFor(input, []);
  return { summary: summaryDocument(report, input, NOW), detail: detailDocument(report, input, NOW) };
}

const headingIndex = (doc: ExportDocument, text: RegExp) =>
  doc.blocks.findIndex((b) => b.kind === 'heading' && text.test(b.text));

const tableAfter = (doc: ExportDocument, at: number) =>
  doc.blocks.slice(at + 1).find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table')!.table;

describe('the plan within a limit in the summary and the detail', () => {
  it('is absent without a limit', () => {
    const { summary, detail } = documents();
    expect(headingIndex(summary, /^Within your limit/)).toBe(-1);
    expect(headingIndex(detail, /^Within your limit/)).toBe(-1);
  });

  it('answers "one requisition: which?" after the recommendation: the data engineer, and what stays open', () => {
    const { summary, detail } = documents({ hireLimit: { kind: 'hires', hires: 1 } });
    for (const doc of [summary, detail]) {
      const at = headingIndex(doc, /^Within your limit of 1 hire$/);
      expect(at).toBeGreaterThan(headingIndex(doc, /^(The recommendation|Recommended hires)$/));
      const hires = tableAfter(doc, at);
      expect(hires.header.slice(0, 3)).toEqual(['Role', 'Product team', 'Hires']);
      expect(hires.rows.map((r) => [r[0], r[2]])).toEqual([['Data engineer', 1]]);
      const lines = doc.blocks[at + 1] as Extract<Block, { kind: 'list' }>;
      expect(lines.items[0]).toBe('Limit: 1 hire.');
    }
    expect(documentToMarkdown(summary)).toMatch(/## Within your limit of 1 hire\n/);
  });

  it('names nobody in the summary, and lists at most a few open gaps there, every one in the detail', () => {
    const sample = sampleTeam();
    const { summary, detail } = documents(
      { hireLimit: { kind: 'hires', hires: 0 } },
      {
        members: sample.members,
        // Coverage asked inside product teams too: more gaps than the summary lists.
        organisation: { ...sample.organisation, coverage: { ...sample.organisation.coverage, scope: 'both' } },
      },
    );
    const openIn = (doc: ExportDocument) => {
      const at = doc.blocks.findIndex((b) => b.kind === 'paragraph' && b.text === 'Left open within the limit:');
      return (doc.blocks[at + 1] as Extract<Block, { kind: 'table' }>).table.rows.length;
    };
    expect(openIn(detail)).toBeGreaterThan(OPEN_GAPS_IN_SUMMARY);
    expect(openIn(summary)).toBe(OPEN_GAPS_IN_SUMMARY);
    expect(documentToMarkdown(summary)).toContain(`more left open (every one in the internal detail)`);
    const text = documentToMarkdown(documents({ hireLimit: { kind: 'hires', hires: 1 } }).summary);
    for (const m of nineMembers(framework)) expect(text).not.toContain(m.name);
  });
});
