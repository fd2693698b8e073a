import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlanScreen } from '@renderer/screens/plan/PlanScreen';
import { groupHires, hireGroupTitle } from '@shared/analysis';
import type { PlanExportRequest } from '@shared/ipc';
import { selectAnalysis, selectComparison } from '@renderer/state/analysis';
import { createWorkspaceStore } from '@renderer/state/workspace';
import { EXPORTS_DIR, mainInMemory, type MainInMemory } from './main-in-memory';
import { byText, render, type Rendered, setValue, settle, inWorkspace } from './render';

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

async function renderPlan(
  starting: MainInMemory | Promise<MainInMemory> = mainInMemory(),
  confirm: (message: string) => boolean = () => true,
) {
  const main = await starting;
  const workspace = createWorkspaceStore(main.api);
  await act(async () => workspace.getState().load());
  view = await render(inWorkspace(workspace, <PlanScreen confirm={confirm} />));
  await settle();
  return { main, workspace, container: view.container };
}

const click = (element: HTMLElement) => act(async () => element.click());

/** Today / scenario / change cells of a row of the side-by-side table. */
function figure(container: HTMLElement, label: string) {
  const row = container.querySelector<HTMLTableRowElement>(`tr[data-figure="${label}"]`);
  if (!row) throw new Error(`no figure "${label}"`);
  const cell = (column: string) => row.querySelector(`[data-column="${column}"]`)!.textContent!.trim();
  return { today: Number(cell('today')), scenario: Number(cell('scenario')), change: cell('change') };
}

/** The rows of the table with this caption, as text cells. */
function tableRows(container: HTMLElement, caption: string): string[][] {
  const table = byText(container, 'caption', caption).closest('table')!;
  return Array.from(table.querySelectorAll('tbody tr')).map((tr) =>
    Array.from(tr.children).map((cell) => cell.textContent!.trim()),
  );
}

