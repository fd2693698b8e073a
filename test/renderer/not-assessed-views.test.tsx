// chart.js draws on <canvas>; happy-dom has none, so a mock records the drawing calls.
import 'vitest-canvas-mock';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import sampleTeamJson from '../../resources/sample-team.json';
import { analyzeTeam } from '@shared/analysis';
import { initialData, type AppData } from '@shared/data';
import type { TeamFile } from '@shared/domain';
import { builtinFramework } from '@shared/io';
import { SkillsHeatmap } from '@renderer/screens/dashboard/charts/SkillsHeatmap';
import { TeamScreen } from '@renderer/screens/team/TeamScreen';
import { createWorkspaceStore } from '@renderer/state/workspace';
import { mainInMemory } from './main-in-memory';
import { byText, inWorkspace, render, setValue, settle, type Rendered } from './render';

const sample = (): AppData => initialData(sampleTeamJson as unknown as TeamFile, builtinFramework());

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

describe('not assessed, shown apart from 0', () => {
  it('the heatmap: a hatched dash cell read as "not assessed", beside a real 0', async () => {
    const data = sample();
    const skillId = analyzeTeam(data).coverage[0]!.skillId;
    const [first, second] = data.members;
    const { [skillId]: _cleared, ...rest } = first!.levels;
    const changed: AppData = {
      ...data,
      members: data.members.map((m) =>
        m === first ? { ...m, levels: rest } : m === second ? { ...m, levels: { ...m.levels, [skillId]: 0 } } : m,
      ),
    };
    view = await render(<SkillsHeatmap data={changed} analysis={analyzeTeam(changed)} />);
    const rows = Array.from(view.container.querySelectorAll('table.heatmap tbody tr'));
    const cellOf = (row: Element) => row.querySelectorAll('td')[0]!;
    const none = cellOf(rows[0]!);
    expect(none.className).toBe('heatmap__cell heat-none');
    expect(none.querySelector('[aria-hidden="true"]')?.textContent).toBe('–');
    expect(none.querySelector('.visually-hidden')?.textContent).toBe('not assessed');
    const zero = cellOf(rows[1]!);
    expect(zero.className).toBe('heatmap__cell heat-0');
    expect(zero.textContent).toBe('0');
  });

  it('the member list: a member with no level at all reads "not assessed", not a fit', async () => {
    const main = await mainInMemory();
    const store = createWorkspaceStore(main.api);
    await store.getState().load();
    view = await render(inWorkspace(store, <TeamScreen confirm={() => true} />));
    const container = view.container;
    await act(async () => byText(container, 'button', 'Add member').click());
    await setValue(container.querySelector<HTMLInputElement>('section.editor input[name="name"]')!, 'Nia New');
    await act(async () => byText(container, 'button[type="submit"]', 'Add member').click());
    await settle();
    const id = main.current().members.find((m) => m.name === 'Nia New')!.id;
    const fit = container.querySelector(`button[data-member-id="${id}"] [data-testid="best-fit"]`)!;
    expect(fit.textContent).toBe('not assessed');
    expect(fit.className).toContain('member-row__fit-value--not-assessed');
  });
});
