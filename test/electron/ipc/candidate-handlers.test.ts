import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '@main/ipc/dispatcher';
import type { AppStore } from '@main/store';
import { analyzeTeam } from '@shared/analysis';
import { compareCandidates } from '@shared/analysis/candidates';
import { AppData } from '@shared/data';
import type { Candidate } from '@shared/domain';
import { detectLayout } from '@shared/interchange/layout';
import type { RawWorkbook } from '@shared/interchange/types';
import type { CandidateHired, ImportDone } from '@shared/ipc';
import { nineMembers, nineOrganisation } from '../../support/nine-person-team';
import { closeAppOnTempStore, openAppOnTempStore, APP_URL } from '../../support/app-on-temp-store';

/* The candidate channels end to end, and the changes elsewhere that candidates must follow, never block. */

const fromApp = { senderFrame: { url: APP_URL } };
let dir: string;
let store: AppStore;
let dispatch: Dispatch;
let openFrom: string | null;

beforeEach(async () => {
  openFrom = null;
  ({ dir, store, dispatch } = await openAppOnTempStore('gapwise-candidates-', {
    open: () => openFrom,
    save: () => null,
  }));
});
afterEach(() => closeAppOnTempStore({ dir, store }));

const call = async (channel: Parameters<Dispatch>[0], request: unknown) => dispatch(channel, fromApp, [request]);
const onDisk = async () => AppData.parse(JSON.parse(await readFile(store.dataFile, 'utf8')));
const value = <T>(result: { ok: boolean; value?: T; error?: unknown }): T => {
  expect(result, JSON.stringify(result.error)).toMatchObject({ ok: true });
  return result.value as T;
};

const rita = (over: Partial<Candidate> = {}): Candidate => ({
  id: 'rita',
  name: 'Rita Alves',
  role: 'data-engineer',
  productTeam: 'Checkout',
  levels: { 'data-pipelines': 3 },
  interviewedOn: '2027-02-01',
  ...over,
});

