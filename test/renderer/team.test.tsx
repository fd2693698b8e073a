import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import sampleTeamJson from '../../resources/sample-team.json';
import { initialData } from '@shared/data';
import type { Member, TeamFile } from '@shared/domain';
import { builtinFramework } from '@shared/io';
import { TeamScreen } from '@renderer/screens/team/TeamScreen';
import { slugify, uniqueMemberId } from '@renderer/screens/team/team-model';
import { selectAnalysis } from '@renderer/state/analysis';
import { createWorkspaceStore } from '@renderer/state/workspace';
import { DATA_DIR, mainInMemory, type MainInMemory } from './main-in-memory';
import { byText, render, type Rendered, setValue, settle, inWorkspace } from './render';

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

async function mount(
  starting: MainInMemory | Promise<MainInMemory> = mainInMemory(),
  confirm: (message: string) => boolean = () => true,
) {
  const main = await starting;
  const store = createWorkspaceStore(main.api);
  await store.getState().load();
  view = await render(inWorkspace(store, <TeamScreen confirm={confirm} />));
  return { store, container: view.container };
}

const rowsOf = (container: HTMLElement) => Array.from(container.querySelectorAll<HTMLElement>('[role="listitem"]'));
const rowNames = (container: HTMLElement) =>
  rowsOf(container).map((row) => row.querySelector('.member-row__name')?.textContent);
const rowFor = (container: HTMLElement, memberId: string) =>
  container.querySelector<HTMLButtonElement>(`button[data-member-id="${memberId}"]`);

async function openMember(container: HTMLElement, memberId: string) {
  const row = rowFor(container, memberId);
  if (!row) throw new Error(`no row for ${memberId}`);
  await act(async () => row.click());
  return container.querySelector<HTMLElement>('section.editor')!;
}

