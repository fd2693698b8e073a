import { describe, expect, it } from 'vitest';
import { reportFor } from '@shared/reports';
import { allBriefsDocument, briefDocuments } from '@shared/reports/document/brief';
import { detailDocument } from '@shared/reports/document/detail';
import type { Block, ExportDocument } from '@shared/reports/document/types';
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

const headings = (doc: ExportDocument): string[] => doc.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
const after = <K extends Block['kind']>(doc: ExportDocument, heading: string, kind: K): Extract<Block, { kind: K }> => {
  const at = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
  const found = doc.blocks.slice(at + 1).find((b): b is Extract<Block, { kind: K }> => b.kind === kind);
  if (at < 0 || !found) throw new Error(`no ${kind} after "${heading}"`);
  return found;
};
const fact = (doc: ExportDocument, term: string): string =>
  doc.blocks.flatMap((b) => (b.kind === 'facts' ? b.items : [])).find((i) => i.term === term)?.text ?? '';

describe('internal detail for the manager', () => {
  const doc = detailDocument(sampleReport, sample, NOW);

  it('says first that it contains personal data', () => {
    expect(doc.personalData).toBe(true);
    expect(doc.blocks[0]).toMatchObject({ kind: 'notice' });
    expect(doc.blocks[0]!.kind === 'notice' && doc.blocks[0]!.text).toMatch(/^This document contains personal data: /);
  });

  it("holds today's plan with names: hires, carriers, upskilling, fits, coverage, product teams, scenarios", () => {
    expect(headings(doc)).toEqual(
      expect.arrayContaining([
        'Recommended hires',
        'Assumptions',
        'Data scientists carrying data-engineering work',
        'Upskilling alternatives',
        'Member fit',
        'Skill coverage',
        'Product teams',
        'Scenarios',
      ]),
    );
    expect(after(doc, 'Data scientists carrying data-engineering work', 'table').table.rows[0]).toEqual([
      'Kwame Mensah',
      'Checkout',
      '60 %',
      0.6,
      'yes',
    ]);
    expect(after(doc, 'Member fit', 'table').table.rows).toHaveLength(8);
    expect(after(doc, 'Recommended hires', 'table').table.rows).toHaveLength(3);
    for (const m of team.members) expect(stringsHolding(doc, m.name), m.name).not.toEqual([]);
  });

  it("keeps the report's Markdown emphasis out of its plain text", () => {
    expect(stringsHolding(doc, '**')).toEqual([]);
    expect(doc.blocks.some((b) => b.kind === 'list' && b.items.some((i) => i.startsWith('3 hires recommended')))).toBe(
      true,
    );
  });
});

