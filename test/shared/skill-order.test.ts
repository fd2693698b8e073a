import { describe, expect, it } from 'vitest';
import type { Framework, Skill } from '@shared/domain';
import { inSkillOrder, orderedSkillNodes, orderedSkills } from '@shared/domain/skill-order';
import { builtinFramework } from '../support/fixtures';

const skill = (id: string, area: Skill['area'], extra: Partial<Skill> = {}): Skill =>
  ({ id, name: id, area, kind: 'skill', ...extra }) as Skill;

describe('the one skill order', () => {
  it('is the framework order for the built-in framework (its sub-tasks already follow their parent)', () => {
    const fw = builtinFramework();
    expect(orderedSkills(fw).map((s) => s.id)).toEqual(fw.skills.filter((s) => !s.retired).map((s) => s.id));
  });

  it('keeps framework order across areas (a shared skill between science skills stays there)', () => {
    const fw = { skills: [skill('a', 'data-science'), skill('b', 'shared'), skill('c', 'data-science')] };
    expect(orderedSkills(fw).map((s) => s.id)).toEqual(['a', 'b', 'c']);
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
      ['x', 0],
      ['orphan', 0],
    ]);
  });

  it('sorts a subset into the order, unknown ids last', () => {
    const fw = { skills: [skill('a', 'shared'), skill('b', 'shared'), skill('c', 'shared')] };
    expect(inSkillOrder(fw, ['zz', 'c', 'a'], (id) => id)).toEqual(['a', 'c', 'zz']);
  });
});
