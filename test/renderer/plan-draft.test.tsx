import { describe, expect, it } from 'vitest';
import type { Member, Scenario } from '@shared/domain';
import { draftOf, scenarioOf, slugify, uniqueScenarioId } from '@renderer/screens/plan/scenario-draft';

const member = (id: string): Member => ({
  id,
  name: id,
  role: 'data-scientist',
  productTeam: '',
  fte: 1,
  levels: {},
  allocation: {},
});

describe('scenario drafts', () => {
  it('slugs names and keeps scenario ids unique', () => {
    expect(slugify('  Hire 2 Engineers — São Paulo!  ')).toBe('hire-2-engineers-sao-paulo');
    expect(slugify('!!!')).toBe('scenario');
    expect(slugify('x'.repeat(100)).length).toBeLessThanOrEqual(64);
    expect(uniqueScenarioId('x'.repeat(100), new Set([slugify('x'.repeat(100))])).length).toBeLessThanOrEqual(64);
    expect(uniqueScenarioId('Priya leaves', new Set(['priya-leaves', 'priya-leaves-2']))).toBe('priya-leaves-3');
  });

  it('round-trips a scenario, keeping existing planned hires (names, FTE) and adding fresh ids', () => {
    const existing: Scenario = {
      id: 'two-engineers',
      name: 'Two engineers',
      plannedHires: [
        { id: 'de-1', name: 'Lead engineer', role: 'data-engineer', productTeam: 'Checkout', fte: 0.8 },
        { id: 'de-2', role: 'data-engineer', productTeam: 'Checkout' },
      ],
      roleMoves: [{ memberId: 'kwame', toRole: 'data-engineer' }],
      departures: ['priya'],
    };
    const draft = draftOf(existing);
    expect(draft.hires.map(({ role, productTeam, count }) => ({ role, productTeam, count }))).toEqual([
      { role: 'data-engineer', productTeam: 'Checkout', count: 2 },
    ]);
    const context = {
      existing,
      scenarioIds: new Set(['two-engineers']),
      members: [member('planned-hire-1'), member('kwame'), member('priya')],
    };
    expect(scenarioOf(draft, context)).toEqual(existing);

    draft.hires[0]!.count = 3;
    const grown = scenarioOf(draft, context);
    expect(grown.id).toBe('two-engineers');
    expect(grown.plannedHires.slice(0, 2)).toEqual(existing.plannedHires);
    // planned-hire-1 is a member's id already: the new hire takes the next free one.
    expect(grown.plannedHires[2]).toEqual({ id: 'planned-hire-2', role: 'data-engineer', productTeam: 'Checkout' });

    draft.hires[0]!.count = 1;
    expect(scenarioOf(draft, context).plannedHires).toEqual([existing.plannedHires[0]]);
  });
});
