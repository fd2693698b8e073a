import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { localIsoDate } from '@shared/domain/staleness';
import { App } from '@renderer/App';
import { createWorkspaceStore } from '@renderer/state/workspace';
import { mainInMemory, type MainInMemory } from './main-in-memory';
import { byText, inWorkspace, render, settle, type Rendered } from './render';

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

/** The whole app on the Team screen, over main's real handlers. */
async function mountApp() {
  const main = await mainInMemory();
  const store = createWorkspaceStore(main.api);
  view = await render(inWorkspace(store, <App initialScreen="team" />));
  await settle();
  return { main, container: view.container };
}

async function openMember(container: HTMLElement, memberId: string) {
  const row = container.querySelector<HTMLButtonElement>(`button[data-member-id="${memberId}"]`);
  if (!row) throw new Error(`no row for ${memberId}`);
  await act(async () => row.click());
  return container.querySelector<HTMLElement>('section.editor')!;
}

async function press(target: EventTarget, key: string, init: KeyboardEventInit = {}) {
  await act(async () => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  });
}

const picker = (editor: HTMLElement, skillId: string) =>
  editor.querySelector<HTMLElement>(`[role="radiogroup"][data-skill-id="${skillId}"]`)!;
const stateText = (editor: HTMLElement, skillId: string) =>
  picker(editor, skillId).closest('li')!.querySelector('[data-testid="level-state"]')!.textContent;
const question = (container: HTMLElement) => container.querySelector<HTMLDialogElement>('dialog[open]');
const screenHeading = (container: HTMLElement) => container.querySelector('main h1')?.textContent;
const stored = (main: MainInMemory, id: string) => main.current().members.find((m) => m.id === id)!;

/** Ana's editor with one level raised: unsaved work. */
async function withUnsavedLevel() {
  const app = await mountApp();
  const editor = await openMember(app.container, 'ana-lima');
  const level = stored(app.main, 'ana-lima').levels['ml-algorithms'] ?? 0;
  const next = level === 4 ? 3 : level + 1;
  await act(async () => picker(editor, 'ml-algorithms').querySelector<HTMLElement>(`[data-level="${next}"]`)!.click());
  return { ...app, editor, next };
}

describe('member editor: leaving unsaved work asks first', () => {
  it('a click on another screen asks; Cancel stays in the editor with the draft', async () => {
    const { container, editor, next } = await withUnsavedLevel();
    await act(async () => byText(container, 'nav button', 'Settings').click());
    const dialog = question(container);
    expect(dialog?.textContent).toContain('Save the changes to Ana Lima before leaving?');
    expect(screenHeading(container)).toBe('Team');
    await act(async () => byText(dialog!, 'button', 'Cancel').click());
    expect(question(container)).toBeNull();
    expect(screenHeading(container)).toBe('Team');
    expect(picker(editor, 'ml-algorithms').querySelector('[aria-checked="true"]')?.getAttribute('data-level')).toBe(
      String(next),
    );
  });

  it('Ctrl+1 asks too (pressed in the grid, it changes no level); Discard leaves and stores nothing', async () => {
    const { main, container, editor, next } = await withUnsavedLevel();
    const before = stored(main, 'ana-lima').levels['ml-algorithms'];
    const group = picker(editor, 'ml-algorithms');
    await press(group.querySelector('[aria-checked="true"]')!, '1', { ctrlKey: true });
    expect(group.querySelector('[aria-checked="true"]')?.getAttribute('data-level')).toBe(String(next));
    const dialog = question(container);
    expect(dialog).not.toBeNull();
    await act(async () => byText(dialog!, 'button', 'Discard').click());
    await settle();
    expect(screenHeading(container)).not.toBe('Team');
    expect(stored(main, 'ana-lima').levels['ml-algorithms']).toBe(before);
    expect(main.api.saveMember).not.toHaveBeenCalled();
  });

  it('Save in the question stores the draft, then leaves', async () => {
    const { main, container, next } = await withUnsavedLevel();
    await press(window, '6', { ctrlKey: true });
    await act(async () => byText(question(container)!, 'button', 'Save').click());
    await settle();
    expect(stored(main, 'ana-lima').levels['ml-algorithms']).toBe(next);
    expect(screenHeading(container)).toBe('Settings');
  });

  it('choosing another member asks; with nothing changed, nothing is asked', async () => {
    const { container } = await withUnsavedLevel();
    const other = container.querySelector<HTMLButtonElement>(
      'button[data-member-id]:not([data-member-id="ana-lima"])',
    )!;
    await act(async () => other.click());
    expect(question(container)).not.toBeNull();
    await act(async () => byText(question(container)!, 'button', 'Discard').click());
    const editor = container.querySelector<HTMLElement>('section.editor')!;
    expect(editor.querySelector('h2')?.textContent).not.toContain('Ana Lima');
    // The fresh editor holds nothing unsaved: going elsewhere asks nothing.
    await press(window, '6', { ctrlKey: true });
    expect(question(container)).toBeNull();
    expect(screenHeading(container)).toBe('Settings');
  });

  it('Ctrl+S saves in the editor', async () => {
    const { main, editor, next } = await withUnsavedLevel();
    expect(editor.textContent).toContain('Unsaved changes');
    await press(window, 's', { ctrlKey: true });
    await settle();
    expect(stored(main, 'ana-lima').levels['ml-algorithms']).toBe(next);
    expect(editor.querySelector('[role="status"]')?.textContent).toBe('Saved');
  });
});

describe('member editor: not assessed and the assessment date', () => {
  it('Delete clears a level to not assessed; 0 stays "none"; saving stores no entry for that skill', async () => {
    const { main, container } = await mountApp();
    const editor = await openMember(container, 'ana-lima');
    const assessed = Object.keys(stored(main, 'ana-lima').levels)[0]!;
    const group = picker(editor, assessed);
    await press(group.querySelector('[aria-checked="true"]')!, 'Delete');
    expect(group.querySelector('[aria-checked="true"]')).toBeNull();
    expect(stateText(editor, assessed)).toBe('— not assessed');
    expect(group.getAttribute('aria-describedby')).toContain(
      picker(editor, assessed).closest('li')!.querySelector('[data-testid="level-state"]')!.id,
    );
    // 0 is a level of its own, shown as such.
    const other = Object.keys(stored(main, 'ana-lima').levels)[1]!;
    await press(picker(editor, other).querySelector('[role="radio"]')!, '0');
    expect(stateText(editor, other)).toMatch(/^0 /);
    await press(window, 's', { ctrlKey: true });
    await settle();
    const levels = stored(main, 'ana-lima').levels;
    expect(assessed in levels).toBe(false);
    expect(levels[other]).toBe(0);
  });

  it('assessed on defaults to today when a level changes', async () => {
    const { main, editor } = await withUnsavedLevel();
    const today = localIsoDate(new Date());
    expect(editor.querySelector<HTMLInputElement>('input[name="assessedOn"]')!.value).toBe(today);
    await press(window, 's', { ctrlKey: true });
    await settle();
    expect(stored(main, 'ana-lima').assessedOn).toBe(today);
  });
});
