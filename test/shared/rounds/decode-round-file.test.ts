import { describe, expect, it } from 'vitest';
import { decodeRoundFile } from '@shared/rounds/decode-round-file';
import { encodeRoundFile } from '@shared/rounds/round-file';
import { ROUND_SCHEMA_VERSION } from '@shared/rounds/schema';
import { builtinFramework } from '../../support/fixtures';
import { closeRound, mixedTeam } from './round-fixtures';

const framework = builtinFramework();
const closed = closeRound(
  { ...mixedTeam(framework), framework },
  { id: 'q1', name: '2027 Q1 review', date: '2027-03-31' },
);

const edited = (change: (doc: Record<string, unknown>) => void): Uint8Array => {
  const doc = JSON.parse(new TextDecoder().decode(closed.bytes)) as Record<string, unknown>;
  change(doc);
  return new TextEncoder().encode(JSON.stringify(doc));
};

const message = (result: ReturnType<typeof decodeRoundFile>): string => {
  if (result.ok) throw new Error('expected a refusal');
  return result.message;
};

describe('decodeRoundFile', () => {
  it('reads back the round that was written, checked against its entry', () => {
    const result = decodeRoundFile(closed.bytes, closed.entry);
    expect(result).toEqual({ ok: true, round: closed.snapshot });
  });

  it('reads a round without its entry (a file to be listed again)', () => {
    expect(decodeRoundFile(closed.bytes).ok).toBe(true);
  });

  it('refuses a file of another size than the entry recorded', () => {
    const longer = new Uint8Array(closed.bytes.length + 1);
    longer.set(closed.bytes);
    longer[closed.bytes.length] = 0x20;
    expect(message(decodeRoundFile(longer, closed.entry))).toMatch(/^size: .*has \d+ bytes; .*closed with \d+/);
  });

  it('refuses a file of the same size whose digest differs', () => {
    const flipped = closed.bytes.slice();
    const at = new TextDecoder().decode(flipped).indexOf('2027 Q1 review');
    flipped[at] = '3'.charCodeAt(0);
    expect(message(decodeRoundFile(flipped, closed.entry))).toMatch(/^sha256: /);
    // Without the entry the same bytes are a valid round: the digest is what caught it.
    expect(decodeRoundFile(flipped).ok).toBe(true);
  });

  it('refuses another kind of file, naming the field', () => {
    expect(message(decodeRoundFile(edited((d) => (d.kind = 'gapwise-data'))))).toBe(
      'kind: expected "gapwise-round", got "gapwise-data"',
    );
    expect(message(decodeRoundFile(new TextEncoder().encode('[1]')))).toMatch(/not a Gapwise round file/);
  });

  it('refuses a round from a newer Gapwise as such', () => {
    const newer = edited((d) => (d.schemaVersion = ROUND_SCHEMA_VERSION + 1));
    expect(message(decodeRoundFile(newer))).toMatch(/^schemaVersion: .*newer Gapwise/);
  });

  it('names the field path of the first problem', () => {
    const badLevel = edited((d) => {
      const members = d.members as { levels: Record<string, unknown> }[];
      const first = Object.keys(members[1]!.levels)[0]!;
      members[1]!.levels[first] = 'high';
    });
    expect(message(decodeRoundFile(badLevel))).toMatch(/^members\[1\]\.levels\.[a-z-]+: /);
    const unknownSkill = edited((d) => {
      (d.members as { levels: Record<string, number> }[])[2]!.levels['not-a-skill'] = 2;
    });
    expect(message(decodeRoundFile(unknownSkill))).toMatch(/^members\[2\]\.levels\.not-a-skill: /);
    const extra = edited((d) => (d.surprise = 1));
    expect(message(decodeRoundFile(extra))).toBe('surprise: unknown field');
  });

  it('refuses a prototype key, broken JSON and bytes that are not UTF-8', () => {
    const proto = new TextEncoder().encode(
      new TextDecoder().decode(closed.bytes).replace('"organisation": {', '"organisation": {"__proto__": {},'),
    );
    expect(message(decodeRoundFile(proto))).toMatch(/^organisation.*__proto__/);
    expect(message(decodeRoundFile(closed.bytes.subarray(0, 200)))).toMatch(/invalid JSON at line \d+, column \d+/);
    expect(message(decodeRoundFile(Uint8Array.of(0x7b, 0xff, 0x7d)))).toBe('the file is not UTF-8 text');
  });

  it('refuses a file that holds another round than the entry names', () => {
    const other = encodeRoundFile({ ...closed.snapshot, id: 'q2' });
    const entry = {
      ...closed.entry,
      bytes: other.length,
      sha256: closeRound(closed.view, { id: 'q2', name: 'x', date: '2027-03-31' }).entry.sha256,
    };
    // The entry's digest is of a different file, so the digest is what refuses it first.
    expect(decodeRoundFile(other, entry).ok).toBe(false);
  });
});
