import { describe, expect, it } from 'vitest';
import { AppData, DATA_SCHEMA_VERSION, runMigrations } from '@shared/data';
import { isUneditedBuiltin } from '@shared/data/migrate-builtin-framework';
import { separateRoleNames } from '@shared/data/migrate-framework-titles';
import { analyzeTeam } from '@shared/analysis';
import { parseFramework } from '@shared/io';
import { builtinFramework } from '../support/fixtures';
import { versionOneFileWithControls } from '../support/version-one-file';
import { builtinFramework110, versionThreeFile } from '../support/version-three-file';
import { reorderedKeys } from '../support/version-two-file';

type Doc = Record<string, unknown>;

function migrated(file: Doc, from = 3) {
  const result = runMigrations(file);
  if (!result.ok) throw new Error(result.message);
  expect(result.fromVersion).toBe(from);
  expect(result.data['schemaVersion']).toBe(DATA_SCHEMA_VERSION);
  return { data: AppData.parse(result.data), changes: result.changes };
}

describe('migration 3 → 4: the built-in framework 1.2.0 (job titles on every role)', () => {
  it('gives a file holding the unedited built-in 1.1.0 the built-in 1.2.0, the team and its plan unchanged', () => {
    const file = versionThreeFile();
    const { data, changes } = migrated(file);
    expect(data.framework).toEqual(builtinFramework());
    expect(data.framework.version).toBe('1.2.0');
    expect(data.framework.roles.find((r) => r.id === 'data-analyst')!.aliases).toContain('BI developer');
    expect(data.members).toEqual((file as unknown as AppData).members);
    expect(changes).toEqual([expect.stringMatching(/^The built-in framework is now version 1\.2\.0: each role lists/)]);
    // Job titles change no figure: the analysis of the upgraded file is the one of 1.1.0.
    const shipped = parseFramework(builtinFramework110());
    if (!shipped.ok) throw new Error(shipped.error.message);
    const before = analyzeTeam({ ...(file as unknown as AppData), framework: shipped.value });
    const after = analyzeTeam(data);
    expect(after.plan).toEqual(before.plan);
    expect(after.coverage).toEqual(before.coverage);
  });

  it('keeps a framework the user edited, and says which built-in roles list no job titles', () => {
    const edited = builtinFramework110();
    edited.roles[1] = { ...edited.roles[1], name: 'Platform engineer' };
    (edited.roles[4]!['targets'] as Record<string, unknown>)['sql'] = { level: 4, weight: 3 };
    const { data, changes } = migrated(versionThreeFile(edited));
    expect(data.framework.version).toBe('1.1.0');
    // Relabelled: format 2 is a subset of format 3.
    expect(data.framework.schemaVersion).toBe(3);
    expect(data.framework.roles.map((r) => r.name)).toEqual([
      'Data scientist',
      'Platform engineer',
      'ML engineer',
      'Analytics engineer',
      'Data analyst / BI developer',
    ]);
    expect(data.framework.roles.every((r) => r.aliases === undefined)).toBe(true);
    expect(data.framework.roles[4]!.targets['sql']).toEqual({ level: 4, weight: 3 });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatch(/^Your framework is kept as you edited it\./);
    expect(changes[0]).toContain(
      'your roles Data scientist, Platform engineer, ML engineer, Analytics engineer and Data analyst / BI developer list none',
    );
  });

  it('says nothing when the user’s roles are their own or already list job titles', () => {
    const own = builtinFramework110();
    own.roles = own.roles.map((r, i) => ({ ...r, id: `team-role-${i}` }));
    // A team of none: the sample's members and scenarios hold the built-in role ids.
    const file = { ...versionThreeFile(own), members: [], scenarios: [] };
    expect(migrated(file).changes).toEqual([]);
    const titled = { ...JSON.parse(JSON.stringify(builtinFramework())), name: 'Our framework' } as Doc;
    const { data, changes } = migrated(versionThreeFile(titled));
    expect([data.framework.name, changes]).toEqual(['Our framework', []]);
  });

  it('tells apart two roles version 3 let share a name, and says so', () => {
    const twins = builtinFramework110();
    twins.roles[3] = { ...twins.roles[3], name: 'Data Engineer' };
    twins.roles[4] = { ...twins.roles[4], name: 'data-engineer' };
    const { data, changes } = migrated(versionThreeFile(twins));
    expect(data.framework.roles.map((r) => r.name)).toEqual([
      'Data scientist',
      'Data engineer',
      'ML engineer',
      'Data Engineer (analytics-engineer)',
      'data-engineer (data-analyst)',
    ]);
    expect(changes.filter((c) => c.startsWith('The roles'))).toEqual([
      'The roles "Data engineer" and "Data Engineer" of your framework differ only in case or punctuation, so a job title could not tell them apart: the role with id "analytics-engineer" is now called "Data Engineer (analytics-engineer)". Rename it on the Frameworks screen if you like.',
      'The roles "Data engineer" and "data-engineer" of your framework differ only in case or punctuation, so a job title could not tell them apart: the role with id "data-analyst" is now called "data-engineer (data-analyst)". Rename it on the Frameworks screen if you like.',
    ]);
  });

  it('keeps a renamed role within the name limit, and clear of every other name', () => {
    const long = 'x'.repeat(120);
    const fw = {
      roles: [
        { id: 'a', name: long },
        { id: 'b', name: long },
        { id: 'c', name: `${'x'.repeat(116)} (b)` },
      ],
    };
    const notes: string[] = [];
    const out = separateRoleNames(fw, (n) => notes.push(n)) as { roles: { name: string }[] };
    const names = out.roles.map((r) => r.name);
    expect(names).toEqual([long, `${'x'.repeat(114)} (b 2)`, `${'x'.repeat(116)} (b)`]);
    expect(names.every((n) => n.length <= 120)).toBe(true);
    expect(new Set(names).size).toBe(3);
    expect(notes).toEqual([
      expect.stringMatching(/^Two roles of your framework were both called "x+", so a job title/),
    ]);
    // Nothing to separate: the same object back, nothing told.
    const fine = { roles: [{ id: 'a', name: 'A' }] };
    expect(separateRoleNames(fine, (n) => notes.push(n))).toBe(fine);
    expect(notes).toHaveLength(1);
  });

  it('counts any change to 1.1.0 as an edit, but not the order of keys or the format label', () => {
    const shipped = builtinFramework110();
    expect(isUneditedBuiltin(reorderedKeys(shipped), shipped)).toBe(true);
    expect(isUneditedBuiltin({ ...shipped, schemaVersion: 3 }, shipped)).toBe(true);
    const renamed = builtinFramework110();
    renamed.roles[2] = { ...renamed.roles[2], name: 'MLE' };
    expect(isUneditedBuiltin(renamed, shipped)).toBe(false);
    const titled = builtinFramework110();
    titled.roles[0] = { ...titled.roles[0], aliases: ['Quant'] };
    expect(isUneditedBuiltin(titled, shipped)).toBe(false);
    expect(isUneditedBuiltin(undefined, shipped)).toBe(false);
  });

  it('still brings a version-1 file all the way up (1 → 2 → 3 → 4)', () => {
    const { data } = migrated(versionOneFileWithControls(), 1);
    expect(data.members[0]!.name).toBe('Ana[2J Lima');
    expect(data.framework.roles.every((r) => (r.aliases?.length ?? 0) > 0)).toBe(true);
  });
});