describe('job brief per hire', () => {
  const briefs = briefDocuments(nineReport, nine, NOW);
  const engineer = briefs[0]!;

  it('makes one brief per hire, dated, not personal data', () => {
    expect(briefs.map((b) => b.title)).toEqual([
      'Job brief: Data engineer for Search (hire 1)',
      'Job brief: ML engineer (hire 2)',
      'Job brief: Analytics engineer (hire 3)',
      'Job brief: Data analyst / BI developer (hire 4)',
    ]);
    for (const b of briefs) {
      expect(b.kind).toBe('brief');
      expect(b.personalData).toBe(false);
      expect(b.meta.madeAt).toBe('2026-12-06T09:30:00.000Z');
    }
  });

  it('gives the title, seniority and product team', () => {
    expect(fact(engineer, 'Role')).toBe('Data engineer');
    expect(fact(engineer, 'Product team')).toBe('Search');
    expect(fact(engineer, 'Seniority')).toBe(
      `${nineReport.analysis.plan.hires[0]!.seniority.label}: ${nineReport.analysis.plan.hires[0]!.seniority.basis}`,
    );
    expect(engineer.blocks[0]).toEqual({ kind: 'heading', level: 2, text: 'Mid-level data engineer' });
    expect(fact(briefs[1]!, 'Product team')).toMatch(/^Any/);
  });

  it('says why the role exists: the engineering work it takes over and the gaps it closes', () => {
    const why = engineer.blocks
      .filter((b) => b.kind === 'paragraph')
      .map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(why).toContain('Takes over 0.8 FTE of data-engineering work now done by data scientists:');
    // The two scientists' pipelines (15 % + 20 %), deployment (10 % + 15 %) and warehouse (10 % + 10 %).
    expect(after(engineer, 'Why the role exists', 'list').items).toEqual([
      'Data pipelines (ETL): 0.35 FTE',
      'ML build / deployment pipelines: 0.25 FTE',
      'Data warehouse solutions: 0.2 FTE',
    ]);
    const gaps = why.find((t) => t.startsWith("Closes the team's gaps in "));
    expect(gaps).toContain('Data security');
    // Deployment is work it takes over, not a gap it closes.
    expect(gaps).not.toContain('ML build / deployment pipelines');
    // A coverage-only hire takes over nothing.
    expect(briefs[1]!.blocks.some((b) => b.kind === 'paragraph' && b.text.startsWith('Takes over'))).toBe(false);
  });

  it("lists must-have skills at level with the scale's description of the level", () => {
    const table = after(engineer, 'Must-have skills', 'table').table;
    const security = table.rows.find((r) => r[0] === 'Data security');
    const practitioner = framework.scale.levels[3]!;
    expect(security).toEqual(['Data security', `${practitioner.name} (3)`, 'Closes a coverage gap.']);
    // The scale's description of each level asked for, once per level.
    expect(after(engineer, 'Must-have skills', 'facts').items).toEqual([
      { term: `${practitioner.name} (3)`, text: practitioner.description },
      { term: `${framework.scale.levels[2]!.name} (2)`, text: framework.scale.levels[2]!.description },
    ]);
    const nice = after(engineer, 'Nice to have', 'list').items;
    const must = new Set(table.rows.map((r) => r[0]));
    expect(nice.length).toBeGreaterThan(0);
    for (const item of nice) expect(must.has(item.replace(/ at .*$/, ''))).toBe(false);
  });

  it("quotes the article's responsibilities for the role and derives the interview focus from the must-haves", () => {
    const pipelines = framework.skills.find((s) => s.id === 'data-pipelines')!;
    expect(engineer.blocks).toContainEqual({ kind: 'quote', text: pipelines.source!.quote });
    // Not another family's work the role merely knows about: data preparation is a scientist's.
    const preparation = framework.skills.find((s) => s.id === 'data-preparation')!;
    expect(engineer.blocks).not.toContainEqual({ kind: 'quote', text: preparation.source!.quote });
    const focus = after(engineer, 'Interview focus areas', 'list').items;
    expect(focus.at(-1)).toMatch(
      /^Taking over running work: how they would take over and improve data pipelines \(ETL\), /,
    );
    const must = after(engineer, 'Must-have skills', 'table').table.rows;
    for (const [name, level] of must) {
      const levelName = String(level).replace(/ \(\d+\)$/, '');
      const line = focus.find((f) => f.includes(String(name)));
      expect(line, String(name)).toMatch(new RegExp(` at ${levelName}: ask for recent work of their own`));
    }
    // A role not from the article says where it is described instead.
    expect(
      briefs[1]!.blocks.some(
        (b) => b.kind === 'paragraph' && b.text.startsWith('This role is not in the source article'),
      ),
    ).toBe(true);
  });

  it('shows no score and names no current member', () => {
    for (const m of nine.members) {
      for (const word of [m.id, ...m.name.split(' ')]) expect(stringsHolding(briefs, word), word).toEqual([]);
    }
    expect(stringsHolding(briefs, 'fit')).toEqual([]);
  });

  it('joins every brief in one document, each on a new page', () => {
    const all = allBriefsDocument(nineReport, nine, NOW);
    expect(all.blocks.filter((b) => b.kind === 'pageBreak')).toHaveLength(briefs.length - 1);
    expect(all.blocks.filter((b) => b.kind === 'heading' && b.level === 2)).toHaveLength(briefs.length);
    const sampleAll = allBriefsDocument(sampleReport, sample, NOW);
    expect(sampleAll.blocks.filter((b) => b.kind === 'pageBreak')).toHaveLength(2);
  });
});
