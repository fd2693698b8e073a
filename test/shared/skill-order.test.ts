import { describe, expect, it } from 'vitest';
import type { Framework, Skill } from '@shared/domain';
import { inSkillOrder, orderedSkillNodes, orderedSkills } from '@shared/domain/skill-order';
import { builtinFramework } from '../support/fixtures';

const skill = (id: string, area: Skill['area'], extra: Partial<Skill> = {}): Skill =>
  ({ id, name: id, area, kind: 'skill', ...extra }) as Skill;

describe('the one skill order', () => {
  it('groups the built-in framework by area, each area once, in the order areas are listed', () => {
    const fw = builtinFramework();
    const areas = orderedSkills(fw).map((s) => s.area);
    const runs = areas.filter((a, i) => i === 0 || a !== areas[i - 1]);
    expect(runs).toEqual(['data-science', 'data-engineering', 'machine-learning', 'analytics', 'shared']);
    expect(areas).toHaveLength(fw.skills.filter((s) => !s.retired).length);
  });

  it('orders by area, keeping the file order within an area (a shared skill between science skills moves after them)', () => {
    const fw = {
      skills: [
        skill('a', 'data-science'),
        skill('b', 'shared'),
        skill('c', 'data-science'),
        skill('d', 'data-engineering'),
      ],
    };
    expect(orderedSkills(fw).map((s) => s.id)).toEqual(['a', 'c', 'd', 'b']);
  });

  it('moves a sub-task listed later right after its parent, and leaves retired skills out', () => {
    const fw: Pick<Framework, 'skills'> = {
      skills: [
        skill('p', 'data-science', { kind: 'responsibility' }),
        skill('x', 'data-engineering'),
        skill('gone', 'data-science', { retired: true }),
        skill('p-1', 'data-science', { parent: 'p' }),
        skill('orphan', 'data-science', { parent: 'gone' }),
      ],
    };
    expect(orderedSkillNodes(fw).map((n) => [n.skill.id, n.depth])).toEqual([
      ['p', 0],
      ['p-1', 1],
      ['orphan', 0],
      ['x', 0],
    ]);
  });

  it('sorts a subset into the order, unknown ids last', () => {
    const fw = { skills: [skill('a', 'shared'), skill('b', 'shared'), skill('c', 'shared')] };
    expect(inSkillOrder(fw, ['zz', 'c', 'a'], (id) => id)).toEqual(['a', 'c', 'zz']);
  });
});
