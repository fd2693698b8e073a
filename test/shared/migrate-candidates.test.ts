import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeTeam } from '@shared/analysis';
import { AppData, DATA_SCHEMA_VERSION, decodeDataFile } from '@shared/data';

const FILES = ['sample-edited', 'mixed-60'] as const;
const textOf = (name: string) => readFileSync(`test/corpus/data-v5/${name}.json`, 'utf8');

describe('migration 5 → 6: candidates and planning settings', () => {
  it.each(FILES)('opens the version-5 file %s with no candidate, everything else as it was', (name) => {
    const text = textOf(name);
    const before = JSON.parse(text) as Record<string, unknown>;
    expect(before['schemaVersion']).toBe(5);
    const decoded = decodeDataFile(text);
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.migrated).toBe(true);
    expect(decoded.changes).toEqual([]);
    const data = decoded.data;
    expect(data.schemaVersion).toBe(DATA_SCHEMA_VERSION);
    expect(data.candidates).toEqual([]);
    for (const key of [
      'organisation',
      'members',
      'scenarios',
      'framework',
      'settings',
      'sample',
      'rounds',
      'selfAssessments',
    ] as const) {
      expect(data[key], key).toEqual(before[key]);
    }
    expect(AppData.safeParse(data).success).toBe(true);
    // No planning settings yet: the plan is the one the file had.
    expect(data.settings.planning).toBeUndefined();
    expect(analyzeTeam(data).plan).toEqual(analyzeTeam(before as unknown as AppData).plan);
  });

  it('keeps the returned self-assessment form of version 5', () => {
    const decoded = decodeDataFile(textOf('mixed-60'));
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.data.selfAssessments.map((f) => [f.formId, f.receivedOn])).toEqual([['form-2026-11', '2026-11-20']]);
  });

  it('refuses planning settings and candidates that break the format, naming the place', () => {
    const decoded = decodeDataFile(textOf('sample-edited'));
    if (!decoded.ok) throw new Error(decoded.message);
    const withSettings = (planning: unknown) =>
      decodeDataFile(JSON.stringify({ ...decoded.data, settings: { ...decoded.data.settings, planning } }));
    const currency = withSettings({ currency: 'euros' });
    expect(currency.ok).toBe(false);
    if (!currency.ok) expect(currency.message).toMatch(/settings\.planning\.currency.*three-letter currency code/);
    const limit = withSettings({ hireLimit: { kind: 'hires', hires: -1 } });
    expect(limit.ok).toBe(false);
    if (!limit.ok) expect(limit.message).toMatch(/settings\.planning\.hireLimit\.hires/);
    const candidate = decodeDataFile(
      JSON.stringify({ ...decoded.data, candidates: [{ id: 'c1', name: '', role: 'data-engineer', levels: {} }] }),
    );
    expect(candidate.ok).toBe(false);
    if (!candidate.ok) expect(candidate.message).toMatch(/candidates\[0\]\.name/);
  });

  it('reads valid planning settings and a candidate back as written', () => {
    const decoded = decodeDataFile(textOf('sample-edited'));
    if (!decoded.ok) throw new Error(decoded.message);
    const planning = {
      currency: 'EUR',
      roleCosts: { 'data-engineer': 95_000 },
      leadTimeMonths: { 'data-engineer': 3 },
      hireLimit: { kind: 'money' as const, amount: 200_000 },
      weights: { singlePoint: 10, belowPolicy: 3, engineeringFte: 1 },
    };
    const candidate = { id: 'ada', name: 'Ada L.', role: 'data-engineer', levels: { sql: 4 } };
    const again = decodeDataFile(
      JSON.stringify({
        ...decoded.data,
        organisation: { ...decoded.data.organisation, companyHeadcount: 800 },
        settings: { ...decoded.data.settings, planning },
        candidates: [candidate],
      }),
    );
    if (!again.ok) throw new Error(again.message);
    expect([again.data.settings.planning, again.data.candidates, again.data.organisation.companyHeadcount]).toEqual([
      planning,
      [candidate],
      800,
    ]);
  });
});
