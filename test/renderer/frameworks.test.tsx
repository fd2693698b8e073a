import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtinFramework } from '@shared/io';
import { App } from '@renderer/App';
import { FrameworksScreen } from '@renderer/screens/frameworks/FrameworksScreen';
import { slugify, uniqueId } from '@renderer/screens/frameworks/editing';
import { selectAnalysis } from '@renderer/state/analysis';
import { createWorkspaceStore } from '@renderer/state/workspace';
import { DATA_DIR, mainInMemory } from './main-in-memory';
import { byText, render, type Rendered, settle, inWorkspace } from './render';

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

/** Sets a control's value the way React notices (through the native setter) and fires the event. */
function type(input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) {
  const proto =
    input instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : input instanceof HTMLSelectElement
        ? HTMLSelectElement.prototype
        : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, value);
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

const labelled = <T extends Element>(container: HTMLElement, label: string): T => {
  const match = container.querySelector<T>(`[aria-label="${label}"]`);
  if (!match) throw new Error(`nothing labelled "${label}"`);
  return match;
};

async function openFrameworks(confirm: (message: string) => boolean = () => true) {
  const main = await mainInMemory();
  const store = createWorkspaceStore(main.api);
  await act(async () => store.getState().load());
  view = await render(inWorkspace(store, <FrameworksScreen confirm={confirm} initialMode="edit" />));
  return { main, store, container: view.container };
}

const click = (element: HTMLElement) => act(async () => element.click());

async function save(container: HTMLElement) {
  await click(byText(container, 'button', 'Save framework'));
  await settle();
}

const requiredLevel = (data: Parameters<typeof selectAnalysis>[0], skillId: string) =>
  selectAnalysis(data).coverage.find((c) => c.skillId === skillId)?.requiredLevel;

describe('Frameworks: targets and weights', () => {
  it("changing a role's target level and saving updates the stored framework and the coverage", async () => {
    const { main, container } = await openFrameworks();
    expect(requiredLevel(main.current(), 'data-pipelines')).toBe(3);
    await act(async () => type(labelled(container, 'Data engineer: target level for Data pipelines (ETL)'), '4'));
    await act(async () => type(labelled(container, 'Data engineer: weight for Data pipelines (ETL)'), '5'));
    expect(container.querySelector('[role="status"]')).toBeNull();
    await save(container);

    expect(main.api.saveFramework).toHaveBeenCalledTimes(1);
    const engineer = main.current().framework.roles.find((r) => r.id === 'data-engineer')!;
    expect(engineer.targets['data-pipelines']).toEqual({ level: 4, weight: 5 });
    expect(requiredLevel(main.current(), 'data-pipelines')).toBe(4);
    expect(byText(container, '[role="status"]', 'Saved')).toBeTruthy();
  });

  it('"No target" removes the target', async () => {
    const { main, container } = await openFrameworks();
    await act(async () => type(labelled(container, 'Data scientist: target level for Data pipelines (ETL)'), ''));
    await save(container);
    const scientist = main.current().framework.roles.find((r) => r.id === 'data-scientist')!;
    expect(scientist.targets['data-pipelines']).toBeUndefined();
  });

  it.each(['0', 'abc', ''])('refuses the weight "%s" with its path and sends nothing', async (weight) => {
    const { main, container } = await openFrameworks();
    await act(async () => type(labelled(container, 'Data engineer: weight for Data pipelines (ETL)'), weight));
    await save(container);
    expect(main.api.saveFramework).not.toHaveBeenCalled();
    expect(container.querySelector('[role="alert"]')?.textContent).toMatch(
      /^roles\[1\]\.targets\.data-pipelines\.weight: /,
    );
    expect(container.querySelector('[role="status"]')).toBeNull();
  });

  it('does not show "Saved" when main refuses the framework', async () => {
    const { main, store, container } = await openFrameworks();
    main.disk.fail(DATA_DIR, 'ENOSPC');
    await act(async () => type(labelled(container, 'Data engineer: target level for Data pipelines (ETL)'), '4'));
    await save(container);
    expect(main.api.saveFramework).toHaveBeenCalledTimes(1);
    expect(store.getState().operations['framework:save']?.error?.message).toBe(
      'the change could not be saved: the disk is full (ENOSPC)',
    );
    expect(container.querySelector('[role="status"]')).toBeNull();
    expect(main.current().framework.roles[1]!.targets['data-pipelines']!.level).toBe(3);
  });
});

