import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import sampleTeamJson from '../../resources/sample-team.json';
import { analyzeTeam } from '@shared/analysis';
import { initialData, type AppData } from '@shared/data';
import type { TeamFile } from '@shared/domain';
import { builtinFramework } from '@shared/io';
import { teamMatrixRows } from '@shared/interchange/write-matrix';
import { skillsHeatmap } from '@renderer/screens/dashboard/data/skills-heatmap';
import { memberRadar } from '@renderer/screens/member/member-detail';
import { skillRuns } from '@renderer/screens/team/team-model';
import { TeamScreen } from '@renderer/screens/team/TeamScreen';
import { createWorkspaceStore } from '@renderer/state/workspace';
import { mainInMemory } from './main-in-memory';
import { inWorkspace, render, type Rendered } from './render';

/*
 * One skill order in every view: levels typed into the grid from a spreadsheet must land on
 * the row the heatmap, the member detail and the exported matrix show them on.
 */

const sample = (): AppData => initialData(sampleTeamJson as unknown as TeamFile, builtinFramework());

/** The sample with a sub-task moved to the end of the framework's list, as an edited framework may have it. */
function withSubTaskLast(data: AppData): AppData {
  const skills = [...data.framework.skills];
  const at = skills.findIndex((s) => s.id === 'feature-engineering');
  const [moved] = skills.splice(at, 1);
  return { ...data, framework: { ...data.framework, skills: [...skills, moved!] } };
}

const gridOrder = (data: AppData) => skillRuns(data.framework).flatMap((run) => run.skills.map((n) => n.skill.id));
const onlyIn = (order: string[], ids: readonly string[]) => order.filter((id) => ids.includes(id));

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

describe('the one skill order', () => {
  it.each([
    ['the built-in framework', sample],
    ['a sub-task listed last', () => withSubTaskLast(sample())],
  ])('the grid, the heatmap, the member radar and the exported matrix agree (%s)', (_name, make) => {
    const data = make();
    const grid = gridOrder(data);
    // The sub-task sits in its parent's block, before the next top-level skill.
    expect(grid.indexOf('feature-engineering')).toBeGreaterThan(grid.indexOf('ml-model-development'));
    expect(grid.indexOf('feature-engineering')).toBeLessThan(grid.indexOf('model-performance-monitoring'));

    const heat = skillsHeatmap(analyzeTeam(data), data).columns.map((c) => c.skillId);
    expect(heat.length).toBeGreaterThan(0);
    expect(heat).toEqual(onlyIn(grid, heat));

    const roles = data.framework.roles.slice(0, 1);
    const radar = memberRadar(data, data.members[0]!, roles).skillIds;
    expect(radar).toEqual(onlyIn(grid, radar));

    expect(teamMatrixRows(data).skillIds).toEqual(grid);
  });

  it('the grid on screen lists the skills in that order', async () => {
    const main = await mainInMemory();
    const store = createWorkspaceStore(main.api);
    await store.getState().load();
    view = await render(inWorkspace(store, <TeamScreen confirm={() => true} />));
    const row = view.container.querySelector<HTMLButtonElement>('button[data-member-id]')!;
    await act(async () => row.click());
    const shown = Array.from(view.container.querySelectorAll<HTMLElement>('[role="radiogroup"][data-skill-id]')).map(
      (g) => g.dataset.skillId!,
    );
    const data = main.current();
    expect(shown).toEqual(gridOrder(data));
    const heat = skillsHeatmap(analyzeTeam(data), data).columns.map((c) => c.skillId);
    expect(heat).toEqual(onlyIn(shown, heat));
  });
});
