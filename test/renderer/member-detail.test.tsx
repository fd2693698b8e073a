// chart.js draws on <canvas>; happy-dom has none, so a mock records the drawing calls.
import { orderedSkills } from '@shared/domain/skill-order';
import 'vitest-canvas-mock';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import sampleTeamJson from '../../resources/sample-team.json';
import { initialData, type AppData } from '@shared/data';
import type { Member, TeamFile } from '@shared/domain';
import { builtinFramework } from '@shared/io';
import {
  comparisonRoles,
  engineeringLoad,
  fitRows,
  fitSummary,
  memberDetail,
  memberRadar,
  ownRoleGaps,
  upskillSuggestions,
} from '@renderer/screens/member/member-detail';
import { TeamScreen } from '@renderer/screens/team/TeamScreen';
import { selectAnalysis } from '@renderer/state/analysis';
import { createWorkspaceStore } from '@renderer/state/workspace';
import { mainInMemory } from './main-in-memory';
import { byText, render, type Rendered, inWorkspace } from './render';

const KWAME = 'kwame-mensah';
const sample = (): AppData => initialData(sampleTeamJson as unknown as TeamFile, builtinFramework());
const withMember = (data: AppData, member: Member): AppData => ({
  ...data,
  members: data.members.map((m) => (m.id === member.id ? member : m)),
});
const memberOf = (data: AppData, id: string) => data.members.find((m) => m.id === id)!;

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

async function mountAndOpen(memberId: string) {
  const main = await mainInMemory();
  const store = createWorkspaceStore(main.api);
  await store.getState().load();
  view = await render(inWorkspace(store, <TeamScreen confirm={() => true} />));
  const container = view.container;
  const row = container.querySelector<HTMLButtonElement>(`button[data-member-id="${memberId}"]`);
  if (!row) throw new Error(`no row for ${memberId}`);
  await act(async () => row.click());
  await act(async () => byText(container, '[role="tab"]', 'Details').click());
  return { store, main, container };
}

const detailOf = (container: HTMLElement) => container.querySelector<HTMLElement>('section.member-detail')!;
const fitValues = (container: HTMLElement) =>
  Object.fromEntries(
    Array.from(detailOf(container).querySelectorAll<HTMLElement>('.fit-list__item')).map((li) => [
      li.dataset.roleId,
      li.querySelector('[data-testid="fit-value"]')?.textContent,
    ]),
  );