describe('Frameworks: skills and roles', () => {
  it('adding a skill creates a unique slug id from its name', async () => {
    const { main, container } = await openFrameworks();
    const form = byText(container, 'legend', 'Add a skill').closest('fieldset')!;
    await act(async () => {
      type(form.querySelector('input')!, 'Data Pipelines');
      type(form.querySelectorAll('select')[0]!, 'data-engineering');
      type(form.querySelectorAll('select')[1]!, 'responsibility');
      type(form.querySelector('textarea')!, 'Streaming ingestion.');
    });
    await click(byText(form, 'button', 'Add skill'));
    // The slug "data-pipelines" is taken, so the new skill gets the next free one.
    expect(
      byText(container, '[role="status"]', 'Added skill data-pipelines-2. Set its targets above, then save.'),
    ).toBeTruthy();
    await act(async () => type(labelled(container, 'Data engineer: target level for Data Pipelines'), '2'));
    await save(container);

    const skill = main.current().framework.skills.find((s) => s.id === 'data-pipelines-2');
    expect(skill).toEqual({
      id: 'data-pipelines-2',
      name: 'Data Pipelines',
      area: 'data-engineering',
      kind: 'responsibility',
      description: 'Streaming ingestion.',
    });
    expect(main.current().framework.roles[1]!.targets['data-pipelines-2']).toEqual({ level: 2, weight: 1 });
  });

  it('retiring a skill sets retired; restoring clears it', async () => {
    const { main, container } = await openFrameworks();
    await click(labelled(container, 'Retire Data pipelines (ETL)'));
    expect(container.querySelector('[data-skill="data-pipelines"]')?.className).toContain('frameworks__item--retired');
    await save(container);
    expect(main.current().framework.skills.find((s) => s.id === 'data-pipelines')?.retired).toBe(true);

    await click(labelled(container, 'Restore Data pipelines (ETL)'));
    await save(container);
    const restored = main.current().framework.skills.find((s) => s.id === 'data-pipelines')!;
    expect(restored.retired).toBeUndefined();
    expect('retired' in restored).toBe(false);
  });

  it('renames a skill and a role, and adds a role with empty targets', async () => {
    const { main, container } = await openFrameworks();
    await act(async () => {
      type(labelled(container, 'Name of skill data-pipelines'), 'Data pipelines (batch)');
      type(labelled(container, 'Name of role data-engineer'), 'Data platform engineer');
    });
    const form = byText(container, 'legend', 'Add a role').closest('fieldset')!;
    await act(async () => type(form.querySelector('input')!, 'Platform Engineer'));
    await click(byText(form, 'button', 'Add role'));
    await save(container);

    const fw = main.current().framework;
    expect(fw.skills.find((s) => s.id === 'data-pipelines')?.name).toBe('Data pipelines (batch)');
    expect(fw.roles.find((r) => r.id === 'data-engineer')?.name).toBe('Data platform engineer');
    expect(fw.roles.find((r) => r.id === 'platform-engineer')).toEqual({
      id: 'platform-engineer',
      name: 'Platform Engineer',
      area: 'shared',
      description: '',
      targets: {},
    });
  });

  it('a role renamed to a name another role has, or one of its job titles, is refused naming both roles', async () => {
    const { main, container } = await openFrameworks();
    await act(async () => type(labelled(container, 'Name of role data-engineer'), 'Analytics Engineer'));
    await save(container);
    expect(main.api.saveFramework).not.toHaveBeenCalled();
    expect(container.querySelector('[role="alert"]')?.textContent).toMatch(
      /^roles\[3\]\.name: role "Analytics engineer" has the same name as role "Analytics Engineer" \(roles\[1\]\.name\), ignoring case and punctuation/,
    );
    await act(async () => type(labelled(container, 'Name of role data-engineer'), 'BI developer'));
    await save(container);
    expect(main.api.saveFramework).not.toHaveBeenCalled();
    expect(container.querySelector('[role="alert"]')?.textContent).toMatch(
      /^roles\[4\]\.aliases\[1\]: the job title "BI developer" of role "Data analyst \/ BI developer" also means role "BI developer" \(roles\[1\]\.name\)/,
    );
  });

  it('an emptied skill name is refused with its path', async () => {
    const { main, container } = await openFrameworks();
    await act(async () => type(labelled(container, 'Name of skill hypothesis-testing'), '  '));
    await save(container);
    expect(main.api.saveFramework).not.toHaveBeenCalled();
    expect(container.querySelector('[role="alert"]')?.textContent).toMatch(/^skills\[2\]\.name: must not be empty/);
  });

  it('makes slugs', () => {
    expect(slugify('Café & Crème Brûlée!')).toBe('cafe-creme-brulee');
    expect(slugify('***', 'skill')).toBe('skill');
    expect(uniqueId('A b', ['a-b', 'a-b-2'])).toBe('a-b-3');
    expect(slugify('x'.repeat(100))).toHaveLength(64);
  });
});