describe('hiring plan: recommended hires and advice', () => {
  it('shows the hires of the analysis, in order, one card per role and product team, with what to screen for and why', async () => {
    const { main, container } = await renderPlan();
    const hires = selectAnalysis(main.current()).plan.hires;
    expect(hires.length).toBeGreaterThan(1);
    const groups = groupHires(hires);

    const cards = Array.from(
      container.querySelector('ol[aria-label="Recommended hires"]')!.querySelectorAll<HTMLElement>('.hire-card'),
    );
    expect(cards).toHaveLength(groups.length);
    expect(cards.map((c) => Number(c.dataset.count))).toEqual(groups.map((g) => g.count));
    expect(cards.reduce((n, c) => n + Number(c.dataset.count), 0)).toBe(hires.length);
    expect(cards.map((c) => c.querySelector('.hire-card__role')!.textContent)).toEqual(groups.map(hireGroupTitle));
    groups.forEach((group, i) => {
      const card = cards[i]!;
      const members = hires.filter((h) => group.numbers.includes(h.number));
      const best = members.some((h) => h.priority === 'high')
        ? 'High'
        : members.some((h) => h.priority === 'medium')
          ? 'Medium'
          : 'Low';
      expect(card.querySelector('.priority')!.textContent).toBe(`${best} priority`);
      for (const hire of members) {
        expect(hire.roleId).toBe(group.roleId);
        expect(hire.productTeam).toBe(group.productTeam);
        for (const skill of hire.screenFor) expect(card.textContent).toContain(skill.name);
        for (const reason of hire.reasons) expect(card.textContent).toContain(reason);
      }
      expect(card.textContent).toContain(group.productTeam ?? 'Any');
    });
    expect(container.textContent).toContain('proven to be the fewest hires');
    expect(container.textContent).toContain('Assessments as of 2026-01-19 to 2026-02-11.');
    // The claim comes with what it rests on, as the exports state it.
    const assumptions = container.querySelector('[aria-label="Assumptions of the plan"]')!;
    expect(Array.from(assumptions.querySelectorAll('li')).map((li) => li.textContent)).toEqual(
      selectAnalysis(main.current()).plan.assumptions,
    );
  });

  it('groups hires of one role for one product team into a card with a count', () => {
    const hire = (number: number, productTeam: string | null, reasons: string[]) => ({
      number,
      roleId: 'data-engineer',
      roleName: 'Data engineer',
      priority: 'high' as const,
      screenFor: [{ skillId: 'data-security', name: 'Data security', level: 3, levelName: 'practitioner' }],
      absorbsFte: 0.5,
      replacesFte: 0,
      takesOver: [{ skillId: 'data-pipelines', name: 'Data pipelines (ETL)', fte: 0.5 }],
      mustHave: [],
      niceToHave: [],
      seniority: { label: 'Mid-level' as const, basis: 'Must have Data security at Practitioner.' },
      productTeam,
      reasons,
    });
    const groups = groupHires([
      hire(1, 'Payments 3', ['Nobody in Payments 3 holds Data security at the level needed.']),
      hire(2, 'Payments 3', ['Nobody in Payments 3 holds Data security at the level needed.', 'Other.']),
      hire(3, 'Payments 4', ['Elsewhere.']),
      hire(4, 'Payments 3', []),
      hire(5, 'Payments 3', []),
    ]);
    expect(groups.map((g) => [hireGroupTitle(g), g.numbers, g.absorbsFte])).toEqual([
      ['4 × Data engineer for Payments 3', [1, 2, 4, 5], 2],
      ['Data engineer for Payments 4', [3], 0.5],
    ]);
    expect(groups[0]!.reasons).toEqual(['Nobody in Payments 3 holds Data security at the level needed.', 'Other.']);
  });

  it('never hides residual gaps ("None" when there are none) and shows the structure advice', async () => {
    const { main, container } = await renderPlan();
    const analysis = selectAnalysis(main.current());
    const residual = byText(container, 'h2', 'Residual gaps').closest('section')!;
    if (analysis.plan.residualGaps.length === 0) expect(residual.querySelector('.plan-none')?.textContent).toBe('None');
    else expect(residual.querySelectorAll('tbody tr')).toHaveLength(analysis.plan.residualGaps.length);

    const structure = byText(container, 'h2', 'Team structure').closest('section')!;
    const quotes = Array.from(structure.querySelectorAll('blockquote')).map((q) => q.textContent);
    const advice = [analysis.structure.dataScience, analysis.structure.dataEngineering];
    expect(quotes).toEqual(advice.map((a) => a.source).filter((s) => s !== null));
    for (const a of advice) {
      expect(structure.textContent).toContain(a.summary);
      expect(structure.textContent).toContain(a.basis);
      for (const unit of a.units) {
        expect(structure.textContent).toContain(unit.purpose);
        expect(structure.textContent).toContain(unit.basis);
      }
    }
    // The product teams the advice counted, each a row.
    const rows = Array.from(structure.querySelectorAll('tbody tr th')).map((th) => th.textContent);
    expect(rows).toEqual(analysis.structure.productTeams.map((t) => t.label));
    expect(structure.textContent).toContain('Medium');
  });

  it('says "No hires needed", and why, when the team needs none', async () => {
    const main = await mainInMemory();
    const { organisation, framework } = main.current();
    // Nobody needed for any skill, and no engineering load counted: nothing to hire for.
    const overrides = Object.fromEntries(framework.skills.map((s) => [s.id, { people: 0 }]));
    await main.api.saveOrganisation({
      organisation: {
        ...organisation,
        engineeringLoadThreshold: 100,
        coverage: { ...organisation.coverage, overrides },
      },
    });
    expect(selectAnalysis(main.current()).plan.hires).toEqual([]);
    const { container } = await renderPlan(main);
    const section = byText(container, 'h2', 'Recommended hires').closest('section')!;
    expect(section.textContent).toContain('No hires needed');
    expect(section.textContent).toContain('Every skill the roles need is covered');
    expect(container.querySelectorAll('.hire-card')).toHaveLength(0);
  });
});