describe('member detail on the Team screen', () => {
  it("shows Kwame's mismatch: best fit Data engineer, employed as Data scientist", async () => {
    const { container, store } = await mountAndOpen(KWAME);
    const fits = selectAnalysis(store.getState().data!).members.find((m) => m.memberId === KWAME)!.fits;
    const fitTo = (roleId: string) => fits.find((f) => f.roleId === roleId)!.fit!;
    const [ds, de] = [fitTo('data-scientist'), fitTo('data-engineer')];
    // The engineer fit beats his own by more than the mismatch margin.
    expect(de - ds).toBeGreaterThan(10);
    const detail = detailOf(container);
    expect(detail).not.toBeNull();
    expect(detail.querySelector('[data-testid="fit-summary"]')?.textContent).toBe(
      `Best fit is Data engineer (${de} %), employed as Data scientist (${ds} %).`,
    );
    // Every role of the framework, each with the analysis's own figure.
    expect(fitValues(container)).toEqual(
      Object.fromEntries(fits.map((f) => [f.roleId, f.fit === null ? 'not assessed' : `${f.fit} %`])),
    );
    expect(Object.keys(fitValues(container))).toHaveLength(5);
    const best = detail.querySelector('.fit-list__item--best') as HTMLElement;
    expect(best.dataset.roleId).toBe('data-engineer');
    const meters = Array.from(detail.querySelectorAll('meter')).map((m) => m.getAttribute('value'));
    expect(meters).toEqual(fits.map((f) => String(f.fit)));
    // The editor is still there behind the Edit tab, and comes back with it.
    const editor = container.querySelector<HTMLElement>('section.editor')!;
    expect(editor.closest('[hidden]')).not.toBeNull();
    await act(async () => byText(container, '[role="tab"]', 'Edit').click());
    expect(container.querySelector('section.member-detail')).toBeNull();
    expect(container.querySelector('section.editor')?.closest('[hidden]')).toBeNull();
  });

  it("the radar's table view has his average level and both roles' average targets per area, and the chart is labelled", async () => {
    const { container } = await mountAndOpen(KWAME);
    const detail = detailOf(container);
    const canvas = detail.querySelector('canvas[role="img"]');
    expect(canvas?.getAttribute('aria-label')).toMatch(/^Radar of Kwame Mensah's levels on \d+ skills/);
    await act(async () => byText(detail, 'button', 'Show table').click());

    // Expected straight from the sample file and the built-in framework: the skills either
    // role targets are too many axes to read, so the radar averages them per area and kind.
    const data = sample();
    const kwame = memberOf(data, KWAME);
    const [ds, de] = ['data-scientist', 'data-engineer'].map((id) => data.framework.roles.find((r) => r.id === id)!);
    const targeted = data.framework.skills.filter(
      (s) => !s.retired && ((ds!.targets[s.id]?.level ?? 0) > 0 || (de!.targets[s.id]?.level ?? 0) > 0),
    );
    expect(targeted.length).toBeGreaterThan(10);
    const average = (values: number[]) =>
      String(Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10);
    const groups = [
      ['data-science', 'responsibility', 'Data science responsibilities'],
      ['data-science', 'skill', 'Data science skills'],
      ['data-engineering', 'responsibility', 'Data engineering responsibilities'],
      ['data-engineering', 'skill', 'Data engineering skills'],
      ['machine-learning', 'skill', 'Machine learning engineering skills'],
      ['shared', 'skill', 'Shared skills'],
    ] as const;
    const expected = groups.map(([area, kind, label]) => {
      const inGroup = targeted.filter((s) => s.area === area && s.kind === kind);
      return [
        label,
        average(inGroup.map((s) => kwame.levels[s.id] ?? 0)),
        average(inGroup.map((s) => de!.targets[s.id]?.level ?? 0)),
        average(inGroup.map((s) => ds!.targets[s.id]?.level ?? 0)),
      ];
    });

    const table = detail.querySelector('.chart-card table')!;
    const header = Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent);
    expect(header).toEqual([
      'Area',
      "Kwame Mensah's average level",
      'Data engineer target (best fit), average',
      'Data scientist target, average',
    ]);
    const rows = Array.from(table.querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.children).map((cell) => cell.textContent),
    );
    expect(rows).toEqual(expected);
  });

  it('shows the engineering share: 60 % over the 20 % threshold, with its responsibilities', async () => {
    const { container } = await mountAndOpen(KWAME);
    const detail = detailOf(container);
    expect(detail.querySelector('[data-testid="engineering-percent"]')?.textContent).toBe('60 % of their time');
    expect(detail.querySelector('[data-testid="engineering-threshold"]')?.textContent).toBe('Over the 20 % threshold');
    expect(detail.textContent).toContain('0.6 FTE');
    const responsibilities = Array.from(
      detail.querySelectorAll('[aria-label="Engineering responsibilities"] li'),
      (li) => li.textContent,
    );
    expect(responsibilities).toEqual([
      'Data pipelines (ETL)30 %',
      'ML build / deployment pipelines20 %',
      'Data modelling10 %',
    ]);
  });

  it('shows gaps to his own role and upskilling suggestions', async () => {
    const { container } = await mountAndOpen(KWAME);
    const detail = detailOf(container);
    const gapsTable = byText(detail, 'h3', 'Gaps to the Data scientist role').parentElement!.querySelector('table')!;
    const firstGap = Array.from(gapsTable.querySelectorAll('tbody tr')[0]!.children, (c) => c.textContent);
    expect(firstGap).toEqual(['Model selection and hyper-parameter tuning', '1', '3']);
    const suggested = Array.from(
      detail.querySelectorAll<HTMLElement>('.upskill-list__item'),
      (li) => li.dataset.skillId,
    );
    expect(suggested).toContain('cloud-ml-services');
    expect(suggested).not.toContain('model-selection-tuning'); // two levels short
  });

  it('after a level change saved through the workspace, the fit shown changes', async () => {
    const { store, container } = await mountAndOpen(KWAME);
    const before = selectAnalysis(store.getState().data!).members.find((m) => m.memberId === KWAME)!;
    expect(fitValues(container)['data-scientist']).toBe(
      `${before.fits.find((f) => f.roleId === 'data-scientist')!.fit} %`,
    );
    const kwame = memberOf(store.getState().data!, KWAME);
    const levels = { ...kwame.levels };
    for (const skillId of Object.keys(store.getState().data!.framework.roles[0]!.targets)) levels[skillId] = 4;
    let saved = false;
    await act(async () => {
      saved = (await store.getState().request('member:save', { member: { ...kwame, levels } })) !== undefined;
    });
    expect(saved).toBe(true);
    const result = selectAnalysis(store.getState().data!).members.find((m) => m.memberId === KWAME)!;
    // Every scientist target met: the fit rises, held back only by the engineering strengths
    // the scientist role does not use; the scientist role is now his best fit.
    const fit = result.fits.find((f) => f.roleId === 'data-scientist')!.fit!;
    expect(fit).toBeGreaterThan(70);
    expect(fitValues(container)['data-scientist']).toBe(`${fit} %`);
    expect(detailOf(container).querySelector('[data-testid="fit-summary"]')?.textContent).toBe(
      `Best fit is Data scientist (${fit} %): the role they are employed as.`,
    );
  });
});

