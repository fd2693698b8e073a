// chart.js draws on <canvas>; happy-dom has none, so a mock records the drawing calls.
import 'vitest-canvas-mock';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppData } from '@shared/data';
import { initialData } from '@shared/data';
import type { SelfAssessment } from '@shared/rounds/schema';
import { historyChart, MAX_HISTORY_LINES } from '@renderer/screens/member/member-history-chart';
import { ratingText, selfVsManager } from '@renderer/screens/member/self-vs-manager';
import { TeamScreen } from '@renderer/screens/team/TeamScreen';
import { createWorkspaceStore } from '@renderer/state/workspace';
import { builtinFramework, member, organisation, sampleTeam, tinyFramework } from '../support/fixtures';
import { DATA_DIR, mainInMemory } from './main-in-memory';
import { byText, inWorkspace, render, settle, type Rendered } from './render';

/* Self vs manager and levels over time, as the member page shapes them. */

const framework = tinyFramework(
  [{ id: 'sql' }, { id: 'python' }, { id: 'spark', area: 'data-engineering' }, { id: 'stats' }],
  [{ id: 'ds', area: 'data-science', targets: { sql: 2 } }],
);

function dataWith(form: Partial<SelfAssessment> | null, staleAfterMonths?: number): AppData {
  const base = initialData(sampleTeam(), framework);
  return {
    ...base,
    organisation: organisation(staleAfterMonths === undefined ? {} : { staleAfterMonths }),
    members: [member('ana', 'ds', { sql: 1, python: 3, spark: 2 }, { name: 'Ana' })],
    selfAssessments: form
      ? [
          {
            memberId: 'ana',
            receivedOn: '2027-01-10',
            formId: 'f1',
            ratings: {},
            skillNotes: {},
            decisions: {},
            ...form,
          },
        ]
      : [],
  };
}

describe('self vs manager', () => {
  it('is null for a member who returned no form', () => {
    expect(selfVsManager(dataWith(null), 'ana', '2027-02-01')).toBeNull();
  });

  it('puts each self rating beside the manager level, in the one skill order (by area), and flags 2 levels apart or more either way', () => {
    const data = dataWith({
      ratings: { stats: 2, spark: 'not-observed', python: 1, sql: 3 },
      skillNotes: { sql: 'I run the SQL guild' },
    });
    const view = selfVsManager(data, 'ana', '2027-02-01')!;
    expect(view.rows.map((r) => [r.skillId, r.manager, r.self, r.difference, r.flagged])).toEqual([
      ['sql', 1, 3, 2, true],
      ['python', 3, 1, -2, true],
      ['stats', null, 2, null, false],
      ['spark', 2, 'not-observed', null, false],
    ]);
    expect(view.flagged).toBe(2);
    expect(view.rows[0]!.note).toBe('I run the SQL guild');
    // A level can be accepted; "not observed" cannot become a level.
    expect(view.rows.map((r) => r.decidable)).toEqual([true, true, true, false]);
  });

  it('a difference of one level is not flagged', () => {
    const view = selfVsManager(dataWith({ ratings: { sql: 2 } }), 'ana', '2027-02-01')!;
    expect(view.rows[0]).toMatchObject({ difference: 1, flagged: false });
  });

  it('shows what the manager decided; an accepted rating equal to the level needs no more buttons', () => {
    const data = dataWith({ ratings: { sql: 1, python: 1 }, decisions: { sql: 'accepted', python: 'overridden' } });
    const view = selfVsManager(data, 'ana', '2027-02-01')!;
    expect(view.rows.map((r) => [r.decision, r.decidable])).toEqual([
      ['accepted', false],
      ['overridden', true],
    ]);
  });

  it("flags a form older than the organisation's stale age", () => {
    const form = { ratings: { sql: 1 }, receivedOn: '2027-01-10' };
    expect(selfVsManager(dataWith(form, 3), 'ana', '2027-04-10')!.age).toBe('current');
    expect(selfVsManager(dataWith(form, 3), 'ana', '2027-04-11')!.age).toBe('stale');
    expect(selfVsManager(dataWith(form), 'ana', '2027-07-11')).toMatchObject({ age: 'stale', staleAfterMonths: 6 });
  });

  it('names levels by the scale', () => {
    const data = dataWith(null);
    expect(ratingText(data, 3)).toBe('3 · Practitioner');
    expect(ratingText(data, 'not-observed')).toBe('not observed');
    expect(ratingText(data, null)).toBe('not assessed');
  });
});

