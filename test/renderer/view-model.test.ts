import { describe, expect, it } from 'vitest';
import { Framework, FRAMEWORK_SCHEMA_VERSION } from '@shared/domain';
import { loadFramework } from '@renderer/framework/builtin';
import { groupSkills, roleTargetSections } from '@renderer/framework/view-model';

const scale = {
  levels: [
    { level: 0, name: 'None', description: '' },
    { level: 1, name: 'Some', description: '' },
    { level: 2, name: 'Lots', description: '' },
  ],
};
const listQuote = { section: 'Team', quote: 'They do a, b and c.' };

const fixture = Framework.parse({
  kind: 'gapwise-framework',
  schemaVersion: FRAMEWORK_SCHEMA_VERSION,
  id: 'tiny',
  name: 'Tiny',
  version: '1.0.0',
  description: '',
  scale,
  skills: [
    { id: 'skill-x', name: 'Skill X', area: 'data-engineering', kind: 'skill', description: '' },
    { id: 'parent', name: 'Parent', area: 'data-science', kind: 'responsibility', description: '' },
    {
      id: 'a',
      name: 'A',
      area: 'data-science',
      kind: 'responsibility',
      parent: 'parent',
      description: '',
      source: listQuote,
    },
    {
      id: 'b',
      name: 'B',
      area: 'data-science',
      kind: 'responsibility',
      parent: 'parent',
      description: '',
      source: listQuote,
    },
    { id: 'gone', name: 'Gone', area: 'shared', kind: 'skill', description: '', retired: true },
    { id: 'resp-y', name: 'Resp Y', area: 'data-engineering', kind: 'responsibility', description: '' },
  ],
  roles: [
    { id: 'r1', name: 'R1', area: 'data-science', description: '', targets: { parent: { level: 2, weight: 3 } } },
    {
      id: 'r2',
      name: 'R2',
      area: 'data-engineering',
      description: '',
      targets: { 'skill-x': { level: 1, weight: 1 } },
    },
  ],
});

describe('groupSkills', () => {
  const groups = groupSkills(fixture);

  it('orders areas as the schema does and leaves out empty or retired-only areas', () => {
    expect(groups.map((g) => g.label)).toEqual(['Data science', 'Data engineering']);
  });

  it('puts responsibilities before skills within an area', () => {
    const de = groups[1]!;
    expect(de.kinds.map((k) => [k.label, k.entries.map((e) => e.skill.id)])).toEqual([
      ['Responsibilities', ['resp-y']],
      ['Skills', ['skill-x']],
    ]);
  });

  it('nests sub-tasks and shows a quote they all share once', () => {
    const parent = groups[0]!.kinds[0]!.entries[0]!;
    expect(parent.subtasks.map((s) => s.skill.id)).toEqual(['a', 'b']);
    expect(parent.sharedSubtaskSource).toEqual(listQuote);
    expect(parent.subtasks.every((s) => !s.showOwnSource)).toBe(true);
    expect(groups[0]!.skillCount).toBe(3);
  });
});

describe('roleTargetSections', () => {
  it('gives one cell per role with the level name, null where a role sets no target', () => {
    const sections = roleTargetSections(fixture);
    const parentRow = sections[0]!.rows[0]!;
    expect(parentRow.skill.id).toBe('parent');
    expect(parentRow.cells).toEqual([{ level: 2, levelName: 'Lots', weight: 3 }, null]);
    expect(sections[0]!.rows.map((r) => [r.skill.id, r.isSubtask])).toEqual([
      ['parent', false],
      ['a', true],
      ['b', true],
    ]);
  });
});

describe('loadFramework', () => {
  it('names the file and field of the first problem', () => {
    const result = loadFramework({ ...fixture, id: 'Not A Slug' }, 'custom.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^custom\.json: id: /);
  });
});
