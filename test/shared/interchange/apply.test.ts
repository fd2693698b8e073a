import { describe, expect, it } from 'vitest';
import { AppData, initialData } from '@shared/data';
import type { Member } from '@shared/domain';
import { applyImport, importedFields, importOutcome } from '@shared/interchange/apply';
import { detectLayout } from '@shared/interchange/layout';
import { buildPreview } from '@shared/interchange/preview';
import { builtinFramework, sampleTeam } from '../../support/fixtures';

const fw = builtinFramework();
const data = (): AppData => initialData(sampleTeam(), fw);

const imported = (name: string, extra: Partial<Member> = {}): Member => ({
  id: name.toLowerCase().replace(/\W+/g, '-'),
  name,
  role: 'data-engineer',
  productTeam: 'Platform',
  fte: 0.5,
  levels: { 'data-pipelines': 4 },
  allocation: {},
  ...extra,
});

describe('applyImport: replace', () => {
  it('makes the team exactly the imported people and cleans scenarios of those gone', () => {
    const before = data();
    const copy = structuredClone(before);
    const after = applyImport(
      before,
      [imported('kwame mensah', { id: 'kwame-mensah-2' }), imported('Zoe Park', { title: 'Engineer' })],
      'replace',
    );
    expect(before).toEqual(copy);
    expect(after.sample).toBe(false);
    expect(after.members).toEqual([
      // Still on the team: keeps the id the scenarios use, takes only what the file says.
      {
        id: 'kwame-mensah',
        name: 'kwame mensah',
        role: 'data-engineer',
        productTeam: 'Platform',
        fte: 0.5,
        levels: { 'data-pipelines': 4 },
        allocation: {},
      },
      {
        id: 'zoe-park',
        name: 'Zoe Park',
        title: 'Engineer',
        role: 'data-engineer',
        productTeam: 'Platform',
        fte: 0.5,
        levels: { 'data-pipelines': 4 },
        allocation: {},
      },
    ]);
    expect(after.scenarios.map((s) => [s.id, s.plannedHires.length, s.roleMoves, s.departures])).toEqual([
      ['hire-two-data-engineers', 2, [], []],
      ['move-pipeline-builder', 0, [{ memberId: 'kwame-mensah', toRole: 'data-engineer' }], []],
      ['lone-engineer-leaves', 0, [], []],
    ]);
    expect(after.organisation.productTeams).toEqual(['Checkout', 'Recommendations', 'Supply chain', 'Platform']);
    expect(AppData.safeParse(after).success).toBe(true);
  });

  it('keeps the time allocation, notes and assessment date the file gives', () => {
    const zoe = imported('Zoe', {
      allocation: { 'data-pipelines': 50 },
      notes: 'on call\nmentor',
      assessedOn: '2026-10-01',
    });
    const after = applyImport(data(), [zoe], 'replace');
    expect(after.members).toEqual([zoe]);
  });

  it('never gives a new person the id of someone gone or of a planned hire', () => {
    const after = applyImport(
      data(),
      [imported('Priya R', { id: 'priya-raman' }), imported('DE hire 1', { id: 'de-hire-1' })],
      'replace',
    );
    expect(after.members.map((m) => m.id)).toEqual(['priya-r', 'de-hire-1-2']);
    expect(after.scenarios[2]!.departures).toEqual([]);
    expect(AppData.safeParse(after).success).toBe(true);
  });

  it('with no one imported leaves an empty team and scenarios without moves or departures', () => {
    const after = applyImport(data(), [], 'replace');
    expect(after.members).toEqual([]);
    expect(after.scenarios.flatMap((s) => [...s.roleMoves, ...s.departures])).toEqual([]);
  });
});

