import { describe, expect, it } from 'vitest';
import { analyzeTeam } from '@shared/analysis';
import { AppData, DATA_SCHEMA_VERSION, runMigrations } from '@shared/data';
import { isUneditedBuiltin } from '@shared/data/migrate-builtin-framework';
import { addBuiltinRoles } from '@shared/data/migrate-framework-roles';
import { FRAMEWORK_SCHEMA_VERSION } from '@shared/domain';
import { builtinFramework } from '../support/fixtures';
import { builtinFramework110 } from '../support/version-three-file';
import { previousBuiltinFramework, reorderedKeys, versionTwoFile } from '../support/version-two-file';

const isUneditedPreviousBuiltin = (framework: unknown) => isUneditedBuiltin(framework, previousBuiltinFramework());

/** The 2 → 3 step alone, with the changes it tells the user. */
function stepTwoToThree(file: Record<string, unknown>) {
  const changes: string[] = [];
  const data = addBuiltinRoles(file, (change) => changes.push(change));
  return { framework: data['framework'] as Record<string, unknown>, changes };
}

const NEW_ROLES = ['ML engineer', 'Analytics engineer', 'Data analyst / BI developer'];

function migrated(file: Record<string, unknown>) {
  const result = runMigrations(file);
  if (!result.ok) throw new Error(result.message);
  expect(result.fromVersion).toBe(2);
  expect(result.data['schemaVersion']).toBe(DATA_SCHEMA_VERSION);
  return { data: AppData.parse(result.data), changes: result.changes };
}

describe('migration 2 → 3: framework format 2 and the built-in framework 1.1.0', () => {
  it('gives a file holding the unedited built-in 1.0.0 the built-in 1.1.0, and says what it adds', () => {
    const { framework, changes } = stepTwoToThree(versionTwoFile());
    expect(framework).toEqual(builtinFramework110());
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatch(/version 1\.1\.0/);
    for (const role of NEW_ROLES) expect(changes[0]).toContain(role);
  });

  it('then, through 3 → 4, the built-in 1.2.0: the team untouched, each release told', () => {
    const file = versionTwoFile();
    const { data, changes } = migrated(file);
    expect(data.framework).toEqual(builtinFramework());
    expect(data.framework.version).toBe('1.2.0');
    // The team is untouched: the same levels, time and roles.
    expect(data.members).toEqual((file as unknown as AppData).members);
    expect(changes).toHaveLength(2);
    expect(changes[0]).toMatch(/version 1\.1\.0: it adds the roles/);
    expect(changes[1]).toMatch(/version 1\.2\.0: each role lists the job titles/);
  });

  it('keeps a framework the user edited, relabelled to the current format, and says which built-in roles it lacks', () => {
    const edited = previousBuiltinFramework();
    const scientist = edited.roles[0] as { targets: Record<string, { level: number; weight: number }> };
    scientist.targets['data-storytelling'] = { level: 4, weight: 3 };
    const { data, changes } = migrated(versionTwoFile(edited));
    expect(data.framework.version).toBe('1.0.0');
    expect(data.framework.schemaVersion).toBe(FRAMEWORK_SCHEMA_VERSION);
    expect(data.framework.roles.map((r) => r.id)).toEqual(['data-scientist', 'data-engineer']);
    expect(data.framework.roles[0]!.targets['data-storytelling']).toEqual({ level: 4, weight: 3 });
    expect({ ...data.framework, schemaVersion: 1 }).toEqual(edited);
    // 2 → 3 names the roles it lacks; 3 → 4 the article roles it keeps with no job titles.
    expect(changes).toHaveLength(2);
    expect(changes[0]).toMatch(/kept as you edited it/);
    expect(changes[0]).toContain('ML engineer, Analytics engineer and Data analyst / BI developer');
    expect(changes[1]).toMatch(/kept as you edited it.*your roles Data scientist and Data engineer list none/);
  });

  it('counts a renamed skill or a removed alias as an edit', () => {
    const renamed = previousBuiltinFramework();
    renamed.skills[3] = { ...renamed.skills[3], name: 'EDA' };
    expect(isUneditedPreviousBuiltin(renamed)).toBe(false);
    const fewerAliases = previousBuiltinFramework();
    fewerAliases.skills[0] = { ...fewerAliases.skills[0], aliases: [] };
    expect(isUneditedPreviousBuiltin(fewerAliases)).toBe(false);
    expect(isUneditedPreviousBuiltin(reorderedKeys(previousBuiltinFramework()))).toBe(true);
    expect(isUneditedPreviousBuiltin({ ...previousBuiltinFramework(), schemaVersion: 2 })).toBe(true);
  });

  it('says nothing about roles a user framework already has', () => {
    const own = { ...JSON.parse(JSON.stringify(builtinFramework())), name: 'Our framework' };
    const { data, changes } = migrated(versionTwoFile(own));
    expect(data.framework.name).toBe('Our framework');
    expect(changes).toEqual([]);
  });

  it('leaves a framework it cannot relabel for validation to name', () => {
    const bad = previousBuiltinFramework();
    bad.roles[0] = { ...bad.roles[0], externalSource: { publisher: 'x' } };
    const result = runMigrations(versionTwoFile(bad));
    if (!result.ok) throw new Error(result.message);
    const parsed = AppData.safeParse(result.data);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path.slice(0, 2)).toEqual(['framework', 'schemaVersion']);
  });
});

describe('a version-2 file and "not assessed"', () => {
  it('keeps the zeros someone entered and reads the skills with no entry as not assessed', () => {
    const file = versionTwoFile() as unknown as AppData;
    // Someone entered 0 for one member on a skill; another member has no entry at all.
    const [first, second] = file.members;
    first!.levels = { ...first!.levels, 'data-security': 0 };
    const { ['data-security']: _dropped, ...rest } = second!.levels;
    second!.levels = rest;
    const { data } = migrated(file as unknown as Record<string, unknown>);
    expect(data.members[0]!.levels['data-security']).toBe(0);
    expect(data.members[1]!.levels).not.toHaveProperty('data-security');
    // The six tool skills framework 1.0.0 did not have are not assessed for anyone: unknown.
    const analysis = analyzeTeam(data);
    const python = analysis.coverage.find((c) => c.skillId === 'python')!;
    expect([python.status, python.notAssessed, python.gap]).toEqual(['unknown', data.members.length, 0]);
    const security = analysis.coverage.find((c) => c.skillId === 'data-security')!;
    expect(security.assessed).toBe(data.members.length - 1);
    expect(analysis.plan.assessFirst.map((a) => a.skillId)).toContain('python');
  });
});