async function press(element: HTMLElement, key: string) {
  await act(async () => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

const picker = (editor: HTMLElement, skillId: string) =>
  editor.querySelector<HTMLElement>(`[role="radiogroup"][data-skill-id="${skillId}"]`)!;
const checkedLevel = (group: HTMLElement) =>
  group.querySelector<HTMLElement>('[role="radio"][aria-checked="true"]')?.dataset.level;
const saveButton = (editor: HTMLElement) => editor.querySelector<HTMLButtonElement>('button[type="submit"]')!;
const allocationInput = (editor: HTMLElement, skillId: string) =>
  editor.querySelector<HTMLInputElement>(`input[data-skill-id="${skillId}"]`)!;

async function submit(editor: HTMLElement) {
  await act(async () => saveButton(editor).click());
  await settle();
}

const bestFitText = (container: HTMLElement, memberId: string) =>
  rowFor(container, memberId)?.querySelector('[data-testid="best-fit"]')?.textContent;

describe('team screen: assessment grid', () => {
  it('keyboard edits a level; saving stores it and updates the best-fit numbers in the list', async () => {
    const main = await mainInMemory();
    const { container } = await mount(main);
    // The first member below a target of their best-fit role: raising that level raises the fit.
    const [memberId, role, skillId, target] = (() => {
      for (const result of selectAnalysis(main.current()).members) {
        const member = main.current().members.find((m) => m.id === result.memberId)!;
        const bestRole = main.current().framework.roles.find((r) => r.id === result.bestRoleId)!;
        const gap = Object.entries(bestRole.targets).find(([id, t]) => (member.levels[id] ?? 0) < t.level);
        if (gap) return [member.id, bestRole, gap[0], gap[1]] as const;
      }
      throw new Error('no member below a target');
    })();
    const before = selectAnalysis(main.current()).members.find((m) => m.memberId === memberId)!;
    const member = main.current().members.find((m) => m.id === memberId)!;
    const start = member.levels[skillId] ?? 0;
    const fitBefore = before.fits.find((f) => f.roleId === before.bestRoleId)!.fit!;
    expect(bestFitText(container, memberId)).toBe(`${role.name} ${fitBefore} %`);

    const editor = await openMember(container, memberId);
    const group = picker(editor, skillId);
    expect(checkedLevel(group)).toBe(String(start));
    // Only the checked level is in the tab order, so Tab moves from skill to skill.
    expect(group.querySelectorAll('[role="radio"][tabindex="0"]')).toHaveLength(1);
    const radio = group.querySelector<HTMLElement>('[role="radio"][aria-checked="true"]')!;
    expect(radio.getAttribute('title')).toContain(main.current().framework.scale.levels[start]!.description);
    expect(document.getElementById(radio.getAttribute('aria-describedby')!)?.textContent).toContain(
      main.current().framework.scale.levels[start]!.description,
    );

    radio.focus();
    await press(radio, 'ArrowRight');
    expect(checkedLevel(group)).toBe(String(start + 1));
    expect(document.activeElement).toBe(group.querySelector('[role="radio"][aria-checked="true"]'));
    await press(document.activeElement as HTMLElement, 'ArrowLeft');
    expect(checkedLevel(group)).toBe(String(start));
    await press(group.querySelector('[role="radio"][aria-checked="true"]')!, String(target.level));
    expect(checkedLevel(group)).toBe(String(target.level));
    await press(group.querySelector('[role="radio"][aria-checked="true"]')!, '9'); // off the scale: ignored
    expect(checkedLevel(group)).toBe(String(target.level));
    // Nothing is stored before Save.
    expect(main.current().members.find((m) => m.id === memberId)!.levels[skillId]).toBe(start);

    await submit(editor);
    expect(editor.textContent).toContain('Saved');
    const stored = main.current().members.find((m) => m.id === memberId)!;
    expect(stored.levels[skillId]).toBe(target.level);
    const after = selectAnalysis(main.current()).members.find((m) => m.memberId === memberId)!;
    const fitAfter = after.fits.find((f) => f.roleId === after.bestRoleId)!.fit!;
    expect(fitAfter).toBeGreaterThan(fitBefore);
    const afterRole = main.current().framework.roles.find((r) => r.id === after.bestRoleId)!;
    expect(bestFitText(container, memberId)).toBe(`${afterRole.name} ${fitAfter} %`);
  });

  it('keeps the framework order, headed where the area changes, sub-tasks under their parent, targets beside', async () => {
    const main = await mainInMemory();
    const { container } = await mount(main);
    const editor = await openMember(container, 'ana-lima');
    const areas = Array.from(editor.querySelectorAll('.assessment .assessment__area-title')).map((h) => h.textContent);
    // One heading per area, in the one skill order every view follows.
    expect(areas).toEqual(['Data science', 'Data engineering', 'Machine learning engineering', 'Analytics', 'Shared']);
    const sub = picker(editor, 'feature-engineering').closest('li')!;
    expect(sub.classList.contains('level-row--sub')).toBe(true);
    expect(picker(editor, 'ml-model-development').closest('li')!.classList.contains('level-row--sub')).toBe(false);
    const target = main.current().framework.roles.find((r) => r.id === 'data-scientist')!.targets['ml-algorithms']!;
    expect(picker(editor, 'ml-algorithms').closest('li')!.textContent).toContain(`Target ${target.level}`);
  });
});

describe('team screen: time allocation', () => {
  it('a member can hold no framework role: "Other" is saved, shown by name, and has no fit', async () => {
    const main = await mainInMemory();
    const { container } = await mount(main);
    const editor = await openMember(container, 'aiko-tanaka');
    const role = editor.querySelector<HTMLSelectElement>('select[name="role"]')!;
    expect(Array.from(role.options).at(-1)!.textContent).toBe('Other (no framework role)');
    await act(async () => setValue(role, 'other'));
    await submit(editor);
    expect(main.current().members.find((m) => m.id === 'aiko-tanaka')!.role).toBe('other');
    expect(rowFor(container, 'aiko-tanaka')!.querySelector('.member-row__role')!.textContent).toBe(
      'Other (no framework role)',
    );
    const result = selectAnalysis(main.current()).members.find((m) => m.memberId === 'aiko-tanaka')!;
    expect([result.fits, result.bestRoleId, result.mismatch]).toEqual([[], null, false]);
  });

  it('refuses 101 %: the input is flagged, the message shown, Save disabled and nothing sent', async () => {
    const main = await mainInMemory();
    const { container } = await mount(main);
    const editor = await openMember(container, 'ana-lima');
    expect(editor.querySelector('[data-testid="allocation-total"]')!.textContent).toBe('95 %');
    expect(editor.querySelector('[data-testid="engineering-share"]')!.textContent).toBe('25 %');

    const input = allocationInput(editor, 'data-modelling');
    await setValue(input, '16');
    expect(editor.querySelector('[data-testid="allocation-total"]')!.textContent).toBe('101 %');
    expect(editor.querySelector('[data-testid="engineering-share"]')!.textContent).toBe('31 %');
    expect(editor.textContent).toContain('Time allocation adds up to 101 % — at most 100 %');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(saveButton(editor).disabled).toBe(true);
    // Even a submit that gets through (Enter in a field) sends nothing.
    await act(async () => editor.querySelector('form')!.requestSubmit());
    await settle();
    expect(main.api.saveMember).not.toHaveBeenCalled();
    expect(main.current().members.find((m) => m.id === 'ana-lima')!.allocation['data-modelling']).toBe(10);

    await setValue(input, '15');
    expect(editor.textContent).not.toContain('at most 100 %');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(saveButton(editor).disabled).toBe(false);
    await submit(editor);
    expect(main.current().members.find((m) => m.id === 'ana-lima')!.allocation['data-modelling']).toBe(15);
  });
});

describe('team screen: add and delete', () => {
  it('adds a member with a unique slug id, showing "Saving…" until main acknowledged', async () => {
    const main = await mainInMemory();
    const { container } = await mount(main);
    await act(async () => byText(container, 'button', 'Add member').click());
    const editor = container.querySelector<HTMLElement>('section.editor')!;
    expect(editor.textContent).toContain('Add a team member');
    expect(saveButton(editor).disabled).toBe(true); // no name yet
    await setValue(editor.querySelector<HTMLInputElement>('input[name="name"]')!, 'Ana Lima');
    await setValue(editor.querySelector<HTMLInputElement>('input[name="title"]')!, 'Analytics engineer');
    await setValue(editor.querySelector<HTMLSelectElement>('select[name="role"]')!, 'data-engineer');
    await setValue(editor.querySelector<HTMLInputElement>('input[name="productTeam"]')!, 'Payments');
    await setValue(editor.querySelector<HTMLInputElement>('input[name="fte"]')!, '0.5');
    await setValue(allocationInput(editor, 'data-pipelines'), '40');

    let release!: () => void;
    const answer = main.api.saveMember.getMockImplementation()!;
    main.api.saveMember.mockImplementationOnce(
      (request) => new Promise((resolve) => (release = () => resolve(answer(request)))),
    );
    await act(async () => saveButton(editor).click());
    expect(editor.textContent).toContain('Saving…');
    expect(editor.textContent).not.toContain('Saved');
    await act(async () => release());
    await settle();
    expect(editor.textContent).toContain('Saved');

    const added = main.current().members.find((m) => m.id === 'ana-lima-2');
    expect(added).toEqual<Member>({
      id: 'ana-lima-2',
      name: 'Ana Lima',
      title: 'Analytics engineer',
      role: 'data-engineer',
      productTeam: 'Payments',
      fte: 0.5,
      levels: {},
      allocation: { 'data-pipelines': 40 },
    });
    expect(rowFor(container, 'ana-lima-2')).not.toBeNull();
    // Saving again edits the same member rather than adding another.
    await setValue(editor.querySelector<HTMLInputElement>('input[name="fte"]')!, '0.8');
    await submit(editor);
    expect(main.current().members.filter((m) => m.name === 'Ana Lima')).toHaveLength(2);
    expect(main.current().members.find((m) => m.id === 'ana-lima-2')!.fte).toBe(0.8);
  });

  it('makes slugs from names', () => {
    expect(slugify('Diego Álvarez')).toBe('diego-alvarez');
    expect(slugify("  Zoë O'Brien  ")).toBe('zoe-o-brien');
    expect(slugify('李')).toBe('member');
    expect(uniqueMemberId('Mei Chen', [{ id: 'mei-chen' }, { id: 'mei-chen-2' }])).toBe('mei-chen-3');
  });

  it('deletes only after confirmation, and Undo restores the member', async () => {
    const main = await mainInMemory();
    const confirm = vi.fn(() => false);
    const { container } = await mount(main, confirm);
    let editor = await openMember(container, 'mei-chen');
    await act(async () => byText(editor, 'button', 'Delete…').click());
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('Delete Mei Chen?'));
    expect(main.api.deleteMember).not.toHaveBeenCalled();

    confirm.mockReturnValue(true);
    await act(async () => byText(editor, 'button', 'Delete…').click());
    await settle();
    expect(main.current().members.some((m) => m.id === 'mei-chen')).toBe(false);
    expect(rowFor(container, 'mei-chen')).toBeNull();
    expect(container.querySelector('section.editor')).toBeNull();
    const toast = byText(container, 'p', 'Deleted Mei Chen').closest<HTMLElement>('[role="status"]')!;

    await act(async () => byText(toast, 'button', 'Undo').click());
    await settle();
    expect(main.current().members.find((m) => m.id === 'mei-chen')?.name).toBe('Mei Chen');
    expect(rowFor(container, 'mei-chen')).not.toBeNull();
    expect(container.textContent).not.toContain('Deleted Mei Chen');
    editor = await openMember(container, 'mei-chen');
    expect(editor.textContent).toContain('Edit Mei Chen');
  });

  it('an empty team says what to do next', async () => {
    const main = await mainInMemory();
    const store = createWorkspaceStore(main.api);
    await store.getState().load();
    await store.getState().request('team:clearSample', {});
    view = await render(inWorkspace(store, <TeamScreen />));
    const empty = byText(view.container, 'p', 'No members yet — add your first team member').parentElement!;
    await act(async () => byText(empty, 'button', 'Add member').click());
    expect(view.container.textContent).toContain('Add a team member');
  });
});

describe('team screen: member list', () => {
  it('search, role, product team and flagged filters narrow the list; sort orders it', async () => {
    const main = await mainInMemory();
    const { container } = await mount(main);
    expect(rowsOf(container)).toHaveLength(8);
    const search = container.querySelector<HTMLInputElement>('input[type="search"]')!;
    await setValue(search, 'chen');
    expect(rowNames(container)).toEqual(['Mei Chen']);
    await setValue(search, 'lead'); // matches the title "Lead data scientist"
    expect(rowNames(container)).toEqual(['Ana Lima']);
    await setValue(search, 'zzz');
    expect(rowsOf(container)).toHaveLength(0);
    expect(container.textContent).toContain('No members match these filters');
    await act(async () => byText(container, 'button', 'Clear filters').click());
    expect(rowsOf(container)).toHaveLength(8);

    const [role, team, sort] = Array.from(container.querySelectorAll<HTMLSelectElement>('.team-filters select'));
    await setValue(role!, 'data-engineer');
    expect(rowNames(container)).toEqual(['Priya Raman']);
    await setValue(role!, '');
    await setValue(team!, 'Checkout');
    const checkout = main.current().members.filter((m) => m.productTeam === 'Checkout');
    expect(checkout.length).toBeGreaterThan(0);
    expect(rowNames(container)!.sort()).toEqual(checkout.map((m) => m.name).sort());
    await setValue(team!, '');

    const analysis = selectAnalysis(main.current());
    const over = new Set(analysis.separation.carriers.filter((c) => c.overThreshold).map((c) => c.memberId));
    const flagged = analysis.members.filter((m) => m.mismatch || over.has(m.memberId)).map((m) => m.name);
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.length).toBeLessThan(8);
    await act(async () => container.querySelector<HTMLInputElement>('.team-check input')!.click());
    expect(rowNames(container)!.sort()).toEqual(flagged.sort());
    await act(async () => container.querySelector<HTMLInputElement>('.team-check input')!.click());

    await setValue(sort!, 'engineering');
    const byEngineering = [...analysis.members].sort(
      (a, b) => b.engineeringPercent - a.engineeringPercent || a.name.localeCompare(b.name),
    );
    expect(rowNames(container)).toEqual(byEngineering.map((m) => m.name));
  });

  it('rows are keyboard-focusable buttons; arrow keys move between them', async () => {
    const { container } = await mount();
    const [first, second] = rowsOf(container).map((row) => row.querySelector('button')!);
    first!.focus();
    await press(first!, 'ArrowDown');
    expect(document.activeElement).toBe(second);
  });

  it('virtualises: 10,000 members render fewer than 100 rows', async () => {
    const main = await mainInMemory();
    const store = createWorkspaceStore(main.api);
    await store.getState().load();
    const data = store.getState().data!;
    const template = data.members[0]!;
    const members = Array.from({ length: 10_000 }, (_, i) => ({
      ...template,
      id: `member-${String(i).padStart(5, '0')}`,
      name: `Member ${String(i).padStart(5, '0')}`,
    }));
    store.setState({ data: { ...data, members } });
    view = await render(inWorkspace(store, <TeamScreen />));
    const rows = rowsOf(view.container);
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(100);
    expect(rows[0]!.getAttribute('aria-setsize')).toBe('10000');
    expect(rows[0]!.textContent).toContain('Member 00000');
    expect(view.container.textContent).toContain('10000 members');
  });
});

