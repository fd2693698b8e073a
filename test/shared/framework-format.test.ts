import { describe, expect, it } from 'vitest';
import { Framework, FRAMEWORK_SCHEMA_VERSION, upgradeFrameworkFormat } from '@shared/domain';
import { parseFramework } from '@shared/io';
import { readJson } from '../support/fixtures';

/** The built-in framework as Gapwise 1.0.0 shipped it: a format-1 file. */
interface Doc {
  schemaVersion: number;
  skills: Record<string, unknown>[];
  roles: Record<string, unknown>[];
  [key: string]: unknown;
}
const formatOne = () => structuredClone(readJson('resources/frameworks/history/ds-vs-de-1.0.0.json')) as Doc;
/** The built-in framework as Gapwise shipped it for data version 3: a format-2 file. */
const formatTwo = () => structuredClone(readJson('resources/frameworks/history/ds-vs-de-1.1.0.json')) as Doc;

const dbt = {
  publisher: 'dbt Labs',
  title: 'What is analytics engineering?',
  url: 'https://www.getdbt.com/what-is-analytics-engineering',
  summary: 'Describes the role.',
};

describe('framework file formats', () => {
  it('reads a format-1 file as the current format, with nothing else changed', () => {
    const old = formatOne();
    expect(old.schemaVersion).toBe(1);
    const parsed = parseFramework(old);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.schemaVersion).toBe(FRAMEWORK_SCHEMA_VERSION);
    expect({ ...parsed.value, schemaVersion: 1 }).toEqual(old);
    // The input is not rewritten in place.
    expect(old.schemaVersion).toBe(1);
  });

  it('refuses a format-1 file that uses externalSource, naming the place', () => {
    const old = formatOne();
    old.roles[1]!.externalSource = dbt;
    const parsed = parseFramework(old);
    expect(parsed).toMatchObject({ ok: false, error: { path: 'roles[1].externalSource' } });
    if (!parsed.ok) expect(parsed.error.message).toMatch(/format 2/);
  });

  it('reads a format-2 file as format 3, with nothing else changed', () => {
    const old = formatTwo();
    expect([old.schemaVersion, FRAMEWORK_SCHEMA_VERSION]).toEqual([2, 3]);
    const parsed = parseFramework(old);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.schemaVersion).toBe(3);
    expect({ ...parsed.value, schemaVersion: 2 }).toEqual(old);
  });

  it('refuses a format-1 or format-2 file that gives a role job-title aliases, naming the place', () => {
    for (const old of [formatOne(), formatTwo()]) {
      old.roles[1]!.aliases = ['ETL developer'];
      const parsed = parseFramework(old);
      expect(parsed, `format ${old.schemaVersion}`).toMatchObject({ ok: false, error: { path: 'roles[1].aliases' } });
      if (!parsed.ok)
        expect(parsed.error.message).toBe(
          `"aliases" needs framework format 3; this file says schemaVersion ${old.schemaVersion}`,
        );
    }
  });

  it('refuses a newer format with a message that says so', () => {
    const parsed = parseFramework({ ...formatOne(), schemaVersion: FRAMEWORK_SCHEMA_VERSION + 1 });
    expect(parsed).toMatchObject({ ok: false, error: { path: 'schemaVersion' } });
    if (!parsed.ok) expect(parsed.error.message).toMatch(/newer Gapwise/);
  });

  it('passes anything but an older format unchanged for the schema to judge', () => {
    const doc = { kind: 'gapwise-framework', schemaVersion: 3 };
    expect(upgradeFrameworkFormat(doc)).toEqual({ ok: true, data: doc, fromVersion: 3 });
    for (const schemaVersion of [0, 1.5, '2', undefined]) {
      const odd = { kind: 'gapwise-framework', schemaVersion };
      expect(upgradeFrameworkFormat(odd), String(schemaVersion)).toMatchObject({ ok: true, data: odd });
    }
    expect(upgradeFrameworkFormat('x')).toEqual({ ok: true, data: 'x', fromVersion: undefined });
  });
});

describe('externalSource', () => {
  const withSkillSource = (patch: Record<string, unknown>) => {
    const fw = { ...formatOne(), schemaVersion: FRAMEWORK_SCHEMA_VERSION };
    fw.skills[0] = { ...fw.skills[0], ...patch };
    return Framework.safeParse(fw);
  };

  it('is accepted on skills and roles from format 2 on', () => {
    const fw = { ...formatOne(), schemaVersion: FRAMEWORK_SCHEMA_VERSION };
    const { source: _source, ...skill } = fw.skills[0]!;
    fw.skills[0] = { ...skill, externalSource: { ...dbt, year: 2024 } };
    fw.roles[0]!.externalSource = dbt;
    expect(Framework.safeParse(fw).success).toBe(true);
  });

  it('is exclusive with the article source', () => {
    const result = withSkillSource({ externalSource: dbt });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['skills', 0, 'externalSource']);
    expect(result.error?.issues[0]?.message).toMatch(/not both/);
  });

  it.each([
    ['http://example.org/page', 'plain http'],
    ['javascript:alert(1)', 'a script'],
    ['https://user:pw@example.org/', 'credentials'],
    ['example.org', 'no scheme'],
  ])('refuses the address %s (%s)', (url) => {
    const result = withSkillSource({ source: undefined, externalSource: { ...dbt, url } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['skills', 0, 'externalSource', 'url']);
  });

  it('needs a publisher, a title and a summary', () => {
    for (const field of ['publisher', 'title', 'summary']) {
      const result = withSkillSource({ source: undefined, externalSource: { ...dbt, [field]: ' ' } });
      expect(result.success, field).toBe(false);
    }
  });
});