describe('hiring plan: scenarios', () => {
  it('builds a scenario with a planned data-engineer hire through the form, saves it, and compares it', async () => {
    const main = await mainInMemory();
    // Start without the sample's scenarios, so the new one is the only one compared.
    for (const s of main.current().scenarios) await main.api.deleteScenario({ scenarioId: s.id });
    const { container } = await renderPlan(main);
    expect(container.textContent).toContain('No scenarios yet');

    await click(byText(container, 'button', 'New scenario'));
    const form = container.querySelector<HTMLFormElement>('form.scenario-form')!;
    await act(async () => setValue(form.querySelector('input[name="name"]')!, 'One more engineer'));
    await click(byText(form, 'button', 'Add planned hire'));
    await act(async () => setValue(form.querySelector('select[name="hire-0-role"]')!, 'data-engineer'));
    await act(async () => setValue(form.querySelector('select[name="hire-0-team"]')!, 'Checkout'));
    await click(byText(form, 'button', 'Save scenario'));
    await settle();

    expect(main.api.saveScenario).toHaveBeenCalledOnce();
    expect(main.current().scenarios).toEqual([
      {
        id: 'one-more-engineer',
        name: 'One more engineer',
        plannedHires: [{ id: 'planned-hire-1', role: 'data-engineer', productTeam: 'Checkout' }],
        roleMoves: [],
        departures: [],
      },
    ]);
    expect(container.querySelector('form.scenario-form')).toBeNull();

    const gaps = figure(container, 'Skills with gaps');
    expect(gaps.today).toBe(selectAnalysis(main.current()).summary.skillsWithGaps);
    expect(gaps.scenario).toBeLessThan(gaps.today);
    expect(gaps.change).toBe(`\u2212${gaps.today - gaps.scenario}`);
  });

  it('offers the product teams people belong to for a planned hire, before the settings list any', async () => {
    const main = await mainInMemory();
    const data = main.current();
    await main.api.saveOrganisation({ organisation: { ...data.organisation, productTeams: ['Growth'] } });
    const { container } = await renderPlan(main);
    await click(byText(container, 'button', 'New scenario'));
    const form = container.querySelector<HTMLFormElement>('form.scenario-form')!;
    await click(byText(form, 'button', 'Add planned hire'));
    const options = Array.from(form.querySelectorAll('select[name="hire-0-team"] option')).map((o) => o.textContent);
    const fromMembers = [...new Set(data.members.map((m) => m.productTeam))].sort();
    expect(options).toEqual(['Any', ...[...fromMembers, 'Growth'].sort()]);
  });

  it('gives a new scenario a unique id and keeps role moves and departures', async () => {
    const { main, container } = await renderPlan();
    await click(byText(container, 'button', 'New scenario'));
    const form = container.querySelector<HTMLFormElement>('form.scenario-form')!;
    await act(async () => setValue(form.querySelector('input[name="name"]')!, 'Priya leaves'));
    await click(byText(form, 'button', 'Add role move'));
    await act(async () => setValue(form.querySelector('select[name="move-0-member"]')!, 'kwame-mensah'));
    await act(async () => setValue(form.querySelector('select[name="move-0-role"]')!, 'data-engineer'));
    await click(form.querySelector<HTMLInputElement>('input[name="departure"][value="priya-raman"]')!);
    await act(async () => setValue(form.querySelector('input[name="departure-priya-raman-date"]')!, '2027-03-31'));
    await click(byText(form, 'button', 'Save scenario'));
    await settle();

    const saved = main.current().scenarios.find((s) => s.name === 'Priya leaves' && s.id !== 'lone-engineer-leaves');
    expect(saved).toMatchObject({
      id: 'priya-leaves',
      roleMoves: [{ memberId: 'kwame-mensah', toRole: 'data-engineer' }],
      departures: ['priya-raman'],
      dates: { 'priya-raman': '2027-03-31' },
    });
    const changes = container.querySelector('ul[aria-label="What the scenario changes"]')!;
    expect(changes.querySelector('time[datetime="2027-03-31"]')).not.toBeNull();
  });

  it('refuses to save a scenario without a name', async () => {
    const { main, container } = await renderPlan();
    await click(byText(container, 'button', 'New scenario'));
    await click(byText(container, 'button', 'Save scenario'));
    await settle();
    expect(main.api.saveScenario).not.toHaveBeenCalled();
    expect(container.querySelector('.form-problems')?.textContent).toContain('Give the scenario a name.');
  });

  it("the gap chart's table view matches the comparison's skill changes", async () => {
    const { main, container } = await renderPlan();
    const first = main.current().scenarios[0]!;
    const changes = selectComparison(main.current(), first.id)!.skillChanges;
    expect(changes.length).toBeGreaterThan(0);

    const card = byText(container, 'h2', 'Gaps per changed skill').closest('section')!;
    expect(card.querySelector('canvas')).not.toBeNull();
    await click(byText(card as HTMLElement, 'button', 'Show table'));
    expect(tableRows(container, 'Gaps per changed skill, today vs scenario')).toEqual(
      changes.map((c) => [
        c.name,
        String(c.gapToday),
        String(c.gapScenario),
        String(c.holdersToday),
        String(c.holdersScenario),
      ]),
    );
  });

  it("shows a departure's work left to absorb, its own hires, and only the figures that change", async () => {
    const { main, container } = await renderPlan();
    await click(byText(container, '.scenario-item__name', 'Priya leaves').closest('button')!);
    const comparison = selectComparison(main.current(), 'lone-engineer-leaves')!;

    expect(tableRows(container, 'Work left by leavers, for the plan to absorb (FTE)')).toEqual([
      [
        'Priya Raman',
        'Checkout',
        '1',
        '1',
        'Data pipelines (ETL) 0.35, Data warehouse solutions 0.25, Data modelling 0.15',
      ],
    ]);
    // Her work is moved, not removed: the work to absorb does not fall.
    const work = figure(container, 'Work left by leavers (FTE)');
    expect([work.today, work.scenario]).toEqual([0, 1]);
    // Every figure row shown differs between today and the scenario.
    for (const row of container.querySelectorAll<HTMLTableRowElement>('tr[data-figure]')) {
      const f = figure(container, row.dataset.figure!);
      expect(f.scenario).not.toBe(f.today);
    }
    const hires = container.querySelector('ol[aria-label="Hires with “Priya leaves”"]')!;
    expect(hires.querySelectorAll('li.hire-card')).toHaveLength(
      groupHires(comparison.scenarioAnalysis.plan.hires).length,
    );
    expect(hires.textContent).toContain('left by Priya Raman 1 FTE, who leaves');
  });

  it('switches the comparison to another scenario, and deletes one only after confirmation', async () => {
    const confirm = vi.fn(() => false);
    const { main, container } = await renderPlan(mainInMemory(), confirm);
    const pick = byText(container, '.scenario-item__name', 'Priya leaves').closest('button')!;
    await click(pick);
    expect(pick.getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelector('#comparison-title')!.textContent).toContain('Priya leaves');
    expect(figure(container, 'Skills with gaps').scenario).toBe(
      selectComparison(main.current(), 'lone-engineer-leaves')!.scenario.skillsWithGaps,
    );

    await click(container.querySelector<HTMLElement>('button[aria-label="Delete Priya leaves"]')!);
    expect(confirm).toHaveBeenCalledOnce();
    expect(main.api.deleteScenario).not.toHaveBeenCalled();

    confirm.mockReturnValue(true);
    await click(container.querySelector<HTMLElement>('button[aria-label="Delete Priya leaves"]')!);
    await settle();
    expect(main.api.deleteScenario).toHaveBeenCalledExactlyOnceWith({ scenarioId: 'lone-engineer-leaves' });
    expect(main.current().scenarios.map((s) => s.id)).not.toContain('lone-engineer-leaves');
    expect(container.querySelector('button[aria-label="Delete Priya leaves"]')).toBeNull();
  });
});

