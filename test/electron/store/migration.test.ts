import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '@main/store';
import { DATA_SCHEMA_VERSION, runMigrations, type MigrationResult } from '@shared/data';
import { DATA_FILE, sampleData, useTempDirs } from './helpers';
import { versionThreeFile } from '../../support/version-three-file';

const tempDir = useTempDirs();

/**
 * A future migration, played: an "old" file lacking `settings` is brought up by a step the
 * test injects.
 */
const migrate = (doc: Record<string, unknown>): MigrationResult =>
  'settings' in doc
    ? runMigrations(doc)
    : { ok: true, data: { ...doc, settings: { theme: 'dark' } }, fromVersion: 0, migrated: true, changes: [] };

describe('opening a file written by an older version', () => {
  it('backs up the original bytes, then writes the migrated data', async () => {
    const dir = await tempDir();
    const { settings: _settings, ...old } = sampleData();
    const oldText = JSON.stringify(old);
    await writeFile(join(dir, DATA_FILE), oldText);

    const { store, recovery } = await openStore({ dir, initial: sampleData, migrate });
    expect(recovery).toBeNull();
    expect(store.data().settings.theme).toBe('dark');
    expect(JSON.parse(await readFile(join(dir, DATA_FILE), 'utf8')).settings).toEqual({ theme: 'dark' });
    const backups = await readdir(join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(await readFile(join(dir, 'backups', backups[0]!), 'utf8')).toBe(oldText);
  });

  it('without the migration, the same file is invalid: quarantined, not silently changed', async () => {
    const dir = await tempDir();
    const { settings: _settings, ...old } = sampleData();
    await writeFile(join(dir, DATA_FILE), JSON.stringify(old));
    const { recovery } = await openStore({ dir, initial: sampleData });
    expect(recovery?.reason).toMatch(/settings/);
  });

  it('opens a version-3 data file with the built-in framework 1.1.0 at the current version with 1.2.0, keeping the original bytes', async () => {
    const dir = await tempDir();
    const oldText = JSON.stringify(versionThreeFile(), null, 2);
    await writeFile(join(dir, DATA_FILE), oldText);

    const { store, recovery, upgradeChanges } = await openStore({ dir, initial: sampleData });
    expect(recovery).toBeNull();
    expect([store.data().schemaVersion, store.data().framework.version]).toEqual([DATA_SCHEMA_VERSION, '1.2.0']);
    expect(store.data().members).toEqual(sampleData().members);
    expect(upgradeChanges).toEqual([expect.stringMatching(/^The built-in framework is now version 1\.2\.0/)]);
    const onDisk = JSON.parse(await readFile(join(dir, DATA_FILE), 'utf8'));
    expect(onDisk.schemaVersion).toBe(DATA_SCHEMA_VERSION);
    const backups = await readdir(join(dir, 'backups'));
    expect(await readFile(join(dir, 'backups', backups[0]!), 'utf8')).toBe(oldText);
  });

  it('opens a real version-4 data file (written by the version-4 store) with no rounds, keeping the original bytes', async () => {
    const dir = await tempDir();
    const oldText = await readFile('test/corpus/data-v4/mixed-60.json', 'utf8');
    await writeFile(join(dir, DATA_FILE), oldText);

    const { store, recovery, upgradeChanges } = await openStore({ dir, initial: sampleData });
    expect([recovery, upgradeChanges]).toEqual([null, []]);
    expect(store.data().schemaVersion).toBe(DATA_SCHEMA_VERSION);
    expect([store.data().rounds, store.data().selfAssessments]).toEqual([[], []]);
    expect(store.data().members).toEqual(JSON.parse(oldText).members);
    const onDisk = JSON.parse(await readFile(join(dir, DATA_FILE), 'utf8'));
    expect([onDisk.schemaVersion, onDisk.rounds]).toEqual([DATA_SCHEMA_VERSION, []]);
    const backups = await readdir(join(dir, 'backups'));
    expect(await readFile(join(dir, 'backups', backups[0]!), 'utf8')).toBe(oldText);
  });
});
