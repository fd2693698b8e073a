import { Chart } from 'chart.js';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Member, TeamFile } from '@shared/domain';
import { analyzeTeam } from '@shared/analysis';
import { initialData, type AppData } from '@shared/data';
import { CHART_COLOURS } from '@shared/design/tokens';
import { DashboardScreen } from '@renderer/screens/dashboard/DashboardScreen';
import { TeamDashboard } from '@renderer/screens/dashboard/TeamDashboard';
import { THRESHOLD_LINE_ID } from '@renderer/screens/dashboard/charts/threshold-line';
import { selectAnalysis } from '@renderer/state/analysis';
import { createWorkspaceStore } from '@renderer/state/workspace';
import { mainInMemory } from './main-in-memory';
import { mixedTeam } from './mixed-team';
import { bigOrganisation } from '../support/big-organisation';
import sampleTeamJson from '../../resources/sample-team.json';
import { builtinFramework } from '@shared/io';
import { byText, render, type Rendered, inWorkspace } from './render';

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
  return { main, workspace, container: view.container };
}

/** The dashboard of a team given whole, without the workspace: for teams unlike the sample. */
async function mountTeam(team: AppData) {
  view = await render(<TeamDashboard data={team} analysis={analyzeTeam(team)} theme={CHART_COLOURS.light} />);
  return view.container;
}

const card = (container: HTMLElement, title: string): HTMLElement => byText(container, 'h2', title).closest('section')!;

/** Switches a chart card to its table view and reads the body rows as text cells. */
async function tableOf(container: HTMLElement, title: string): Promise<string[][]> {
  const section = card(container, title);
  const toggle = byText(section, 'button', 'Show table');
  await act(async () => toggle.click());
  return Array.from(section.querySelectorAll('tbody tr')).map((tr) =>
    Array.from(tr.children).map((cell) => cell.textContent ?? ''),
  );
}

const tile = (container: HTMLElement, id: string): string =>
  container.querySelector(`[data-tile="${id}"] .tile__value`)?.textContent ?? '';

const data = (workspace: ReturnType<typeof createWorkspaceStore>) => workspace.getState().data!;

