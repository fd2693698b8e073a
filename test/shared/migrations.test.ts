import { describe, expect, it } from 'vitest';
import { DATA_SCHEMA_VERSION, MIGRATIONS, runMigrations, type Migration } from '@shared/data';

// A synthetic history: v1 had `team`, v2 renamed it to `members`, v3 added `settings`.
const history: Migration[] = [
  { from: 1, to: 2, migrate: ({ team, ...rest }) => ({ ...rest, members: team }) },
  { from: 2, to: 3, migrate: (doc) => ({ ...doc, settings: { theme: 'system' } }) },
];

describe('runMigrations', () => {
  it('runs every step in order from the file’s version to the current one', () => {
    const result = runMigrations({ schemaVersion: 1, team: ['a'] }, history, 3);
    expect(result).toEqual({
      ok: true,
      data: { schemaVersion: 3, members: ['a'], settings: { theme: 'system' } },
      fromVersion: 1,
      migrated: true,
      changes: [],
    });
    expect(runMigrations({ schemaVersion: 2, members: [] }, history, 3)).toMatchObject({
      ok: true,
      data: { schemaVersion: 3, members: [], settings: { theme: 'system' } },
      fromVersion: 2,
    });
  });

  it('leaves a current document as it is', () => {
    const doc = { schemaVersion: 3, members: [] };
    expect(runMigrations(doc, history, 3)).toEqual({
      ok: true,
      data: doc,
      fromVersion: 3,
      migrated: false,
      changes: [],
    });
  });

  it('does not change its input (steps are pure)', () => {
    const doc = { schemaVersion: 1, team: ['a'] };
    runMigrations(doc, history, 3);
    expect(doc).toEqual({ schemaVersion: 1, team: ['a'] });
  });

  it('refuses a document from a newer version, saying to update', () => {
    expect(runMigrations({ schemaVersion: 4 }, history, 3)).toMatchObject({
      ok: false,
      code: 'newer-version',
      message: expect.stringMatching(/newer Gapwise \(data version 4; this version reads up to 3\)\. Update Gapwise/),
    });
  });

  it('refuses a missing, broken or unbridgeable version', () => {
    for (const schemaVersion of [undefined, '1', 0, 1.5, -1]) {
      expect(runMigrations({ schemaVersion }, history, 3)).toMatchObject({ ok: false, code: 'unknown-version' });
    }
    expect(runMigrations({ schemaVersion: 1 }, [history[1]!], 3)).toMatchObject({
      ok: false,
      message: 'no migration from data version 1',
    });
  });

  it('the shipped list is ordered and ends at the current version', () => {
    MIGRATIONS.forEach((m, i) => {
      expect(m.to).toBe(m.from + 1);
      if (i > 0) expect(m.from).toBe(MIGRATIONS[i - 1]!.to);
    });
    expect(MIGRATIONS.at(-1)?.to ?? DATA_SCHEMA_VERSION).toBe(DATA_SCHEMA_VERSION);
    expect(MIGRATIONS[0]?.from ?? 1).toBe(1);
  });
});