describe('team screen: errors from main', () => {
  it('shows a refused save inline and leaves the member unsaved', async () => {
    // A team with no level above 3, so the manager can switch to a 0–3 scale while a member's
    // editor is open; main then refuses the draft's level 4, naming the field.
    const team = initialData(sampleTeamJson as unknown as TeamFile, builtinFramework());
    const capped = {
      ...team,
      members: team.members.map((m) => ({
        ...m,
        levels: Object.fromEntries(Object.entries(m.levels).map(([skill, level]) => [skill, Math.min(level, 3)])),
      })),
    };
    const main = await mainInMemory({ files: { [`${DATA_DIR}/gapwise-data.json`]: JSON.stringify(capped) } });
    const { container, store } = await mount(main);
    const editor = await openMember(container, 'priya-raman');
    const group = picker(editor, 'ml-algorithms');
    const radio = group.querySelector<HTMLElement>('[role="radio"][tabindex="0"]')!;
    await press(radio, '4');
    const framework = main.current().framework;
    const topThree = {
      ...framework,
      scale: { ...framework.scale, levels: framework.scale.levels.filter((l) => l.level <= 3) },
      roles: framework.roles.map((r) => ({
        ...r,
        targets: Object.fromEntries(
          Object.entries(r.targets).map(([skill, target]) => [skill, { ...target, level: Math.min(target.level, 3) }]),
        ),
      })),
    };
    await act(async () => void (await store.getState().request('framework:save', { framework: topThree })));
    await settle();
    const before = main.current().members.find((m) => m.id === 'priya-raman')!;
    const fitBefore = bestFitText(container, 'priya-raman');
    await submit(editor);
    expect(main.api.saveMember).toHaveBeenCalledOnce();
    expect(store.getState().operations['member:save']?.error?.path).toBe('member.levels.ml-algorithms');
    expect(editor.textContent).toContain('Not saved');
    expect(editor.textContent).not.toContain('Saved');
    const alert = editor.querySelector('.editor__error')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toBe("member.levels.ml-algorithms: level 4 is above the scale's top level 3");
    expect(main.current().members.find((m) => m.id === 'priya-raman')).toEqual(before);
    expect(bestFitText(container, 'priya-raman')).toBe(fitBefore);
    // The draft is kept, so the manager can fix it and try again. (The 0–3 scale has no
    // radio for the draft's 4 to show checked: trying again sends the same draft.)
    await submit(editor);
    expect(main.api.saveMember).toHaveBeenCalledTimes(2);
    expect(main.api.saveMember.mock.calls[1]![0].member.levels['ml-algorithms']).toBe(4);
  });
});
