import { describe, expect, it } from 'vitest';
import { Framework, FRAMEWORK_SCHEMA_VERSION, maxLevel, roleTitleKey } from '@shared/domain';
import { parseFramework, parseFrameworkText } from '@shared/io';
import { article, readJson } from '../support/fixtures';

const raw = () =>
  structuredClone(readJson('resources/frameworks/ds-vs-de.json')) as Record<string, unknown> & Framework;

const PREVIOUS = 'resources/frameworks/history/ds-vs-de-1.0.0.json';
const SHIPPED_1_1_0 = 'resources/frameworks/history/ds-vs-de-1.1.0.json';

describe('the built-in framework (resources/frameworks/ds-vs-de.json)', () => {
  const fw = Framework.parse(readJson('resources/frameworks/ds-vs-de.json'));

  it('has the 0–4 scale, each level named and described', () => {
    expect(fw.scale.levels.map((l) => l.name)).toEqual(['None', 'Awareness', 'Working', 'Practitioner', 'Expert']);
    for (const l of fw.scale.levels) expect(l.description.length).toBeGreaterThan(20);
  });

  it('holds every responsibility and skill of both roles from the article, and six tool skills', () => {
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
    expect(byArea('shared', 'skill')).toEqual(['business-domain', 'python', 'sql', 'version-control-ci']);
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
      'orchestration',
    ]);
    expect(byArea('machine-learning', 'skill')).toEqual(['containers-kubernetes']);
    expect(byArea('analytics', 'skill')).toEqual(['bi-dashboards']);
    // New areas hold no responsibilities: what counts as engineering work is still the article's list.
    expect(fw.skills.filter((s) => s.kind === 'responsibility')).toHaveLength(16);
    const subTasks = fw.skills.filter((s) => s.parent === 'ml-model-development').map((s) => s.id);
    expect(subTasks).toHaveLength(6);
    expect(fw.skills).toHaveLength(32);
  });

  it('keeps the 26 article skills as version 1.0.0 had them, but for aliases moved to the new tool skills', () => {
    const previous = Framework.parse({ ...(readJson(PREVIOUS) as object), schemaVersion: FRAMEWORK_SCHEMA_VERSION });
    const now = new Map(fw.skills.map((s) => [s.id, s]));
    expect(previous.skills).toHaveLength(26);
    for (const old of previous.skills) {
      const { aliases: oldAliases, ...rest } = old;
      const { aliases, ...current } = now.get(old.id)!;
      expect(current, old.id).toEqual(rest);
      const moved = (oldAliases ?? []).filter((a) => !(aliases ?? []).includes(a));
      expect(moved, old.id).toEqual(
        { 'pipeline-tooling': ['Airflow', 'dbt'], 'build-deployment-tooling': ['Docker', 'Kubernetes'] }[old.id] ?? [],
      );
    }
    // The article's two roles keep every target they had; they gain targets only on the new skills.
    for (const role of previous.roles) {
      const current = fw.roles.find((r) => r.id === role.id)!;
      expect({ ...current, targets: undefined, aliases: undefined }).toEqual({ ...role, targets: undefined });
      for (const [id, target] of Object.entries(role.targets))
        expect(current.targets[id], `${role.id} ${id}`).toEqual(target);
      const added = Object.keys(current.targets).filter((id) => !(id in role.targets));
      for (const id of added) expect(now.get(id)!.externalSource, `${role.id} ${id}`).toBeDefined();
    }
  });

  it('is 1.1.0 with job-title aliases on every role, and nothing else changed', () => {
    const previous = readJson(SHIPPED_1_1_0) as Framework;
    expect([previous.version, fw.version]).toEqual(['1.1.0', '1.2.0']);
    // The file format moves from 2 to 3: format 2 has no role aliases.
    expect([previous.schemaVersion, fw.schemaVersion]).toEqual([2, 3]);
    const withoutAliases = {
      ...fw,
      schemaVersion: previous.schemaVersion,
      version: previous.version,
      roles: fw.roles.map(({ aliases: _aliases, ...role }) => role),
    };
    expect(withoutAliases).toEqual(previous);
    expect(parseFramework(previous).ok).toBe(true);
    for (const role of fw.roles) expect(role.aliases?.length ?? 0, role.id).toBeGreaterThanOrEqual(2);
  });

  it('maps the job titles real data teams use to one role each', () => {
    const roleOf = new Map(fw.roles.flatMap((r) => [r.name, ...(r.aliases ?? [])].map((t) => [roleTitleKey(t), r.id])));
    const titles: Record<string, string[]> = {
      'data-scientist': ['Applied Scientist', 'Decision scientist', 'ML Scientist', 'Research scientist'],
      'data-engineer': ['ETL Developer', 'Big Data Engineer', 'Data Platform Engineer', 'DataOps engineer'],
      'ml-engineer': [
        'Machine Learning Engineer',
        'MLOps Engineer',
        'AI Engineer',
        'ML Platform Engineer',
        'AI/ML Engineer',
      ],
      'analytics-engineer': ['Analytics Engineer', 'dbt Developer'],
      'data-analyst': [
        'BI Developer',
        'BI Analyst',
        'Business Intelligence Developer',
        'Data Analyst',
        'Reporting analyst',
        'Power BI developer',
        'Tableau Developer',
        'Product Analyst',
        'Insights analyst',
      ],
    };
    for (const [role, list] of Object.entries(titles)) {
      for (const title of list) expect(roleOf.get(roleTitleKey(title)), title).toBe(role);
    }
    // Titles that do not say which role: left to the manager's mapping, never guessed.
    for (const title of ['Quantitative analyst', 'Business analyst', 'BI engineer', 'Analytics developer', 'Analyst'])
      expect(roleOf.get(roleTitleKey(title)), title).toBeUndefined();
  });

  it('traces every article skill to a sentence of the article, and every other item to a public https source', () => {
    const text = article().replace(/\s+/g, ' ');
    for (const skill of fw.skills) {
      expect(skill.description.length, skill.id).toBeGreaterThan(10);
      if (skill.externalSource) {
        expect(skill.source, skill.id).toBeUndefined();
        expect(skill.externalSource.url, skill.id).toMatch(/^https:\/\//);
        expect(skill.aliases?.length ?? 0, skill.id).toBeGreaterThanOrEqual(3);
        continue;
      }
      expect(skill.source, skill.id).toBeDefined();
      expect(text, `${skill.id}: quote not found in the article`).toContain(
        skill.source!.quote.replace(/\s+/g, ' ').trim(),
      );
    }
    expect(fw.skills.filter((s) => s.source)).toHaveLength(26);
    expect(fw.skills.filter((s) => s.externalSource)).toHaveLength(6);
  });

  it('profiles the article roles and three roles not from the article, each with its source', () => {
    expect(
      fw.roles.map((r) => [r.id, r.area, r.requires ?? 'always', r.externalSource?.publisher ?? 'article']),
    ).toEqual([
      ['data-scientist', 'data-science', 'always', 'article'],
      ['data-engineer', 'data-engineering', 'always', 'article'],
      ['ml-engineer', 'machine-learning', 'when-staffed', 'UK Government Digital and Data'],
      ['analytics-engineer', 'analytics', 'when-staffed', 'dbt Labs'],
      ['data-analyst', 'analytics', 'when-staffed', 'UK Government Digital and Data'],
    ]);
    for (const role of fw.roles.slice(2)) expect(role.description, role.id).toMatch(/Not from the article\.$/);
    const top = maxLevel(fw.scale);
    for (const role of fw.roles) {
      for (const [id, t] of Object.entries(role.targets)) {
        expect(t.level, `${role.id} ${id}`).toBeGreaterThanOrEqual(0);
        expect(t.level, `${role.id} ${id}`).toBeLessThanOrEqual(top);
      }
    }
  });

  it('gives each new role its own engineering work, and the data engineer none (it is the engineering family)', () => {
    const owns = Object.fromEntries(fw.roles.map((r) => [r.id, r.owns ?? []]));
    expect(owns).toEqual({
      'data-scientist': [],
      'data-engineer': [],
      'ml-engineer': ['ml-deployment-pipelines', 'software-engineering-frameworks', 'product-integration'],
      'analytics-engineer': ['data-modelling', 'data-pipelines'],
      'data-analyst': ['data-modelling'],
    });
    // Each role owns only work it is expected to do at least at "working" level.
    for (const role of fw.roles) {
      for (const id of role.owns ?? [])
        expect(role.targets[id]?.level ?? 0, `${role.id} ${id}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('has each article role target its own area hardest', () => {
    const area = new Map(fw.skills.map((s) => [s.id, s.area]));
    for (const role of fw.roles.slice(0, 2)) {
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
    expectProblem(b, 'roles[5].id', /duplicate role id "data-scientist"/);
    expectProblem({ kind: 'gapwise-team' }, 'kind', /expected a framework file/);
  });

  it('invalid JSON text says the line and column', () => {
    const parsed = parseFrameworkText('{\n  "kind": "gapwise-framework",\n  "id": ,\n}');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.message).toMatch(/^invalid JSON at line 3, column 9: expected a value/);
  });
});
