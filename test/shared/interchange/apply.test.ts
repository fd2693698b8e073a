import { describe, expect, it } from 'vitest';
import { AppData, initialData } from '@shared/data';
import type { Member } from '@shared/domain';
import { applyImport, importedFields } from '@shared/interchange/apply';
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

  it('drops any time allocation the members carry', () => {
    const after = applyImport(data(), [imported('Zoe', { allocation: { 'data-pipelines': 50 } })], 'replace');
    expect(after.members[0]!.allocation).toEqual({});
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
    const after = applyImport(before, preview.members, 'merge', importedFields(layout));
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
  });
});