describe('candidate:add, candidate:update, candidate:delete', () => {
  it('adds, edits and deletes a candidate, durably', async () => {
    expect((value(await call('candidate:add', { candidate: rita() })) as AppData).candidates).toEqual([rita()]);
    const edited = rita({ notes: 'Second interview went well', levels: {} });
    value(await call('candidate:update', { candidate: edited }));
    expect((await onDisk()).candidates).toEqual([edited]);
    expect((value(await call('candidate:delete', { candidateId: 'rita' })) as AppData).candidates).toEqual([]);
    expect((await onDisk()).candidates).toEqual([]);
  });

  it('refuses a second candidate with the same id, and an update or delete of nobody', async () => {
    value(await call('candidate:add', { candidate: rita() }));
    expect(await call('candidate:add', { candidate: rita({ name: 'Other Rita' }) })).toMatchObject({
      ok: false,
      error: { code: 'conflict', path: 'candidate.id' },
    });
    expect(await call('candidate:update', { candidate: rita({ id: 'nobody' }) })).toMatchObject({
      ok: false,
      error: { code: 'not-found', path: 'candidate.id' },
    });
    expect(await call('candidate:delete', { candidateId: 'nobody' })).toMatchObject({
      ok: false,
      error: { code: 'not-found', path: 'candidateId' },
    });
    expect((await onDisk()).candidates).toEqual([rita()]);
  });

  it('refuses unknown roles, skills and product teams, naming the candidate and the field', async () => {
    const cases: [Partial<Candidate>, string, RegExp][] = [
      [{ role: 'astronaut' }, 'candidate.role', /Rita Alves.*unknown role "astronaut"/],
      [{ productTeam: 'Nowhere' }, 'candidate.productTeam', /Rita Alves.*"Nowhere" is not one of the organisation's/],
      [{ levels: { telepathy: 1 } }, 'candidate.levels.telepathy', /unknown skill id "telepathy"/],
      [{ levels: { 'data-pipelines': 7 } }, 'candidate.levels.data-pipelines', /above the scale's top level/],
    ];
    for (const [over, path, message] of cases) {
      const result = await call('candidate:add', { candidate: rita(over) });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', path } });
      expect((result as { error: { message: string } }).error.message).toMatch(message);
    }
    expect((await onDisk()).candidates).toEqual([]);
  });
});

describe('changes elsewhere that candidates follow instead of blocking', () => {
  it('organisation:save removing the team a candidate was seen for clears it', async () => {
    const data = store.data();
    const organisation = { ...data.organisation, productTeams: [...data.organisation.productTeams, 'Data platform'] };
    value(await call('organisation:save', { organisation }));
    value(await call('candidate:add', { candidate: rita({ productTeam: 'Data platform' }) }));
    const after = value(await call('organisation:save', { organisation: data.organisation })) as AppData;
    expect(after.candidates[0]!.productTeam).toBeUndefined();
    expect(after.candidates[0]!.notes).toMatch(/"Data platform" is no longer in the organisation/);
  });

  it("organisation:renameProductTeam renames the candidate's team too", async () => {
    value(await call('candidate:add', { candidate: rita() }));
    const after = value(await call('organisation:renameProductTeam', { from: 'Checkout', to: 'Payments' })) as AppData;
    expect(after.candidates[0]!.productTeam).toBe('Payments');
    expect(after.candidates[0]!.notes).toBeUndefined();
  });

  it("member:delete of the last member of an unlisted team clears a candidate's team", async () => {
    const [first] = store.data().members;
    value(await call('member:save', { member: { ...first!, productTeam: 'Skunkworks' } }));
    value(await call('candidate:add', { candidate: rita({ productTeam: 'Skunkworks' }) }));
    const after = value(await call('member:delete', { memberId: first!.id })) as AppData;
    expect(after.candidates[0]!.productTeam).toBeUndefined();
  });

  it('team:import replacing the team clears a team only the old members had, and keeps the candidate', async () => {
    const [first] = store.data().members;
    value(await call('member:save', { member: { ...first!, productTeam: 'Skunkworks' } }));
    value(await call('candidate:add', { candidate: rita({ productTeam: 'Skunkworks' }) }));
    openFrom = join(dir, 'team.csv');
    await writeFile(openFrom, 'Name,Role,Product team,Data pipelines\r\nAda Quinn,Data engineer,Checkout,3\r\n');
    const { token, workbook } = value(await call('matrix:read', {})) as { token: string; workbook: RawWorkbook };
    const layout = detectLayout(workbook.sheets[0]!, store.data().framework);
    const done = value(await call('team:import', { token, layout, mode: 'replace' })) as ImportDone;
    expect(done.data.members.map((m) => m.name)).toEqual(['Ada Quinn']);
    expect(done.data.candidates.map((c) => [c.id, c.productTeam])).toEqual([['rita', undefined]]);
  });

  it('data:importAll merging a data file adds its candidates beside these, by name, a taken id renamed', async () => {
    value(await call('candidate:add', { candidate: rita() }));
    const incoming: AppData = {
      ...store.data(),
      candidates: [
        rita({ id: 'rita-alves', name: 'rita  alves', levels: {} }),
        rita({ name: 'Rita Costa', levels: { sql: 4 } }),
        rita({ id: 'sam', name: 'Sam Ito' }),
      ],
    };
    openFrom = join(dir, 'all.json');
    await writeFile(openFrom, JSON.stringify(incoming));
    const merged = value(await call('data:importAll', { mode: 'merge' })) as ImportDone;
    expect(merged.data.candidates.map((c) => [c.id, c.name])).toEqual([
      ['rita', 'Rita Alves'],
      ['rita-costa', 'Rita Costa'],
      ['sam', 'Sam Ito'],
    ]);
    // Rita Alves was here already (names match as people's do): she is kept as she is.
    expect(merged.data.candidates[0]).toEqual(rita());
    expect(merged.data.candidates[1]!.levels).toEqual({ sql: 4 });
    // The same file again adds nobody.
    const again = value(await call('data:importAll', { mode: 'merge' })) as ImportDone;
    expect(again.data.candidates.map((c) => c.id)).toEqual(['rita', 'rita-costa', 'sam']);
    expect((await onDisk()).candidates).toEqual(again.data.candidates);
  });

  it('framework:save removing a skill drops its level from candidates, with a note', async () => {
    const { framework } = store.data();
    const dbt = {
      id: 'dbt',
      name: 'dbt models',
      area: 'data-engineering',
      kind: 'skill',
      description: 'Models in dbt',
    } as const;
    value(await call('framework:save', { framework: { ...framework, skills: [...framework.skills, dbt] } }));
    value(await call('candidate:add', { candidate: rita({ levels: { 'data-pipelines': 3, dbt: 2 } }) }));
    const after = value(await call('framework:save', { framework })) as AppData;
    expect(after.candidates[0]!.levels).toEqual({ 'data-pipelines': 3 });
    expect(after.candidates[0]!.notes).toBe(
      'Level 2 for skill "dbt models" dropped: the skill is no longer in the framework.',
    );
    expect((await onDisk()).candidates).toEqual(after.candidates);
  });
});

describe('candidate:hire', () => {
  it('makes the candidate a member with their levels, role, team and an allocation, in one save, and the plan updates', async () => {
    const before = store.data();
    const plan = analyzeTeam(before).plan;
    const hire = plan.hires[0]!;
    const levels = Object.fromEntries(hire.mustHave.map((m) => [m.skillId, m.level]));
    const candidate = rita({ role: hire.roleId, levels, productTeam: 'Checkout' });
    value(await call('candidate:add', { candidate }));
    const { data, memberId } = value(
      await call('candidate:hire', { candidateId: 'rita', takeOverWork: true }),
    ) as CandidateHired;
    expect(memberId).toBe('rita');
    expect(data.candidates).toEqual([]);
    const member = data.members.find((m) => m.id === 'rita')!;
    expect(member).toMatchObject({ name: 'Rita Alves', role: hire.roleId, productTeam: 'Checkout', fte: 1, levels });
    expect(Object.values(member.allocation).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(analyzeTeam(data).summary.hiresRecommended).toBeLessThan(plan.hires.length);
    const disk = await onDisk();
    expect([disk.candidates, disk.members.length]).toEqual([[], before.members.length + 1]);
  });

  it("gives the member another id when a member has the candidate's", async () => {
    const [first] = store.data().members;
    value(await call('candidate:add', { candidate: rita({ id: first!.id }) }));
    const { memberId } = value(
      await call('candidate:hire', { candidateId: first!.id, takeOverWork: false }),
    ) as CandidateHired;
    expect(memberId).toBe(`${first!.id}-2`);
  });

  it('refuses to hire nobody, and changes nothing', async () => {
    const before = await readFile(store.dataFile, 'utf8');
    expect(await call('candidate:hire', { candidateId: 'nobody', takeOverWork: true })).toMatchObject({
      ok: false,
      error: { code: 'not-found', path: 'candidateId' },
    });
    expect(await readFile(store.dataFile, 'utf8')).toBe(before);
  });
});

describe("the 9-person team's flow", () => {
  it('compares two candidates for the data-engineer hire, hires the stronger, and the plan no longer asks for that hire', async () => {
    const framework = store.data().framework;
    await store.update((data) => ({
      ...data,
      sample: false,
      organisation: nineOrganisation(),
      members: nineMembers(framework),
      scenarios: [],
    }));
    const today = analyzeTeam(store.data());
    const hire = today.plan.hires.find((h) => h.roleId === 'data-engineer')!;
    const full = Object.fromEntries(hire.mustHave.map((m) => [m.skillId, m.level]));
    const strong = rita({ id: 'strong', name: 'Strong Sam', productTeam: 'Payments', levels: full });
    const half = rita({
      id: 'half',
      name: 'Half Hal',
      productTeam: 'Payments',
      levels: Object.fromEntries(Object.entries(full).slice(0, 1)),
    });
    value(await call('candidate:add', { candidate: strong }));
    const data = value(await call('candidate:add', { candidate: half })) as AppData;

    const [group] = compareCandidates({ ...data, analysis: analyzeTeam(data) });
    expect(group!.hire!.roleId).toBe('data-engineer');
    expect(group!.best.mustHaves).toEqual(['strong']);
    expect(group!.best.load).toEqual(['strong']);
    // Still today's plan: candidates count in no analysis until hired.
    expect(analyzeTeam(data)).toEqual(today);

    const { data: after } = value(
      await call('candidate:hire', { candidateId: 'strong', takeOverWork: true }),
    ) as CandidateHired;
    expect(after.members.find((m) => m.id === 'strong')).toMatchObject({
      role: 'data-engineer',
      productTeam: 'Payments',
    });
    expect(after.candidates.map((c) => c.id)).toEqual(['half']);
    const plan = analyzeTeam(after).plan;
    expect(plan.hires.filter((h) => h.roleId === 'data-engineer')).toHaveLength(0);
    expect(plan.hires.length).toBe(group!.candidates.find((c) => c.candidateId === 'strong')!.hiresAfter);
  });
});
