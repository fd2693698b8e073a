import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReactElement } from 'react';
import { App } from '@renderer/App';
import { createWorkspaceStore } from '@renderer/state/workspace';
import type { Rendered } from './render';
import { byText, inWorkspace, render } from './render';

/** The app as a plain browser shows it: no preload bridge, so no main process. */
const withoutMain = (element: ReactElement) => inWorkspace(createWorkspaceStore(undefined), element);

let view: Rendered | undefined;

afterEach(() => {
  view?.unmount();
  view = undefined;
  vi.unstubAllGlobals();
  Reflect.deleteProperty(window, 'gapwise');
});

const cellText = (cell: Element | undefined): string => cell?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('App: built-in framework browser', () => {
  it('shows the app header and the framework name', async () => {
    view = await render(withoutMain(<App />));
    expect(view.container.querySelector('header')?.textContent).toContain('Gapwise');
    expect(view.container.querySelector('h1')?.textContent).toBe(
      'Data scientist vs data engineer (article framework), with ML, analytics and BI roles',
    );
  });

  it('lists "Data pipelines" under Data engineering, with its description and article quote', async () => {
    view = await render(withoutMain(<App />));
    const section = byText(view.container, 'h2', 'Data engineering').closest('section');
    expect(section).not.toBeNull();
    const name = byText(section!, 'h4', 'Data pipelines (ETL)');
    const card = name.closest('article')!;
    expect(card.closest('section.kind')?.querySelector('h3')?.textContent).toBe('Responsibilities');
    expect(card.querySelector('.skill-card__description')?.textContent).not.toBe('');
    expect(card.querySelector('blockquote')?.textContent).toMatch(/Create \/ maintain data pipelines/);
    // …and not under Data science.
    const dataScience = byText(view.container, 'h2', 'Data science').closest('section')!;
    expect(dataScience.textContent).not.toContain('Data pipelines (ETL)');
  });

  it("marks skills and roles not from the article with their public source, and the article's own with a quote", async () => {
    view = await render(withoutMain(<App />));
    const card = byText(view.container, 'h4', 'Containers and Kubernetes').closest('article')!;
    expect(card.closest('section.area')?.querySelector('h2')?.textContent).toBe('Machine learning engineering');
    expect(card.querySelector('blockquote')).toBeNull();
    const note = card.querySelector('.source--external')!;
    expect(note.textContent).toMatch(/^Not from the article\. /);
    expect(note.querySelector('cite')?.textContent).toBe('Kubernetes documentation: Overview');
    expect(note.textContent).toContain('https://kubernetes.io/docs/concepts/overview/');
    // The address is text: nothing in the browser navigates away from the app.
    expect(note.querySelector('a')).toBeNull();
    expect(card.textContent).toContain('Docker / Kubernetes');

    const roles = Array.from(view.container.querySelectorAll('.roles__item'));
    const sourced = roles.map((r) => [
      r.querySelector('dt')?.textContent,
      r.querySelector('.source--external cite')?.textContent ?? null,
    ]);
    expect(sourced).toEqual([
      ['Data scientist', null],
      ['Data engineer', null],
      ['ML engineer', 'Government Digital and Data Profession Capability Framework: Machine learning engineer'],
      ['Analytics engineer', 'What is an analytics engineer?'],
      ['Data analyst / BI developer', 'Government Digital and Data Profession Capability Framework: Data analyst'],
    ]);
    expect(roles[2]!.textContent).toContain(
      'UK Government Digital and Data, Government Digital and Data Profession Capability Framework: Machine learning engineer (2024)',
    );
    // Each role's job titles, the ones a spreadsheet's job-title column is matched against.
    const titles = roles.map((r) => r.querySelector('.aliases')?.textContent ?? '');
    expect(titles[4]).toMatch(/^Job titles Data analyst · BI developer · BI analyst · /);
    expect(titles[2]).toContain('MLOps engineer');
    expect(titles.every((t) => t.startsWith('Job titles '))).toBe(true);
  });

  it('groups each area into responsibilities and skills, with sub-tasks under their responsibility', async () => {
    view = await render(withoutMain(<App />));
    const dataScience = byText(view.container, 'h2', 'Data science').closest('section')!;
    expect(Array.from(dataScience.querySelectorAll('h3')).map((h) => h.textContent)).toEqual([
      'Responsibilities',
      'Skills',
    ]);
    const training = byText(dataScience, 'h4', 'ML model development (training / testing)').closest('article')!;
    const subtasks = Array.from(training.querySelectorAll('.subtask__name')).map((h) => h.textContent);
    expect(subtasks).toContain('Feature engineering / selection');
    expect(subtasks).toContain('Data preparation');
    const shared = byText(view.container, 'h2', 'Shared').closest('section')!;
    expect(shared.textContent).toContain('Business domain understanding');
  });

  it('shows the role targets table: skills × roles with the level name from the scale', async () => {
    view = await render(withoutMain(<App />));
    const table = view.container.querySelector('table')!;
    expect(table.querySelector('caption')?.textContent).toMatch(/Target level and weight/);
    const headers = Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent);
    expect(headers).toEqual([
      'Skill',
      'Data scientist',
      'Data engineer',
      'ML engineer',
      'Analytics engineer',
      'Data analyst / BI developer',
    ]);

    const pipelines = byText(table, 'th[scope="row"]', 'Data pipelines (ETL)').closest('tr')!;
    const [scientist, engineer, ml, analytics, analyst] = Array.from(pipelines.querySelectorAll('td'));
    expect(cellText(scientist)).toBe('Awareness (1), weight 1');
    expect(cellText(engineer)).toBe('Practitioner (3), weight 3');
    expect(cellText(ml)).toBe('Working (2), weight 1');
    expect(cellText(analytics)).toBe('Working (2), weight 2');
    expect(cellText(analyst)).toBe('—No target');

    const modelDev = byText(table, 'th[scope="row"]', 'ML model development (training / testing)').closest('tr')!;
    expect(cellText(modelDev.querySelectorAll('td')[1])).toBe('—No target');

    const groups = Array.from(table.querySelectorAll('th[scope="colgroup"]')).map((th) => th.textContent);
    expect(groups).toEqual(['Data science', 'Data engineering', 'Machine learning engineering', 'Analytics', 'Shared']);
  });

  it('shows the proficiency scale', async () => {
    view = await render(withoutMain(<App />));
    const scale = byText(view.container, 'h2', 'Proficiency scale').closest('section')!;
    expect(Array.from(scale.querySelectorAll('.scale__name')).map(cellText)).toEqual([
      'Level 0: None',
      'Level 1: Awareness',
      'Level 2: Working',
      'Level 3: Practitioner',
      'Level 4: Expert',
    ]);
  });

  it('shows an alert naming the file and field when the framework is invalid', async () => {
    const load = () => ({ ok: false as const, message: 'ds-vs-de.json: skills[0].id: must be a lowercase slug' });
    view = await render(withoutMain(<App load={load} />));
    const alert = view.container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('skills[0].id: must be a lowercase slug');
    expect(view.container.querySelector('table:not(.shortcuts)')).toBeNull();
  });
});