describe('hiring plan: exports', () => {
  it('each export button asks main for its document or report and confirms where the file went', async () => {
    const expected: [string, PlanExportRequest][] = [
      ['Summary for leadership as PDF', { format: 'pdf', kind: 'summary' }],
      ['Summary for leadership as Markdown', { format: 'md', kind: 'summary' }],
      ['Job briefs as PDF', { format: 'pdf', kind: 'brief' }],
      ['Job briefs as Markdown', { format: 'md', kind: 'brief' }],
      ['Internal detail as PDF', { format: 'pdf', kind: 'detail' }],
      ['Internal detail as Markdown', { format: 'md', kind: 'detail' }],
      ['Full report as CSV', { format: 'csv' }],
      ['Full report as JSON', { format: 'json' }],
      ['Full report as Excel', { format: 'xlsx' }],
    ];
    const names = expected.map(([, r], i) => `/exports/export-${i}.${r.format}`);
    const { main, container } = await renderPlan(mainInMemory({ saves: names }));
    const bar = container.querySelector<HTMLElement>('[aria-label="Export the plan"]')!;
    const status = () => bar.querySelector('[role="status"]')!.textContent;
    for (const [i, [label, request]] of expected.entries()) {
      await click(bar.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!);
      await settle();
      expect(main.api.exportPlan).toHaveBeenLastCalledWith(request);
      expect(status()).toBe(`Saved to ${names[i]}`);
    }
    expect(main.api.exportPlan).toHaveBeenCalledTimes(expected.length);
  });

  it('job briefs one file per hire go into a chosen folder, and the status says how many', async () => {
    const main = await mainInMemory({ opens: [EXPORTS_DIR] });
    const { container } = await renderPlan(main);
    const bar = container.querySelector<HTMLElement>('[aria-label="Export the plan"]')!;
    await click(byText(bar, 'label', 'One file per hire').querySelector('input')!);
    await click(bar.querySelector<HTMLButtonElement>('button[aria-label="Job briefs as Markdown"]')!);
    await settle();
    expect(main.api.exportPlan).toHaveBeenLastCalledWith({ format: 'md', kind: 'brief', eachHire: true });
    const hires = selectAnalysis(main.current())!.plan.hires.length;
    expect(hires).toBeGreaterThan(1);
    expect(bar.querySelector('[role="status"]')!.textContent).toBe(`Saved ${hires} files to ${EXPORTS_DIR}`);
  });

  it('shows progress while exporting, with the buttons disabled', async () => {
    const main = await mainInMemory();
    let finish: (value: { ok: true; value: { file: string } }) => void = () => {};
    main.api.exportPlan.mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)));
    const { container } = await renderPlan(main);
    const bar = container.querySelector<HTMLElement>('[aria-label="Export the plan"]')!;
    await click(bar.querySelector<HTMLButtonElement>('button[aria-label="Summary for leadership as PDF"]')!);
    expect(bar.textContent).toContain('Exporting…');
    expect(Array.from(bar.querySelectorAll('button')).every((b) => b.disabled)).toBe(true);
    await act(async () => finish({ ok: true, value: { file: '/exports/plan.pdf' } }));
    await settle();
    expect(bar.textContent).toContain('Saved to /exports/plan.pdf');
    expect(Array.from(bar.querySelectorAll('button')).some((b) => b.disabled)).toBe(false);
  });

  it('an export refused by main shows no "Saved" line', async () => {
    const main = await mainInMemory({ saves: ['/exports/gapwise-plan.csv'] });
    const { workspace, container } = await renderPlan(main);
    const bar = container.querySelector<HTMLElement>('[aria-label="Export the plan"]')!;
    await click(bar.querySelector<HTMLButtonElement>('button[aria-label="Full report as CSV"]')!);
    await settle();
    expect(bar.textContent).toContain('Saved to /exports/gapwise-plan.csv');

    main.disk.fail(EXPORTS_DIR, 'ENOSPC');
    await click(bar.querySelector<HTMLButtonElement>('button[aria-label="Full report as JSON"]')!);
    await settle();
    expect(main.api.exportPlan).toHaveBeenLastCalledWith({ format: 'json' });
    expect(bar.textContent).not.toContain('Saved');
    expect(workspace.getState().operations['plan:export']?.error?.message).toBe(
      '/exports/gapwise-plan-northwind-retail.json could not be written: the disk is full',
    );
  });

  it('a cancelled save dialog is not reported as saved', async () => {
    const main = await mainInMemory({ saves: [null] });
    const { container } = await renderPlan(main);
    const bar = container.querySelector<HTMLElement>('[aria-label="Export the plan"]')!;
    await click(bar.querySelector<HTMLButtonElement>('button[aria-label="Full report as JSON"]')!);
    await settle();
    expect(bar.textContent).not.toContain('Saved');
    expect(bar.textContent).toContain('Export cancelled.');
  });
});

describe('PlanScreen on an empty start', () => {
  it('asks for the team instead of planning hires for nobody', async () => {
    const main = await mainInMemory();
    const workspace = createWorkspaceStore(main.api);
    await workspace.getState().load();
    await workspace.getState().request('team:clearSample', {});
    view = await render(inWorkspace(workspace, <PlanScreen />));
    expect(view.container.textContent).toContain('No team members yet');
    expect(view.container.textContent).not.toContain('Recommended hires');
  });
});