describe('dashboard', () => {
  it('shows the summary tiles from the analysis', async () => {
    const { container, workspace } = await mount();
    const summary = selectAnalysis(data(workspace)).summary;
    expect(tile(container, 'members')).toBe('8');
    expect(tile(container, 'gaps')).toBe(String(summary.skillsWithGaps));
    expect(tile(container, 'spof')).toBe(String(summary.singlePointsOfFailure));
    expect(tile(container, 'carried')).toBe(summary.engineeringFteCarriedByScientists.toFixed(2));
    expect(tile(container, 'hires')).toBe(String(summary.hiresRecommended));
    // The sample team's known numbers, so the test fails if both sides drift together.
    expect([tile(container, 'gaps'), tile(container, 'spof'), tile(container, 'carried')]).toEqual(['8', '7', '1.77']);
  });

  it("the gap chart's table has the analysis gaps of the skills short of the policy, the largest first", async () => {
    const { container, workspace } = await mount();
    const rows = await tableOf(container, 'Gaps per skill');
    const required = selectAnalysis(data(workspace))
      .coverage.filter((c) => c.status !== 'not-required' && c.gap > 0)
      .sort((a, b) => b.gap - a.gap);
    expect(rows).toHaveLength(8);
    expect(rows.map((r) => r[0])).toEqual(required.map((c) => c.name));
    expect(rows.map((r) => Number(r[5]))).toEqual(required.map((c) => c.gap));
    expect(rows.map((r) => Number(r[4]))).toEqual(required.map((c) => c.holders));
    const integration = rows.find((r) => r[0] === 'Product integration')!;
    expect(integration.slice(4, 7)).toEqual(['0', '2', 'Uncovered']);
    // Back to the chart.
    await act(async () => byText(card(container, 'Gaps per skill'), 'button', 'Show chart').click());
    expect(card(container, 'Gaps per skill').querySelector('canvas')).not.toBeNull();
  });

  it("the coverage chart's table has holders against needed, shortfalls first, and by area the framework's categories", async () => {
    const { container, workspace } = await mount();
    const rows = await tableOf(container, 'Coverage against the policy');
    const required = selectAnalysis(data(workspace)).coverage.filter((c) => c.status !== 'not-required');
    expect(rows).toHaveLength(required.length);
    expect(rows[0]).toEqual(['Product integration', 'Data engineering', '2', '0', '2', '2', 'Uncovered']);
    for (const row of rows) {
      const c = required.find((r) => r.name === row[0])!;
      expect(row.slice(3, 6)).toEqual([String(c.holders), String(c.needed), String(c.gap)]);
    }
    expect(rows.slice(0, 8).every((r) => Number(r[5]) > 0)).toBe(true);
    expect(rows.slice(8).every((r) => r[5] === '0')).toBe(true);

    const coverage = card(container, 'Coverage against the policy');
    const byArea = byText(coverage, 'button', 'By area');
    expect(byArea.getAttribute('aria-pressed')).toBe('false');
    await act(async () => byArea.click());
    expect(byArea.getAttribute('aria-pressed')).toBe('true');
    const areas = Array.from(coverage.querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.children).map((cell) => cell.textContent ?? ''),
    );
    expect(areas.map((r) => r[0])).toEqual([
      'Data science responsibilities',
      'Data science skills',
      'Data engineering responsibilities',
      'Data engineering skills',
      'Machine learning engineering skills',
      'Shared skills',
    ]);
    // Data engineering skills: Data warehousing and Big data technologies held by Priya alone.
    expect(areas[3]).toEqual(['Data engineering skills', '6', '2', '10', '12', '2']);
    await act(async () => byText(coverage, 'button', 'Show chart').click());
    expect(coverage.querySelector('canvas')!.getAttribute('aria-label')).toMatch(
      /^Bar chart of 6 areas of the framework/,
    );
  });

  it("the role-fit table has every member's fits; Kwame fits data engineering best, a mismatch", async () => {
    const { container, workspace } = await mount();
    const rows = await tableOf(container, 'Role fit');
    const members = selectAnalysis(data(workspace)).members;
    expect(rows.map((r) => [r[0], Number(r[2]), Number(r[3])])).toEqual(
      members.map((m) => [m.name, m.fits[0]!.fit, m.fits[1]!.fit]),
    );
    // One column per role of the framework, then the best fit and the mismatch.
    const kwame = rows.find((r) => r[0] === 'Kwame Mensah')!;
    expect(kwame.slice(-2)).toEqual(['Data engineer', 'Yes']);
    expect(rows.filter((r) => r.at(-1) === 'Yes').map((r) => r[0])).toEqual(['Kwame Mensah']);
    expect(rows[0]).toHaveLength(2 + data(workspace).framework.roles.length + 2);
  });

  it('the time-allocation table splits the engineering scientists carry from the engineers’ own', async () => {
    const { container, workspace } = await mount();
    const rows = await tableOf(container, 'Time allocation');
    const analysis = selectAnalysis(data(workspace));
    for (const carrier of analysis.separation.carriers) {
      expect(Number(rows.find((r) => r[0] === carrier.name)![1])).toBe(carrier.engineeringPercent);
    }
    // Priya is employed as an engineer: her engineering is her own, not carried.
    expect(rows.find((r) => r[0] === 'Priya Raman')!.slice(1, 3)).toEqual(['0', '100']);
    expect(card(container, 'Time allocation').textContent).toContain('20 % engineering-load threshold');
  });

  it('moves the dashed threshold line on the chart already drawn when the threshold changes', async () => {
    const { container, workspace } = await mount();
    const canvas = card(container, 'Time allocation').querySelector('canvas')!;
    const line = () =>
      (Chart.getChart(canvas)!.options.plugins as Record<string, { threshold: number }>)[THRESHOLD_LINE_ID]!.threshold;
    expect(line()).toBe(20);
    const organisation = { ...data(workspace).organisation, engineeringLoadThreshold: 35 };
    await act(async () => {
      await workspace.getState().request('organisation:save', { organisation });
    });
    // The same chart, updated: its plugins were fixed when it was first drawn.
    expect(card(container, 'Time allocation').querySelector('canvas')).toBe(canvas);
    expect(line()).toBe(35);
  });

  it('the single points of failure name the one person each skill depends on', async () => {
    const { container } = await mount();
    const items = Array.from(card(container, 'Single points of failure').querySelectorAll('li'));
    const pairs = items.map((li) => [
      li.querySelector('.spof__skill')!.textContent,
      li.querySelector('.spof__person')!.textContent,
    ]);
    expect(pairs).toEqual([
      ['Data storytelling', 'Ana Lima'],
      ['Cloud ML services', 'Tomasz Nowak'],
      ['Data security', 'Priya Raman'],
      ['Data warehouse solutions', 'Priya Raman'],
      ['ML build / deployment pipelines', 'Kwame Mensah'],
      ['Data warehousing', 'Priya Raman'],
      ['Big data technologies', 'Priya Raman'],
    ]);
  });

  it("editing a member's level through the store closes a gap and updates the tiles", async () => {
    const { container, workspace } = await mount();
    expect(tile(container, 'gaps')).toBe('8');
    expect(tile(container, 'spof')).toBe('7');
    const ana = data(workspace).members.find((m) => m.id === 'ana-lima')!;
    expect(ana.levels['cloud-ml-services'] ?? 0).toBeLessThan(2);
    await act(async () => {
      await workspace
        .getState()
        .request('member:save', { member: { ...ana, levels: { ...ana.levels, 'cloud-ml-services': 2 } } });
    });
    expect(tile(container, 'gaps')).toBe('7');
    expect(tile(container, 'spof')).toBe('6');
    expect(card(container, 'Single points of failure').textContent).not.toContain('Cloud ML services');
    // Closed: it leaves the gaps and shows as covered, 2 of 2, against the policy.
    const gapRows = await tableOf(container, 'Gaps per skill');
    expect(gapRows.map((r) => r[0])).not.toContain('Cloud ML services');
    const rows = await tableOf(container, 'Coverage against the policy');
    expect(rows.find((r) => r[0] === 'Cloud ML services')!.slice(3, 7)).toEqual(['2', '2', '0', 'Covered']);
    // The heatmap shows the new level in Ana's row.
    const heat = await tableOf(container, 'Skills heatmap');
    const header = Array.from(card(container, 'Skills heatmap').querySelectorAll('thead th')).map(
      (th) => th.textContent,
    );
    expect(heat.find((r) => r[0] === 'Ana Lima')![header.indexOf('Cloud ML services')]).toBe('2');
  });

  it('renders each chart on a canvas with a role and a one-sentence label', async () => {
    const { container } = await mount();
    const canvases = Array.from(container.querySelectorAll('canvas'));
    expect(canvases).toHaveLength(4);
    for (const canvas of canvases) {
      expect(canvas.getAttribute('role')).toBe('img');
      expect(canvas.getAttribute('aria-label')).toMatch(/^[A-Z].+\.$/);
    }
    expect(card(container, 'Gaps per skill').querySelector('canvas')!.getAttribute('aria-label')).toContain(
      'the 8 of 31 required skills short of the coverage policy, 9 people in all',
    );
    expect(card(container, 'Role fit').querySelector('canvas')!.getAttribute('aria-label')).toContain(
      'Role fit of 8 members by the role they are employed as; 1 whose best fit is another role by more than 10 points.',
    );
  });

  it('the heatmap is a keyboard-scrollable grid with the level in each cell', async () => {
    const { container, workspace } = await mount();
    const region = card(container, 'Skills heatmap').querySelector<HTMLElement>('.heatmap-scroll')!;
    expect(region.getAttribute('role')).toBe('region');
    expect(region.tabIndex).toBe(0);
    const rows = Array.from(region.querySelectorAll('tbody tr'));
    expect(rows.map((r) => r.querySelector('th')!.textContent)).toEqual(data(workspace).members.map((m) => m.name));
    const priya = data(workspace).members.find((m) => m.id === 'priya-raman')!;
    const priyaRow = rows.find((r) => r.querySelector('th')!.textContent === 'Priya Raman')!;
    const cells = Array.from(priyaRow.querySelectorAll('td'));
    const columns = selectAnalysis(data(workspace)).coverage;
    expect(cells.map((td) => Number(td.textContent))).toEqual(columns.map((c) => priya.levels[c.skillId] ?? 0));
    // Level 4 on a 0–4 scale is the darkest step; 0 the lightest.
    const pipelines = cells[columns.findIndex((c) => c.skillId === 'data-pipelines')]!;
    expect(pipelines.textContent).toBe('4');
    expect(pipelines.className).toContain('heat-4');
  });

  it('the heatmap names every skill in full and keys its marks: the levels by name, the areas', async () => {
    const { container, workspace } = await mount();
    const heat = card(container, 'Skills heatmap');
    const columns = selectAnalysis(data(workspace)).coverage;
    const headers = Array.from(heat.querySelectorAll('thead th.heatmap__skill'));
    expect(headers.map((th) => th.textContent)).toEqual(columns.map((c) => c.name));
    expect(headers.map((th) => th.getAttribute('title'))).toEqual(columns.map((c) => c.name));
    // Each header carries its area's mark, which the area key explains.
    expect(headers.map((th) => th.className)).toEqual(columns.map((c) => `heatmap__skill heatmap__skill--${c.area}`));
    const steps = Array.from(heat.querySelectorAll('[aria-label="Level colours"] li')).map((li) => [
      li.textContent,
      li.querySelector('.heat-key__swatch')!.className,
    ]);
    expect(steps).toEqual([
      ['0 None', 'heat-key__swatch heat-0'],
      ['1 Awareness', 'heat-key__swatch heat-1'],
      ['2 Working', 'heat-key__swatch heat-2'],
      ['3 Practitioner', 'heat-key__swatch heat-3'],
      ['4 Expert', 'heat-key__swatch heat-4'],
      // Not assessed has a key entry of its own (the dash in its swatch is hidden from screen readers).
      ['–not assessed', 'heat-key__swatch heat-none'],
    ]);
    const areas = heat.querySelector('[aria-label="Bar above each skill: its area"]')!;
    expect(Array.from(areas.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      'Data science',
      'Data engineering',
      'Machine learning engineering',
      'Analytics',
      'Shared',
    ]);
  });

  it('a mixed team of 60 in five roles: shortfalls lead, product teams in the heatmap and the time allocation', async () => {
    const team = mixedTeam();
    const container = await mountTeam(team);
    const coverage = await tableOf(container, 'Coverage against the policy');
    expect(coverage.slice(0, 3).map((r) => [r[0], r[3], r[4], r[6]])).toEqual([
      ['Cloud ML services', '6', '12', 'Below policy'],
      ['Data security', '0', '3', 'Uncovered'],
      // Then the thinnest cover: three needed, six hold it.
      ['Software engineering frameworks', '6', '3', 'Covered'],
    ]);
    const gaps = await tableOf(container, 'Gaps per skill');
    expect(gaps.map((r) => r[0])).toEqual(['Cloud ML services', 'Data security']);

    const heat = card(container, 'Skills heatmap');
    expect(Array.from(heat.querySelectorAll('.heatmap tbody th')).map((th) => th.textContent)).toEqual([
      'Logistics (12)',
      'Marketing (12)',
      'No product team (12)',
      'Payments (12)',
      'Search (12)',
    ]);
    expect(heat.querySelector('.heatmap__corner')!.textContent).toBe('Product team (members)');
    expect(heat.querySelector('.heat-key__title')!.textContent).toBe('Average level');
    expect(heat.textContent).toContain('An average takes the colour of the nearest level.');
    const allocation = await tableOf(container, 'Time allocation');
    expect(allocation.map((r) => r[0])).toContain('No product team (12)');
    expect(tile(container, 'members')).toBe('60');
  });

  it('shows coverage by product team, teams with gaps first, with a tile and the same numbers in the table', async () => {
    const team = mixedTeam();
    const analysis = analyzeTeam(team);
    const container = await mountTeam(team);
    const grid = card(container, 'Coverage by product team');
    const tc = analysis.teamCoverage;
    expect(tc.scope).toBe('both');
    const labels = Array.from(grid.querySelectorAll('.team-grid tbody th')).map((th) => th.textContent);
    expect(labels).toEqual(tc.teams.map((t) => `${t.label} (${t.members})`));
    expect(labels.at(-1)).toBe('No product team (12)');
    const gapsFirst = tc.teams.map((t) => t.gapCount);
    expect(gapsFirst.slice(0, -1)).toEqual([...gapsFirst.slice(0, -1)].sort((a, b) => b - a));
    // Every gap cell is marked as such, and says so in words.
    const marked = grid.querySelectorAll('td.team-grid__cell--uncovered, td.team-grid__cell--below-policy').length;
    expect(marked).toBe(analysis.summary.teamGaps);
    expect(marked).toBeGreaterThan(0);
    expect(grid.querySelector('.team-grid__cell--uncovered')!.getAttribute('title')).toMatch(/: 0 of 1 needed, nobody/);
    expect(tile(container, 'team-gaps')).toBe(String(analysis.summary.teamGaps));

    const table = await tableOf(container, 'Coverage by product team');
    expect(table.map((r) => [r[0], r[2]])).toEqual(tc.teams.map((t) => [t.label, String(t.gapCount)]));
  });

  it('at 2,000 people in 40 product teams, the one team lacking a skill leads the team grid and has a tile', async () => {
    const framework = builtinFramework();
    const big = bigOrganisation(framework);
    const team: AppData = {
      ...initialData(sampleTeamJson as unknown as TeamFile, framework),
      sample: false,
      scenarios: [],
      ...big,
    };
    const container = await mountTeam(team);
    expect(tile(container, 'members')).toBe('2,000');
    expect(tile(container, 'gaps')).toBe('0');
    expect(tile(container, 'team-gaps')).toBe('1');
    const grid = card(container, 'Coverage by product team');
    const first = grid.querySelector('.team-grid tbody tr')!;
    expect(first.querySelector('th')!.textContent).toBe('Payments 3 (50)');
    const gaps = Array.from(grid.querySelectorAll('td.team-grid__cell--uncovered'));
    expect(gaps.map((td) => td.getAttribute('title'))).toEqual([
      'Payments 3 · Data security: 0 of 1 needed, nobody; 25 not assessed',
    ]);
    expect(grid.querySelectorAll('.team-grid tbody tr')).toHaveLength(25);
    expect(grid.textContent).toContain('15 more product teams, all without a gap, are in the table view.');
  });

  it('aggregates the heatmap and the time allocation per product team above 50 members', async () => {
    const { container, workspace } = await mount();
    const template = data(workspace).members.find((m) => m.id === 'priya-raman')!;
    const addCopies = async (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const copy: Member = { ...template, id: `copy-${i}`, name: `Copy ${i}`, productTeam: 'Platform' };
        await act(async () => {
          await workspace.getState().request('member:save', { member: copy });
        });
      }
    };
    await addCopies(0, 42); // 50 members: still one row each
    expect(data(workspace).members).toHaveLength(50);
    const heatmap = () => card(container, 'Skills heatmap').querySelectorAll('.heatmap tbody tr');
    expect(heatmap()).toHaveLength(50);

    await addCopies(42, 43); // 51 members: one row per product team
    const rows = Array.from(heatmap()).map((r) => r.querySelector('th')!.textContent);
    expect(rows).toEqual(['Checkout (3)', 'Platform (43)', 'Recommendations (3)', 'Supply chain (2)']);
    expect(card(container, 'Skills heatmap').textContent).toContain('per product team');
    // Averages: Checkout is Kwame, Tomasz and Priya.
    const members = data(workspace).members.filter((m) => m.productTeam === 'Checkout');
    const average = members.reduce((sum, m) => sum + (m.levels['data-pipelines'] ?? 0), 0) / members.length;
    const table = await tableOf(container, 'Skills heatmap');
    const header = Array.from(card(container, 'Skills heatmap').querySelectorAll('thead th')).map(
      (th) => th.textContent,
    );
    const checkout = table.find((r) => r[0] === 'Checkout (3)')!;
    const pipelines = selectAnalysis(data(workspace)).coverage.find((c) => c.skillId === 'data-pipelines')!.name;
    expect(Number(checkout[header.indexOf(pipelines)])).toBe(Math.round(average * 10) / 10);

    const allocation = await tableOf(container, 'Time allocation');
    expect(allocation.map((r) => r[0])).toEqual(rows);
    // Platform holds only engineers: all engineering, none carried.
    expect(allocation.find((r) => r[0] === 'Platform (43)')!.slice(1, 3)).toEqual(['0', '100']);
  });

  it('says plainly when no skill is below the policy, with no gap chart to read', async () => {
    const team = mixedTeam();
    const container = await mountTeam({ ...team, organisation: { ...team.organisation, coverage: { minPeople: 1 } } });
    const gaps = card(container, 'Gaps per skill');
    expect(gaps.textContent).toContain(
      'No skill is below the policy: each of the 26 required skills has the people the coverage policy needs.',
    );
    expect(gaps.querySelector('canvas')).toBeNull();
    expect(gaps.querySelector('button')).toBeNull();
    // The other charts are all there, and the coverage legend names only the marks it shows.
    expect(container.querySelectorAll('canvas')).toHaveLength(3);
    const legend = (title: string) =>
      Chart.getChart(card(container, title).querySelector('canvas')!)!.legend!.legendItems!.map((i) => i.text);
    expect(legend('Coverage against the policy')).toEqual(['Needed by the policy', 'Holders, enough']);
    expect(tile(container, 'gaps')).toBe('0');
  });

  it('shows what to do next when there are no members', async () => {
    const { container, workspace } = await mount();
    await act(async () => {
      await workspace.getState().request('team:clearSample', {});
    });
    expect(container.textContent).toContain('No team members yet');
    expect(container.textContent).toContain('Team screen');
    expect(container.querySelector('canvas')).toBeNull();
  });
});
