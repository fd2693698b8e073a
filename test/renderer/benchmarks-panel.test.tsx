import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { CHART_COLOURS } from '@shared/design/tokens';
import { analyzeTeam } from '@shared/analysis';
import type { Member } from '@shared/domain';
import { shippedBenchmarks } from '@shared/io';
import { DashboardScreen } from '@renderer/screens/dashboard/DashboardScreen';
import { TeamDashboard } from '@renderer/screens/dashboard/TeamDashboard';
import { createWorkspaceStore } from '@renderer/state/workspace';
import { mainInMemory } from './main-in-memory';
import { byText, inWorkspace, render, settle, type Rendered } from './render';

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

async function mount() {
  const main = await mainInMemory();
  const workspace = createWorkspaceStore(main.api);
  await workspace.getState().load();
  view = await render(inWorkspace(workspace, <DashboardScreen />));
  await settle();
  const panel = byText(view.container, 'h2', 'Published benchmarks').closest('section')!;
  return { main, workspace, panel };
}

const figure = (panel: HTMLElement, id: string): HTMLElement => panel.querySelector(`[data-figure="${id}"]`)!;
const text = (el: Element | null): string => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('the published benchmarks panel', () => {
  it('asks main for the published figures once and shows each beside the team figure, with source and year', async () => {
    const { main, panel } = await mount();
    expect(main.api.readBenchmarks).toHaveBeenCalledTimes(1);
    const ratio = figure(panel, 'engineers-per-scientist');
    // The sample team: 1 data engineer, 7 data scientists.
    expect(text(ratio.querySelector('.benchmarks__team'))).toBe('This team 0.14 data engineers per data scientist');
    const advice = text(ratio.querySelector('[data-anchor="anderson-engineers-per-scientist"]'));
    expect(advice).toContain("Published figure 2–5 data engineers per data scientist (Practitioner's advice)");
    expect(advice).toContain(
      'Source: Jesse Anderson, “Data Teams: A Unified Management Model for Successful Data-Focused Teams”, Apress, 2020',
    );
    const time = figure(panel, 'scientist-time');
    expect(text(time.querySelector('[data-anchor="anaconda-data-preparation-time"]'))).toContain('Anaconda, 2020');
    expect(text(time.querySelector('.benchmarks__team'))).toMatch(
      /% on data preparation, [\d.]+ % on data-engineering work$/,
    );
    // Every anchor of the shipped file is on the panel.
    for (const anchor of shippedBenchmarks().anchors) {
      expect(panel.querySelector(`[data-anchor="${anchor.id}"]`), anchor.id).not.toBeNull();
    }
  });

  it('asks for the company headcount until it is entered, then shows the share', async () => {
    const { panel, workspace } = await mount();
    const size = () => text(figure(panel, 'data-team-share-of-company').querySelector('.benchmarks__team'));
    expect(size()).toMatch(/Enter company headcount in Settings/);
    expect(text(figure(panel, 'data-team-share-of-company'))).toContain('Left out: Data team as a share');
    const organisation = { ...workspace.getState().data!.organisation, companyHeadcount: 200 };
    await act(async () => {
      await workspace.getState().request('organisation:save', { organisation });
    });
    await settle();
    expect(size()).toBe('This team 4 % of the company (8 people of 200)');
  });

  it('opens a source through main, with the address from the file', async () => {
    const { main, panel } = await mount();
    const anchor = panel.querySelector<HTMLElement>('[data-anchor="synq-insights-to-engineering-mix"]')!;
    await act(async () => byText(anchor, 'button', 'Open the source of Observed at 40 data teams').click());
    await settle();
    // The preload opens it only on a live click (user activation), which happy-dom does not model.
    expect(main.api.openExternalLink).toHaveBeenCalledTimes(1);
    expect(main.api.openExternalLink).toHaveBeenCalledWith({
      url: 'https://synq.io/blog/data-team-composition',
    });
  });

  it('is worded as external figures, never as a judgement', async () => {
    const { panel } = await mount();
    expect(text(panel)).toMatch(/external reference points, not targets or judgements/);
    expect(text(panel)).not.toMatch(/\b(good|bad|healthy|unhealthy|too many|too few|should)\b/i);
  });

  it('counts ML, analytics and BI people in neither group', async () => {
    const { panel, workspace } = await mount();
    const first = workspace.getState().data!.members[0]!;
    const others: Member[] = ['ml-engineer', 'analytics-engineer', 'data-analyst'].map((role, i) => ({
      ...first,
      id: `extra-${i}`,
      name: `Extra ${i}`,
      role,
    }));
    for (const member of others) {
      await act(async () => {
        await workspace.getState().request('member:save', { member });
      });
    }
    await settle();
    const ratio = figure(panel, 'engineers-per-scientist');
    expect(text(ratio.querySelector('.benchmarks__team'))).toBe('This team 0.14 data engineers per data scientist');
    expect(text(ratio.querySelector('.benchmarks__counted'))).toContain('3 members in other framework roles');
  });

  it('is left out of a dashboard drawn without a workspace (no main process to ask)', async () => {
    const main = await mainInMemory();
    const data = main.current();
    view = await render(<TeamDashboard data={data} analysis={analyzeTeam(data)} theme={CHART_COLOURS.light} />);
    expect(view.container.querySelector('.benchmarks')).toBeNull();
  });
});