describe('levels over time', () => {
  const round = (ref: string) => ({ ref, name: ref, date: '2027-01-01' });
  const at = (ref: string, levels: Record<string, number>) => ({
    round: round(ref),
    role: 'ds',
    productTeam: '',
    levels,
  });

  it('draws the skills that moved, most first; the table has every skill with "not assessed" gaps', () => {
    const chart = historyChart({
      memberId: 'ana',
      name: 'Ana',
      skills: [
        { skillId: 'sql', name: 'SQL', retired: false },
        { skillId: 'python', name: 'Python', retired: false },
        { skillId: 'old', name: 'Old', retired: true },
      ],
      points: [
        { ...at('Q1', { sql: 1, python: 2, old: 1 }), self: { sql: 2, python: 'not-observed' } },
        at('Q2', { sql: 3, python: 2 }),
        at('Today', { sql: 3, python: 3 }),
      ],
    });
    expect(chart.labels).toEqual(['Q1', 'Q2', 'Today']);
    expect(chart.lines.map((l) => [l.label, l.values])).toEqual([
      ['SQL', [1, 3, 3]],
      ['Python', [2, 2, 3]],
      ['Old (retired)', [1, null, null]],
    ]);
    expect(chart.table.rows).toEqual([
      ['SQL', '1 (self: 2)', 3, 3],
      ['Python', '2 (self: not observed)', 2, 3],
      ['Old (retired)', 1, 'not assessed', 'not assessed'],
    ]);
    expect(chart.summary).toBe("Ana's levels changed on 3 skills over 3 rounds.");
  });

  it('keeps the chart to a few lines and says how many were left to the table', () => {
    const skills = Array.from({ length: MAX_HISTORY_LINES + 2 }, (_, i) => ({
      skillId: `s${i}`,
      name: `S${i}`,
      retired: false,
    }));
    const chart = historyChart({
      memberId: 'ana',
      name: 'Ana',
      skills,
      points: [
        at('Q1', Object.fromEntries(skills.map((s, i) => [s.skillId, i % 2]))),
        at('Today', Object.fromEntries(skills.map((s, i) => [s.skillId, (i % 2) + 1]))),
      ],
    });
    expect(chart.lines).toHaveLength(MAX_HISTORY_LINES);
    expect(chart.leftOff).toBe(2);
    expect(chart.table.rows).toHaveLength(skills.length);
  });
});

/* The member page and the Team screen over the real main handlers in memory. */

const KWAME = 'kwame-mensah';

async function mountTeam(form: Partial<SelfAssessment> | null, files: Record<string, string> = {}) {
  const data = initialData(sampleTeam(), builtinFramework());
  const stored: AppData = {
    ...data,
    selfAssessments: form
      ? [{ memberId: KWAME, receivedOn: TODAY, formId: 'form-1', ratings: {}, skillNotes: {}, decisions: {}, ...form }]
      : [],
  };
  const main = await mainInMemory({
    files: { [`${DATA_DIR}/gapwise-data.json`]: JSON.stringify(stored), ...files },
    now: () => new Date(`${TODAY}T10:00:00Z`),
  });
  const store = createWorkspaceStore(main.api);
  await store.getState().load();
  view = await render(inWorkspace(store, <TeamScreen confirm={() => true} />));
  return { main, store, container: view.container };
}

async function openDetails(container: HTMLElement, memberId: string) {
  const row = container.querySelector<HTMLButtonElement>(`button[data-member-id="${memberId}"]`)!;
  await act(async () => row.click());
  await act(async () => byText(container, '[role="tab"]', 'Details').click());
  await settle();
}

const TODAY = '2027-02-15';
let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

const selfSection = (container: HTMLElement) => container.querySelector<HTMLElement>('section.self-vs-manager');
const rowOf = (container: HTMLElement, skillId: string) =>
  selfSection(container)!.querySelector<HTMLTableRowElement>(`tr[data-skill-id="${skillId}"]`)!;

describe('self vs manager on the member page', () => {
  it('is not shown for a member who returned no form', async () => {
    const { container } = await mountTeam(null);
    await openDetails(container, KWAME);
    expect(container.querySelector('section.member-detail')).not.toBeNull();
    expect(selfSection(container)).toBeNull();
  });

  it('flags 2 levels apart; Accept makes the self rating the level, Keep mine keeps the level', async () => {
    const kwame = sampleTeam().members.find((m) => m.id === KWAME)!;
    const low = Object.entries(kwame.levels).filter(([, level]) => level <= 2);
    expect(low.length).toBeGreaterThanOrEqual(2);
    const [[highSkill, highLevel], [closeSkill, closeLevel]] = low as [[string, number], [string, number]];
    const { container, main } = await mountTeam({
      ratings: { [highSkill]: highLevel + 2, [closeSkill]: closeLevel + 1 },
    });
    await openDetails(container, KWAME);
    const flagged = rowOf(container, highSkill);
    expect(flagged.querySelector('[data-testid="flagged"]')?.textContent).toBe('2 apart');
    // The difference and its flag read as two words, not "+22 apart".
    expect(flagged.querySelector('[data-testid="difference"]')?.textContent).toBe('+2 2 apart');
    expect(rowOf(container, closeSkill).querySelector('[data-testid="flagged"]')).toBeNull();
    expect(selfSection(container)!.textContent).toContain('1 skill differs by 2 levels or more');

    await act(async () => byText(flagged, 'button', 'Accept').click());
    await settle();
    const levelOf = (skillId: string) => main.current().members.find((m) => m.id === KWAME)!.levels[skillId];
    expect(levelOf(highSkill)).toBe(highLevel + 2);
    expect(main.current().selfAssessments[0]!.decisions[highSkill]).toBe('accepted');
    expect(rowOf(container, highSkill).querySelector('[data-testid="decision"]')?.textContent).toBe('accepted');

    await act(async () => byText(rowOf(container, closeSkill), 'button', 'Keep mine').click());
    await settle();
    expect(levelOf(closeSkill)).toBe(closeLevel);
    expect(main.current().selfAssessments[0]!.decisions[closeSkill]).toBe('overridden');
  });

  it('flags a stale form', async () => {
    const { container } = await mountTeam({ receivedOn: '2026-01-01', ratings: {} });
    await openDetails(container, KWAME);
    expect(container.querySelector('[data-testid="self-stale"]')?.textContent).toBe('stale: older than 6 months');
  });
});

