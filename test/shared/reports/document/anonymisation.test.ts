import { describe, expect, it } from 'vitest';
import type { Member, Scenario } from '@shared/domain';
import { compareStrings } from '@shared/analysis/text';
import { reportFor } from '@shared/reports';
import { allBriefsDocument, briefDocuments } from '@shared/reports/document/brief';
import { detailDocument } from '@shared/reports/document/detail';
import { summaryDocument } from '@shared/reports/document/summary';
import { documentToHtml } from '@shared/reports/document/to-html';
import { documentToMarkdown } from '@shared/reports/document/to-markdown';
import { builtinFramework } from '../../../support/fixtures';
import { nineMembers, nineOrganisation } from '../../../support/nine-person-team';
import { stringsHolding } from './document-strings';

/*
 * The summary and the job briefs go to people outside the team: no member's name, id or note
 * may appear in them. The team below is the 9-person team with names that collide with skill
 * words ("Python", "Data Security", "SQL"), with a product team ("Growth") and with each other,
 * and a note on everyone. Names that are also skill or team words cannot be searched for, so
 * those documents are also built from the same team renamed to neutral names (in the same
 * order, so no tie-break changes): they must not differ at all.
 */

const NOW = new Date('2026-12-06T09:30:00Z');
const framework = builtinFramework();

const RENAMES: Record<string, { id: string; name: string }> = {
  ana: { id: 'python', name: 'Python' },
  chloe: { id: 'data-security', name: 'Data Security' },
  dev: { id: 'spark-chen', name: 'Spark Chen' },
  ben: { id: 'sql', name: 'SQL' },
  eve: { id: 'growth', name: 'Growth' },
  femi: { id: 'femi-adeyemi', name: 'Femi Adeyemi' },
};

const colliding = (): Member[] =>
  nineMembers(framework).map((m) => ({
    ...m,
    ...(RENAMES[m.id] ?? {}),
    notes: `Private note on ${m.id}: asked for a raise in October, wobbly on stakeholder talks.`,
    assessedOn: '2026-03-01',
  }));

const scenariosFor = (members: readonly Member[]): Scenario[] => {
  const [, security, , , , engineer] = members;
  return [
    { id: 'lose', name: 'Lose the pipeline owner', plannedHires: [], roleMoves: [], departures: [engineer!.id] },
    {
      id: 'move',
      name: `${security!.name} moves to engineering`,
      plannedHires: [],
      roleMoves: [{ memberId: security!.id, toRole: 'data-engineer' }],
      departures: [],
    },
  ];
};

/** The same members with neutral names and ids in the same order, and no notes. */
function neutral(members: readonly Member[]): Member[] {
  const rank = (values: string[]) => new Map([...values].sort(compareStrings).map((v, i) => [v, i]));
  const names = rank(members.map((m) => m.name));
  const ids = rank(members.map((m) => m.id));
  return members.map(({ notes: _notes, ...m }) => ({
    ...m,
    id: `member-${String(ids.get(m.id)).padStart(2, '0')}`,
    name: `Member ${String(names.get(m.name)).padStart(2, '0')}`,
  }));
}

function documents(members: Member[]) {
  const scenarios = scenariosFor(members);
  const input = { framework, organisation: nineOrganisation(), members, scenarios };
  const report = reportFor(input, scenarios);
  return {
    summary: summaryDocument(report, input, NOW),
    briefs: briefDocuments(report, input, NOW),
    allBriefs: allBriefsDocument(report, input, NOW),
    detail: detailDocument(report, input, NOW),
  };
}

describe('anonymisation of the summary and the job briefs', () => {
  const members = colliding();
  const docs = documents(members);
  const forwarded = [docs.summary, docs.allBriefs, ...docs.briefs];
  const plain = documents(neutral(members));
  const neutralForwarded = [plain.summary, plain.allBriefs, ...plain.briefs];

  it('has something to hide: hires with briefs, carriers, and scenarios that move and lose people', () => {
    expect(docs.briefs.length).toBeGreaterThan(1);
    expect(
      docs.summary.blocks.some((b) => b.kind === 'chart' && b.chart.title === 'Engineering load on data scientists'),
    ).toBe(true);
    expect(stringsHolding(docs.summary, 'One data engineer leaves')).toHaveLength(1);
  });

  it('holds no name, id or note that is not also a skill or team word', () => {
    const searchable = members.filter((m) => !['Python', 'Data Security', 'SQL', 'Growth'].includes(m.name));
    expect(searchable.length).toBeGreaterThan(4);
    for (const m of searchable) {
      for (const word of [m.name, m.id]) expect(stringsHolding(forwarded, word), word).toEqual([]);
      // A word of a name may be a skill word too ("Spark"): then it is there as often with neutral names.
      for (const word of m.name.split(' ')) {
        expect(stringsHolding(forwarded, word), word).toEqual(stringsHolding(neutralForwarded, word));
      }
    }
    for (const m of members) expect(stringsHolding(forwarded, m.notes!), m.name).toEqual([]);
    expect(stringsHolding(forwarded, 'Private note')).toEqual([]);
    // The colliding ids that are no skill word either.
    for (const id of ['data-security', 'spark-chen']) expect(stringsHolding(forwarded, id), id).toEqual([]);
  });

  it('is the same document whatever the members are called: nothing of a name, id or note leaks', () => {
    expect(docs.summary).toEqual(plain.summary);
    expect(docs.briefs).toEqual(plain.briefs);
    expect(docs.allBriefs).toEqual(plain.allBriefs);
    // The check can fail: the detail names people, so it differs.
    expect(docs.detail).not.toEqual(plain.detail);
  });

  it('stays anonymous once written out as Markdown and HTML', () => {
    const written = forwarded.flatMap((doc) => [documentToMarkdown(doc), documentToHtml(doc)]).join('\n');
    const neutralWritten = neutralForwarded.flatMap((doc) => [documentToMarkdown(doc), documentToHtml(doc)]).join('\n');
    expect(written).toBe(neutralWritten);
    for (const text of [
      'Spark Chen',
      'spark-chen',
      'Femi Adeyemi',
      'Adeyemi',
      'Moreau',
      'Suzuki',
      'Novak',
      'Private note',
      'raise in October',
    ]) {
      expect(written.toLowerCase()).not.toContain(text.toLowerCase());
    }
  });

  it('hides a scenario whose name names a member', () => {
    expect(stringsHolding(docs.summary, 'moves to engineering')).toEqual([]);
    expect(stringsHolding(docs.summary, 'Scenario 2 (its name mentions a team member)')).toHaveLength(1);
  });

  it('names them in the internal detail, which says it holds personal data', () => {
    expect(docs.detail.personalData).toBe(true);
    for (const m of members) expect(stringsHolding(docs.detail, m.name), m.name).not.toEqual([]);
  });
});
