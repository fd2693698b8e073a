import { describe, expect, it } from 'vitest';
import { Framework } from '@shared/domain';
import { parseFramework, parseFrameworkText } from '@shared/io';
import { article, readJson } from '../support/fixtures';

const raw = () =>
  structuredClone(readJson('resources/frameworks/ds-vs-de.json')) as Record<string, unknown> & Framework;

describe('the built-in framework (resources/frameworks/ds-vs-de.json)', () => {
  const fw = Framework.parse(readJson('resources/frameworks/ds-vs-de.json'));

  it('has the 0–4 scale, each level named and described', () => {
    expect(fw.scale.levels.map((l) => l.name)).toEqual(['None', 'Awareness', 'Working', 'Practitioner', 'Expert']);
    for (const l of fw.scale.levels) expect(l.description.length).toBeGreaterThan(20);
  });

  it('holds every responsibility and skill of both roles from the article', () => {
    const byArea = (area: string, kind: string) =>
      fw.skills.filter((s) => s.area === area && s.kind === kind).map((s) => s.id);
    expect(byArea('data-science', 'responsibility')).toEqual([
      'ml-model-development',
      'data-preparation',
      'hypothesis-testing',
      'exploratory-data-analysis',
      'feature-engineering',
      'model-training',
      'model-selection-tuning',
      'model-performance-monitoring',
      'model-retraining',
    ]);
    expect(byArea('data-science', 'skill')).toEqual([
      'mathematics-statistics',
      'ml-algorithms',
      'data-storytelling',
      'cloud-ml-services',
    ]);
    expect(byArea('shared', 'skill')).toEqual(['business-domain']);
    expect(byArea('data-engineering', 'responsibility')).toEqual([
      'data-modelling',
      'data-pipelines',
      'data-security',
      'data-warehouse-solutions',
      'software-engineering-frameworks',
      'ml-deployment-pipelines',
      'product-integration',
    ]);
    expect(byArea('data-engineering', 'skill')).toEqual([
      'data-warehousing',
      'big-data-technologies',
      'cloud-data-processing',
      'pipeline-tooling',
      'build-deployment-tooling',
    ]);
    const subTasks = fw.skills.filter((s) => s.parent === 'ml-model-development').map((s) => s.id);
    expect(subTasks).toHaveLength(6);
  });

  it('traces every skill to a sentence of the article', () => {
    const text = article().replace(/\s+/g, ' ');
    for (const skill of fw.skills) {
      expect(skill.source, skill.id).toBeDefined();
      expect(text, `${skill.id}: quote not found in the article`).toContain(
        skill.source!.quote.replace(/\s+/g, ' ').trim(),
      );
      expect(skill.description.length, skill.id).toBeGreaterThan(10);
    }
  });

  it('profiles both roles, each targeting its own area hardest', () => {
    expect(fw.roles.map((r) => [r.id, r.area])).toEqual([
      ['data-scientist', 'data-science'],
      ['data-engineer', 'data-engineering'],
    ]);
    const area = new Map(fw.skills.map((s) => [s.id, s.area]));
    for (const role of fw.roles) {
      const weightIn = (a: string) =>
        Object.entries(role.targets)
          .filter(([id]) => area.get(id) === a)
          .reduce((sum, [, t]) => sum + t.weight, 0);
      const other = role.area === 'data-science' ? 'data-engineering' : 'data-science';
      expect(weightIn(role.area)).toBeGreaterThan(3 * weightIn(other));
    }
  });
});

describe('a broken framework file is an error that names the field', () => {
  const expectProblem = (data: unknown, path: string, message: RegExp) => {
    const parsed = parseFramework(data);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.path).toBe(path);
      expect(parsed.error.message).toMatch(message);
    }
  };

  it('a duplicate skill id', () => {
    const fw = raw();
    fw.skills[3] = { ...fw.skills[3]!, id: fw.skills[1]!.id };
    expectProblem(fw, 'skills[3].id', /duplicate skill id "data-preparation" \(also skills\[1\]\)/);
  });

  it('a role target naming an unknown skill', () => {
    const fw = raw();
    fw.roles[1]!.targets['spark-wizardry'] = { level: 3, weight: 1 };
    expectProblem(fw, 'roles[1].targets.spark-wizardry', /unknown skill id/);
  });

  it('a target above the scale', () => {
    const fw = raw();
    fw.roles[0]!.targets['data-storytelling'] = { level: 7, weight: 1 };
    expectProblem(fw, 'roles[0].targets.data-storytelling.level', /above the scale's top level 4/);
  });

  it('a scale out of order, a missing name, a wrong type, an unknown field', () => {
    const a = raw();
    a.scale.levels[2]!.level = 5;
    expectProblem(a, 'scale.levels[2].level', /expected 2, found 5/);
    const b = raw();
    (b.skills[0] as Record<string, unknown>).name = '  ';
    expectProblem(b, 'skills[0].name', /must not be empty/);
    const c = raw();
    (c.roles[0]!.targets['model-training'] as Record<string, unknown>).weight = 'heavy';
    expectProblem(c, 'roles[0].targets.model-training.weight', /expected number, received string/);
    const d = raw();
    (d.skills[2] as Record<string, unknown>).colour = 'red';
    expectProblem(d, 'skills[2].colour', /unknown field/);
  });

  it('an unknown parent, a duplicate role, a team file given as a framework', () => {
    const a = raw();
    a.skills[1] = { ...a.skills[1]!, parent: 'nowhere' };
    expectProblem(a, 'skills[1].parent', /unknown parent skill "nowhere"/);
    const b = raw();
    b.roles.push({ ...b.roles[0]! });
    expectProblem(b, 'roles[2].id', /duplicate role id "data-scientist"/);
    expectProblem({ kind: 'gapwise-team' }, 'kind', /expected a framework file/);
  });

  it('invalid JSON text says the line and column', () => {
    const parsed = parseFrameworkText('{\n  "kind": "gapwise-framework",\n  "id": ,\n}');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.message).toMatch(/^invalid JSON at line 3, column 9: expected a value/);
  });
});