describe('self-assessment forms on the Team screen', () => {
  it('exports one form per member into a chosen folder, and imports returned ones, listing refused files and why', async () => {
    const { container, main } = await mountTeam(null, { '/returned/notes.xlsx': 'not a workbook' });
    await act(async () => byText(container, 'button', 'Self-assessment forms…').click());
    const dialog = container.querySelector('dialog')!;
    expect(dialog.textContent).toContain('One form per product team');

    main.process.answerNextOpen('/exports');
    await act(async () => byText(dialog, 'button', 'Export forms…').click());
    await settle();
    expect(main.api.exportForms).toHaveBeenCalledWith({ perTeam: false });
    const members = main.current().members.length;
    expect(dialog.querySelector('.forms-dialog__result')?.textContent).toBe(`Saved ${members} forms to /exports`);
    const exported = await main.api.exportForms.mock.results[0]!.value;
    const files: string[] = exported.ok ? (exported.value?.files ?? []) : [];
    const kwamesForm = files.find((f) => f.includes('Kwame'));
    expect(kwamesForm).toBeDefined();

    main.process.answerNextOpen(kwamesForm!);
    await act(async () => byText(dialog, 'button', 'Import returned forms…').click());
    await settle();
    const summary = () => dialog.querySelector('[data-testid="forms-import-summary"]')?.textContent ?? '';
    expect(summary()).toContain('Imported 1 form: Kwame Mensah.');
    expect(main.current().selfAssessments.map((s) => s.memberId)).toEqual([KWAME]);

    main.process.answerNextOpen('/returned/notes.xlsx');
    await act(async () => byText(dialog, 'button', 'Import returned forms…').click());
    await settle();
    expect(summary()).toContain('No form was imported.');
    expect(summary()).toContain('1 file was refused:');
    expect(dialog.querySelector('[aria-label="Refused files"] li')?.textContent).toMatch(/^notes\.xlsx: .+/);
    expect(main.current().selfAssessments.map((s) => s.memberId)).toEqual([KWAME]);
  });

  it('one form per product team asks main for team forms', async () => {
    const { container, main } = await mountTeam(null);
    await act(async () => byText(container, 'button', 'Self-assessment forms…').click());
    const dialog = container.querySelector('dialog')!;
    const perTeam = byText(dialog, 'label', 'One form per product team').querySelector('input')!;
    await act(async () => perTeam.click());
    main.process.answerNextOpen(null);
    await act(async () => byText(dialog, 'button', 'Export forms…').click());
    await settle();
    expect(main.api.exportForms).toHaveBeenCalledWith({ perTeam: true });
    expect(dialog.querySelector('.forms-dialog__result')?.textContent).toBe('Export cancelled.');
  });
});

describe('levels over time on the member page', () => {
  it('is not shown before any round is closed, and then draws the skill that moved since', async () => {
    const { container, main, store } = await mountTeam(null);
    await openDetails(container, KWAME);
    expect(container.textContent).not.toContain('Levels over time');
    expect(main.api.memberHistory).not.toHaveBeenCalled();

    await act(async () => void store.getState().request('round:close', { name: 'Winter', date: '2027-01-31' }));
    const kwame = main.current().members.find((m) => m.id === KWAME)!;
    const [skillId, level] = Object.entries(kwame.levels).find(([, l]) => l < 4)!;
    await act(
      async () =>
        void store
          .getState()
          .request('member:save', { member: { ...kwame, levels: { ...kwame.levels, [skillId]: level + 1 } } }),
    );
    await settle();
    expect(main.api.memberHistory).toHaveBeenLastCalledWith({ memberId: KWAME });
    const card = byText(container, 'h2', 'Levels over time').closest('section')!;
    expect(card.querySelector('canvas')?.getAttribute('aria-label')).toBe(
      "Kwame Mensah's levels changed on 1 skill over 2 rounds.",
    );
    await act(async () => byText(card, 'button', 'Show table').click());
    expect(Array.from(card.querySelectorAll('thead th')).map((th) => th.textContent)).toEqual([
      'Skill',
      'Winter',
      'Today',
    ]);
  });
});
