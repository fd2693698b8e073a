import { describe, expect, it } from 'vitest';
import { decodeDataBytes, decodeDataFile } from '@main/store';
import { sampleData } from './helpers';
import { DATA_SCHEMA_VERSION } from '@shared/data';

const sampleText = (): string => JSON.stringify(sampleData());

describe('decodeDataFile', () => {
  it('accepts a valid current file, unmigrated', () => {
    expect(decodeDataFile(sampleText())).toEqual({ ok: true, data: sampleData(), migrated: false, changes: [] });
  });

  it('accepts a BOM and pretty-printed JSON', () => {
    const decoded = decodeDataFile(`\uFEFF${JSON.stringify(sampleData(), null, 2)}`);
    expect(decoded.ok).toBe(true);
  });

  it('calls a file from a newer version "newer-version", not corrupt', () => {
    const decoded = decodeDataFile(
      JSON.stringify({ ...sampleData(), schemaVersion: DATA_SCHEMA_VERSION + 1, newField: [1] }),
    );
    expect(decoded).toMatchObject({ ok: false, kind: 'newer-version' });
    if (!decoded.ok) {
      expect(decoded.message).toContain(
        `newer Gapwise (data version ${DATA_SCHEMA_VERSION + 1}; this version reads up to ${DATA_SCHEMA_VERSION})`,
      );
    }
  });

  const corrupt: [string, string, RegExp][] = [
    ['an empty file', '', /^the file is empty$/],
    ['NUL bytes', '\0'.repeat(32), /^invalid JSON at line 1, column 1/],
    ['a JSON array', '[1,2,3]', /expected a JSON object/],
    ['JSON null', 'null', /expected a JSON object/],
    [
      'another kind of file',
      JSON.stringify({ kind: 'gapwise-team', schemaVersion: 9 }),
      /^kind: expected "gapwise-data", got "gapwise-team"/,
    ],
    ['no schemaVersion', JSON.stringify({ ...sampleData(), schemaVersion: undefined }), /^schemaVersion: /],
    ['schemaVersion 0', JSON.stringify({ ...sampleData(), schemaVersion: 0 }), /^schemaVersion: /],
    ['a missing field', JSON.stringify({ ...sampleData(), settings: undefined }), /^settings: /],
    ['an unknown field', JSON.stringify({ ...sampleData(), extra: 1 }), /^extra: unknown field/],
  ];
  for (const [what, text, message] of corrupt) {
    it(`calls ${what} corrupt, saying where`, () => {
      const decoded = decodeDataFile(text);
      expect(decoded).toMatchObject({ ok: false, kind: 'corrupt' });
      if (!decoded.ok) expect(decoded.message).toMatch(message);
    });
  }

  it('calls truncated JSON corrupt, saying where it ends', () => {
    const text = sampleText();
    const cut = text.indexOf('"members":[') + '"members":['.length;
    expect(decodeDataFile(text.slice(0, cut))).toEqual({
      ok: false,
      kind: 'corrupt',
      message: `invalid JSON at line 1, column ${cut + 1}: expected "]"`,
    });
  });

  it('refuses a __proto__ key, naming its path', () => {
    const text = sampleText().replace('"id":"ana-lima"', '"__proto__":{"polluted":true},"id":"ana-lima"');
    expect(decodeDataFile(text)).toEqual({
      ok: false,
      kind: 'corrupt',
      message: 'members[0].__proto__: the key "__proto__" is not allowed',
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses prototype keys in levels and outside the members, naming their path', () => {
    const inLevels = sampleText().replace('"levels":{', '"levels":{"constructor":1,');
    expect(decodeDataFile(inLevels)).toEqual({
      ok: false,
      kind: 'corrupt',
      message: 'members[0].levels.constructor: the key "constructor" is not allowed',
    });
    const inOrganisation = sampleText().replace('"organisation":{', '"organisation":{"__proto__":{"x":1},');
    expect(decodeDataFile(inOrganisation)).toEqual({
      ok: false,
      kind: 'corrupt',
      message: 'organisation.__proto__: the key "__proto__" is not allowed',
    });
  });

  it('names the member and skill of an unknown skill id', () => {
    const data = sampleData();
    const members = data.members.map((m, i) => (i === 2 ? { ...m, levels: { ...m.levels, 'made-up-skill': 2 } } : m));
    expect(decodeDataFile(JSON.stringify({ ...data, members }))).toEqual({
      ok: false,
      kind: 'corrupt',
      message: 'members[2].levels.made-up-skill: unknown skill id "made-up-skill"',
    });
  });

  it('checks the kind before the version: a foreign file with a huge version is corrupt, not newer', () => {
    expect(decodeDataFile(JSON.stringify({ schemaVersion: 99 }))).toMatchObject({ ok: false, kind: 'corrupt' });
  });
});

describe('decodeDataBytes', () => {
  it('decodes UTF-8', () => {
    expect(decodeDataBytes(Buffer.from(sampleText(), 'utf8')).ok).toBe(true);
  });

  it('calls invalid UTF-8 corrupt instead of silently replacing the bytes', () => {
    const bytes = Buffer.from(sampleText().replace('Northwind Retail', 'Northwind \u0000Retail'), 'utf8');
    bytes[bytes.indexOf(0)] = 0xff;
    expect(decodeDataBytes(bytes)).toEqual({ ok: false, kind: 'corrupt', message: 'the file is not valid UTF-8 text' });
  });
});