describe('member-detail derivations', () => {
  it('memberDetail is null for a member that is not on the team', () => {
    const data = sample();
    expect(memberDetail(data, selectAnalysis(data), 'nobody', '2026-12-05')).toBeNull();
  });

  it('fitSummary explains a mismatch and a match', () => {
    const rows = [
      { roleId: 'a', roleName: 'Data scientist', fit: 68.2, own: true, best: false },
      { roleId: 'b', roleName: 'Data engineer', fit: 85.6, own: false, best: true },
    ];
    expect(fitSummary(rows)).toBe('Best fit is Data engineer (85.6 %), employed as Data scientist (68.2 %).');
    expect(
      fitSummary([
        { ...rows[0]!, best: true },
        { ...rows[1]!, best: false },
      ]),
    ).toBe('Best fit is Data scientist (68.2 %): the role they are employed as.');
  });

  it('comparisonRoles: best fit first, then the own role, or the next-best when they match', () => {
    const data = sample();
    const analysis = selectAnalysis(data);
    const kwame = analysis.members.find((m) => m.memberId === KWAME)!;
    expect(comparisonRoles(data, kwame).map((r) => r.id)).toEqual(['data-engineer', 'data-scientist']);
    const matched = analysis.members.find((m) => !m.mismatch)!;
    const roles = comparisonRoles(data, matched).map((r) => r.id);
    expect(roles[0]).toBe(matched.roleId);
    expect(roles).toHaveLength(2);
    expect(new Set(roles).size).toBe(2);
    expect(
      fitRows(data, kwame)
        .filter((f) => f.best)
        .map((f) => f.roleId),
    ).toEqual(['data-engineer']);
  });

  it('memberRadar lists only skills either role targets, drawn at zero for a missing level, "not assessed" in its table', () => {
    const data = sample();
    const kwame = { ...memberOf(data, KWAME), levels: {} };
    const de = data.framework.roles.find((r) => r.id === 'data-engineer')!;
    const radar = memberRadar(data, kwame, [de]);
    expect(radar.skillIds).toEqual(
      orderedSkills(data.framework)
        .filter((s) => (de.targets[s.id]?.level ?? 0) > 0)
        .map((s) => s.id),
    );
    expect(radar.series[0]!.values.every((v) => v === 0)).toBe(true);
    expect(radar.series).toHaveLength(2);
    expect(radar.summary).toContain(`${radar.skillIds.length} skills are below the Data engineer target`);
    expect(radar.table.rows[0]).toEqual([radar.labels[0], 'not assessed', de.targets[radar.skillIds[0]!]!.level]);
  });

  it('memberRadar keeps an axis per skill for a few skills, and one per area and kind above ten', () => {
    const data = sample();
    const kwame = memberOf(data, KWAME);
    const de = data.framework.roles.find((r) => r.id === 'data-engineer')!;
    const few = ['data-modelling', 'data-pipelines', 'data-security', 'business-domain'];
    const small = { ...de, targets: Object.fromEntries(few.map((id) => [id, de.targets[id]!])) };
    const bySkill = memberRadar(data, kwame, [small]);
    // In the one skill order.
    const shown = orderedSkills(data.framework).filter((s) => few.includes(s.id));
    expect(bySkill.labels).toEqual(shown.map((s) => s.name));
    expect(bySkill.series[0]!.values).toEqual(shown.map((s) => kwame.levels[s.id] ?? 0));
    expect(bySkill.table.header[0]).toBe('Skill');

    // The whole data engineer role: 19 skills in five of the framework's areas and kinds.
    const byArea = memberRadar(data, kwame, [de]);
    expect(byArea.labels).toEqual([
      'Data science responsibilities',
      'Data engineering responsibilities',
      'Data engineering skills',
      'Machine learning engineering skills',
      'Shared skills',
    ]);
    const skills = data.framework.skills.filter((s) => s.area === 'data-engineering' && s.kind === 'skill');
    const mean = (values: number[]) => Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
    expect(byArea.series[0]!.values[2]).toBe(mean(skills.map((s) => kwame.levels[s.id] ?? 0)));
    expect(byArea.series[1]!.values[2]).toBe(mean(skills.map((s) => de.targets[s.id]?.level ?? 0)));
    expect(byArea.summary).toMatch(/^Radar of Kwame Mensah's levels on 19 skills, as the average in each of 5 areas,/);
  });

  it('ownRoleGaps: skills below the own target, the largest shortfall first', () => {
    const data = sample();
    const ds = data.framework.roles.find((r) => r.id === 'data-scientist')!;
    const [first, second] = Object.entries(ds.targets).filter(([, t]) => t.level >= 2);
    const levels = Object.fromEntries(Object.entries(ds.targets).map(([id, t]) => [id, t.level]));
    levels[first![0]] = first![1].level - 1;
    levels[second![0]] = 0;
    const member = { ...memberOf(data, KWAME), levels };
    const gaps = ownRoleGaps(data, member);
    expect(gaps.map((g) => [g.skillId, g.level, g.target])).toEqual([
      [second![0], 0, second![1].level],
      [first![0], first![1].level - 1, first![1].level],
    ]);
  });

  it('ownRoleGaps: a targeted skill not assessed is listed as not assessed, after the known shortfalls', () => {
    const data = sample();
    const ds = data.framework.roles.find((r) => r.id === 'data-scientist')!;
    const targeted = Object.entries(ds.targets).filter(([, t]) => t.level >= 1);
    const levels = Object.fromEntries(targeted.map(([id, t]) => [id, t.level]));
    const [unknown, short] = targeted;
    delete levels[unknown![0]];
    levels[short![0]] = short![1].level - 1;
    const gaps = ownRoleGaps(data, { ...memberOf(data, KWAME), levels });
    expect(gaps.map((g) => [g.skillId, g.level])).toEqual([
      [short![0], short![1].level - 1],
      [unknown![0], null],
    ]);
  });

  it('engineeringLoad: over the threshold only for scientists over it', () => {
    const data = sample();
    const kwame = memberOf(data, KWAME);
    const load = (d: AppData, m: Member) =>
      engineeringLoad(
        d,
        selectAnalysis(d),
        m,
        selectAnalysis(d).members.find((r) => r.memberId === m.id)!,
      );
    expect(load(data, kwame)).toMatchObject({
      percent: 60,
      fte: 0.6,
      threshold: 20,
      scientist: true,
      overThreshold: true,
    });

    const raised = { ...data, organisation: { ...data.organisation, engineeringLoadThreshold: 60 } };
    expect(load(raised, kwame)).toMatchObject({ percent: 60, overThreshold: false });

    const asEngineer = { ...kwame, role: 'data-engineer' };
    const moved = withMember(data, asEngineer);
    expect(load(moved, asEngineer)).toMatchObject({ percent: 60, scientist: false, overThreshold: false });
  });

  it('upskillSuggestions: team gaps one level short (plan or not) and own-role targets one level short', () => {
    const data = sample();
    const analysis = selectAnalysis(data);
    const kwame = memberOf(data, KWAME);
    const suggestions = upskillSuggestions(data, analysis, kwame);
    const ids = suggestions.map((s) => s.skillId);
    for (const u of analysis.plan.upskilling.filter((u) => u.memberId === KWAME)) {
      expect(suggestions.find((s) => s.skillId === u.skillId)).toMatchObject({ inPlan: true, level: u.currentLevel });
    }
    for (const c of analysis.coverage.filter((c) => c.gap > 0)) {
      expect(ids.includes(c.skillId)).toBe((kwame.levels[c.skillId] ?? 0) === c.requiredLevel - 1);
    }
    for (const s of suggestions) expect(s.target - s.level).toBe(1);
    const cloud = suggestions.find((s) => s.skillId === 'cloud-ml-services')!;
    expect(cloud.reasons).toHaveLength(2);

    // Two levels short of everything: nothing to suggest.
    const novice = { ...kwame, levels: {} };
    const noviceData = withMember(data, novice);
    const nothing = upskillSuggestions(noviceData, selectAnalysis(noviceData), novice).filter((s) => s.target > 1);
    expect(nothing).toEqual([]);
  });
});

describe('member detail: assessment date, staleness and notes', () => {
  const today = '2026-12-05';
  const detailFor = async (member: Member, organisation: Partial<AppData['organisation']> = {}) => {
    const base = sample();
    const data = { ...withMember(base, member), organisation: { ...base.organisation, ...organisation } };
    const { MemberDetail } = await import('@renderer/screens/member/MemberDetail');
    view = await render(
      <MemberDetail data={data} analysis={selectAnalysis(data)} memberId={member.id} today={today} />,
    );
    return detailOf(view.container);
  };

  it('shows the date, and a stale flag once older than six months (the default)', async () => {
    const kwame = memberOf(sample(), KWAME);
    const current = await detailFor({ ...kwame, assessedOn: '2026-06-05' });
    expect(current.querySelector('[data-testid="assessed-on"]')?.textContent).toBe('Assessed on 2026-06-05');
    expect(current.querySelector('[data-testid="stale"]')).toBeNull();
    view?.unmount();
    const stale = await detailFor({ ...kwame, assessedOn: '2026-06-04' });
    expect(stale.querySelector('[data-testid="stale"]')?.textContent).toBe('stale: older than 6 months');
  });

  it("follows the organisation's staleAfterMonths", async () => {
    const kwame = memberOf(sample(), KWAME);
    const detail = await detailFor({ ...kwame, assessedOn: '2026-06-04' }, { staleAfterMonths: 12 });
    expect(detail.querySelector('[data-testid="stale"]')).toBeNull();
  });

  it('says when there is no date, and how many skills are not assessed', async () => {
    const kwame = memberOf(sample(), KWAME);
    const { assessedOn: _dropped, ...undated } = kwame;
    const detail = await detailFor({ ...undated, levels: { 'data-modelling': 0 } });
    expect(detail.querySelector('[data-testid="assessed-on"]')?.textContent).toBe('No assessment date');
    const live = sample().framework.skills.filter((s) => !s.retired).length;
    expect(detail.textContent).toContain(`${live - 1} skills are not assessed.`);
  });

  it('shows the notes as text, line breaks kept and markup escaped', async () => {
    const kwame = memberOf(sample(), KWAME);
    const notes = 'Runs the nightly ETL.\n<img src=x onerror=alert(1)> wants to move to engineering';
    const detail = await detailFor({ ...kwame, notes });
    const shown = detail.querySelector('[data-testid="member-notes"] p')!;
    expect(shown.textContent).toBe(notes);
    expect(shown.querySelector('img')).toBeNull();
  });
});
