import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeTeam } from '@shared/analysis';
import { AppData, DATA_SCHEMA_VERSION, decodeDataFile } from '@shared/data';

const FILES = ['sample-edited', 'mixed-60'] as const;
const textOf = (name: string) => readFileSync(`test/corpus/data-v4/${name}.json`, 'utf8');

describe('migration 4 → 5: assessment rounds and self-assessments', () => {
  it.each(FILES)('opens the version-4 file %s with no round and no form, everything else as it was', (name) => {
    const text = textOf(name);
    const before = JSON.parse(text) as Record<string, unknown>;
    expect(before['schemaVersion']).toBe(4);
    const decoded = decodeDataFile(text);
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.migrated).toBe(true);
    expect(decoded.changes).toEqual([]);
    const data = decoded.data;
    expect(data.schemaVersion).toBe(DATA_SCHEMA_VERSION);
    expect([data.rounds, data.selfAssessments]).toEqual([[], []]);
    for (const key of ['organisation', 'members', 'scenarios', 'framework', 'settings', 'sample'] as const) {
      expect(data[key], key).toEqual(before[key]);
    }
    expect(AppData.safeParse(data).success).toBe(true);
    // Rounds change no figure: the plan of the upgraded file is the one of the file as it was.
    const old = before as unknown as AppData;
    expect(analyzeTeam(data).plan).toEqual(analyzeTeam(old).plan);
  });

  it('keeps what the user wrote in version 4 byte for byte: the dated member and the two-line note', () => {
    const decoded = decodeDataFile(textOf('sample-edited'));
    if (!decoded.ok) throw new Error(decoded.message);
    const first = decoded.data.members[0]!;
    expect([first.assessedOn, first.notes, decoded.data.settings.theme]).toEqual([
      '2026-09-30',
      'Line one\nline two',
      'dark',
    ]);
  });

  it('refuses a version-5 file whose rounds or forms disagree, naming the place', () => {
    const decoded = decodeDataFile(textOf('mixed-60'));
    if (!decoded.ok) throw new Error(decoded.message);
    const form = {
      memberId: 'nobody-here',
      receivedOn: '2026-12-01',
      formId: 'f1',
      ratings: {},
      skillNotes: {},
      decisions: {},
    };
    const bad = decodeDataFile(JSON.stringify({ ...decoded.data, selfAssessments: [form] }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toMatch(/selfAssessments\[0\]\.memberId.*no member has the id "nobody-here"/);
  });
});