describe('applyImport: merge', () => {
  it('updates people matched by name, keeps their id, time and notes, and adds the others', () => {
    const before = data();
    const copy = structuredClone(before);
    const mei = before.members.find((m) => m.id === 'mei-chen')!;
    const after = applyImport(
      before,
      [
        imported('  MEI CHEN ', { title: 'Staff data scientist', levels: { 'data-pipelines': 4, 'data-security': 2 } }),
        imported('diego alvarez', { role: 'data-scientist', fte: 1, productTeam: '' }),
        imported('Zoe Park'),
      ],
      'merge',
    );
    expect(before).toEqual(copy);
    expect(after.sample).toBe(false);
    expect(after.members.map((m) => m.id)).toEqual([...before.members.map((m) => m.id), 'zoe-park']);
    expect(after.members.find((m) => m.id === 'mei-chen')).toEqual({
      ...mei,
      name: '  MEI CHEN ',
      title: 'Staff data scientist',
      role: 'data-engineer',
      productTeam: 'Platform',
      fte: 0.5,
      levels: { ...mei.levels, 'data-pipelines': 4, 'data-security': 2 },
    });
    // An empty product team or title in the file does not clear the stored one.
    const diego = after.members.find((m) => m.id === 'diego-alvarez')!;
    expect([diego.name, diego.title, diego.productTeam, diego.notes !== undefined]).toEqual([
      'diego alvarez',
      'Data scientist',
      'Supply chain',
      true,
    ]);
    expect(after.members.find((m) => m.id === 'ana-lima')).toEqual(before.members[0]);
    expect(after.scenarios).toEqual(before.scenarios);
    expect(AppData.safeParse(after).success).toBe(true);
  });

  it('keeps role, FTE, title and team that the file has no column for', () => {
    const before = data();
    const sheet = {
      name: 'T',
      rows: [
        ['Name', 'Spark'],
        ['Mei Chen', 'Expert'],
        ['Zoe Park', 1],
      ],
    };
    const layout = detectLayout(sheet, fw);
    const preview = buildPreview(sheet, layout, fw, {
      existing: before.members,
      defaultRole: 'data-engineer',
      fileName: 't.csv',
    });
    expect(importedFields(layout)).toEqual([]);
    const after = applyImport(before, preview.members, 'merge', { fields: importedFields(layout) });
    const mei = before.members.find((m) => m.id === 'mei-chen')!;
    expect(after.members.find((m) => m.id === 'mei-chen')).toEqual({
      ...mei,
      levels: { ...mei.levels, 'big-data-technologies': 4 },
    });
    expect(after.members.at(-1)).toEqual({
      id: 'zoe-park',
      name: 'Zoe Park',
      role: 'data-engineer',
      productTeam: '',
      fte: 1,
      levels: { 'big-data-technologies': 1 },
      allocation: {},
    });
    // Without the fields, the file's defaults (FTE 1, default role) would overwrite Mei's.
    const blunt = applyImport(before, preview.members, 'merge').members.find((m) => m.id === 'mei-chen')!;
    expect([blunt.fte, blunt.role]).toEqual([1, 'data-engineer']);
  });

  it('lists the fields a layout has columns for', () => {
    const sheet = { name: 'T', rows: [['Name', 'FTE', 'Role', 'Spark', 'Job title']] };
    expect(importedFields(detectLayout(sheet, fw))).toEqual(['title', 'role', 'fte']);
    const more = { name: 'T', rows: [['Name', 'Notes', 'Assessed on', 'Data pipelines (ETL) %', 'Squad', 'Spark']] };
    expect(importedFields(detectLayout(more, fw))).toEqual(['productTeam', 'notes', 'assessedOn', 'allocation']);
  });

  it('reads the role from the job title when there is no role column', () => {
    const sheet = { name: 'T', rows: [['Name', 'Job title', 'Spark']] };
    expect(importedFields(detectLayout(sheet, fw))).toEqual(['title', 'role']);
  });

  it('takes notes, assessment date and a whole time split from the file; empty cells keep what is stored', () => {
    const before = data();
    const mei = before.members.find((m) => m.id === 'mei-chen')!;
    const diego = before.members.find((m) => m.id === 'diego-alvarez')!;
    expect(Object.keys(diego.allocation).length).toBeGreaterThan(1);
    const after = applyImport(
      before,
      [
        imported('Mei Chen', { role: mei.role, notes: 'Leads the\nwarehouse move', assessedOn: '2026-11-30' }),
        imported('Diego Alvarez', { role: diego.role, allocation: { 'ml-deployment-pipelines': 30 } }),
      ],
      'merge',
    );
    const mei2 = after.members.find((m) => m.id === 'mei-chen')!;
    expect([mei2.notes, mei2.assessedOn, mei2.allocation]).toEqual([
      'Leads the\nwarehouse move',
      '2026-11-30',
      mei.allocation,
    ]);
    const diego2 = after.members.find((m) => m.id === 'diego-alvarez')!;
    // Replaced whole: mixing the two splits could pass 100 %.
    expect([diego2.allocation, diego2.notes, diego2.assessedOn]).toEqual([
      { 'ml-deployment-pipelines': 30 },
      diego.notes,
      diego.assessedOn,
    ]);
    expect(AppData.safeParse(after).success).toBe(true);
  });
});

describe('importOutcome', () => {
  it('says what became of each row: the member as stored, and whether they were already here', () => {
    const before = data();
    const mei = before.members.find((m) => m.id === 'mei-chen')!;
    const outcome = importOutcome(
      before,
      [imported('Mei Chen', { role: 'data-scientist' }), imported('Zoe Park', { role: 'data-scientist' })],
      'merge',
      { fields: ['role'], roleFromDefault: [true, true] },
    );
    // Mei's role would only be the default: she keeps hers. Zoe is new and takes it.
    expect(outcome.stored.map((m) => [m.id, m.role])).toEqual([
      ['mei-chen', mei.role],
      ['zoe-park', 'data-scientist'],
    ]);
    expect(outcome.matched).toEqual([true, false]);
    expect(outcome.data.members.find((m) => m.id === 'mei-chen')).toBe(outcome.stored[0]);
  });

  it('keeps a matched role read from the file, and the stored role in a replace when the file gives none', () => {
    const before = data();
    const mei = before.members.find((m) => m.id === 'mei-chen')!;
    const file = [imported('Mei Chen', { role: 'data-scientist' })];
    expect(importOutcome(before, file, 'merge', { roleFromDefault: [false] }).stored[0]!.role).toBe('data-scientist');
    expect(importOutcome(before, file, 'replace', { roleFromDefault: [true] }).stored[0]!.role).toBe(mei.role);
  });
});