describe('Frameworks: reset, import, export', () => {
  it('reset asks first and calls resetFramework only when confirmed', async () => {
    const confirm = vi.fn(() => false);
    const { main, container } = await openFrameworks(confirm);
    await click(byText(container, 'button', 'Reset to built-in'));
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(main.api.resetFramework).not.toHaveBeenCalled();

    confirm.mockReturnValue(true);
    await click(byText(container, 'button', 'Reset to built-in'));
    await settle();
    expect(main.api.resetFramework).toHaveBeenCalledTimes(1);
    expect(byText(container, '[role="status"]', 'Built-in framework restored')).toBeTruthy();
  });

  it('import and export go through the store', async () => {
    const { main, container } = await openFrameworks();
    await click(byText(container, 'button', 'Export…'));
    await settle();
    expect(main.api.exportFramework).toHaveBeenCalledTimes(1);
    await click(byText(container, 'button', 'Import…'));
    await settle();
    expect(main.api.importFramework).toHaveBeenCalledTimes(1);
  });

  it("an import main refuses shows the app's error notice with the file and field", async () => {
    // A framework file whose first role targets a skill it does not have.
    const framework = builtinFramework();
    const [first, ...others] = framework.roles;
    const broken = {
      ...framework,
      roles: [{ ...first!, targets: { ...first!.targets, x: { level: 1, weight: 1 } } }, ...others],
    };
    const main = await mainInMemory({
      files: { '/home/team.json': JSON.stringify(broken) },
      opens: ['/home/team.json'],
    });
    view = await render(inWorkspace(createWorkspaceStore(main.api), <App initialScreen="frameworks" />));
    await settle();
    await click(byText(view.container, 'button', 'Import…'));
    await settle();
    expect(main.api.importFramework).toHaveBeenCalledTimes(1);
    const alert = byText(view.container, '.banner__title', 'The framework was not imported').closest('[role="alert"]');
    expect(alert?.textContent).toContain('roles[0].targets.x');
    expect(view.container.querySelector('.frameworks__notice')).toBeNull();
  });

  it('browse mode shows the framework with its source sentences', async () => {
    const main = await mainInMemory();
    view = await render(inWorkspace(createWorkspaceStore(main.api), <App initialScreen="frameworks" />));
    await settle();
    expect(view.container.querySelector('h1')?.textContent).toBe(main.current().framework.name);
    expect(view.container.querySelectorAll('.source__quote').length).toBeGreaterThan(0);
    await click(byText(view.container, 'button', 'Edit'));
    expect(view.container.querySelector('form[aria-label="Edit framework"]')).not.toBeNull();
  });
});
