import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppData, appDataQuickly, initialData } from '@shared/data';
import { isCleanMember, Member } from '@shared/domain';
import { builtinFramework, sampleTeam } from '../support/fixtures';

/*
 * The quick checks may only ever say "valid" when the schema agrees and would return the
 * value unchanged; when they doubt, the schema decides. Thousands of near-valid members try
 * to slip through.
 */

const valid = sampleTeam().members;

/** A member with one part made odd, the way hand-edited files and bugs make them. */
const oddMember = fc
  .tuple(
    fc.constantFrom(...valid),
    fc.constantFrom(...Object.keys(Member.shape), 'extra'),
    fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.constantFrom(' Ada', 'Ada ', '', 'A'.repeat(121), 'Data-Pipelines', '__proto__', 'x'.repeat(65), 'ok-id'),
      fc.constantFrom(
        0,
        -0,
        0.05,
        0.1,
        1,
        1.0000001,
        Number.NaN,
        Number.POSITIVE_INFINITY,
        10,
        11,
        2.5,
        -1,
        100,
        100.5,
      ),
      fc.constantFrom('2026-02-30', '2026-13-01', '2026-01-01', '2026-1-1', '2024-02-29'),
      fc.constantFrom(
        {},
        [],
        { 'data-pipelines': 3 },
        { 'Data Pipelines': 3 },
        { x: 11 },
        { x: 2.5 },
        { a: 60, b: 50 },
      ),
      fc.constantFrom({ a: 50, b: 50.0000001 }, { a: 33.3333333, b: 33.3333333, c: 33.3333334 }, { a: -0 }),
    ),
  )
  .map(([member, key, value]) => {
    const copy: Record<string, unknown> = JSON.parse(JSON.stringify(member));
    if (value === undefined) delete copy[key];
    else copy[key] = value;
    return copy;
  });

describe('isCleanMember', () => {
  it('accepts every member of the sample team (the fast path is really taken)', () => {
    for (const member of valid) expect(isCleanMember(JSON.parse(JSON.stringify(member)))).toBe(true);
  });

  it('never accepts what the Member schema refuses or would change (5,000 odd members)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(oddMember, (member) => {
        if (!isCleanMember(member)) return;
        accepted += 1;
        const parsed = Member.safeParse(member);
        expect(parsed.success).toBe(true);
        // Equal value for value (the schema lists keys in its own order; the file's order is kept).
        expect(parsed.data).toEqual(member);
      }),
      { numRuns: 5000 },
    );
    // Some odd members are still valid (a title removed, a level changed): the check is not just "no".
    expect(accepted).toBeGreaterThan(100);
  });

  it('refuses prototype tricks and objects that are not plain', () => {
    const member = JSON.parse(JSON.stringify(valid[0]));
    expect(isCleanMember({ ...member, levels: JSON.parse('{"__proto__": 3}') })).toBe(false);
    expect(isCleanMember({ ...member, levels: new Map() })).toBe(false);
    expect(isCleanMember(Object.assign(Object.create({ injected: true }), member))).toBe(false);
  });
});

describe('appDataQuickly', () => {
  const data = JSON.parse(JSON.stringify(initialData(sampleTeam(), builtinFramework()))) as Record<string, unknown>;

  it('gives what AppData.parse gives for a valid file, key order included', () => {
    const quick = appDataQuickly(data);
    expect(quick).not.toBeNull();
    expect(JSON.stringify(quick)).toBe(JSON.stringify(AppData.parse(data)));
  });

  it('doubts anything the full parse would refuse: a bad member, an unknown skill, a wrong top level', () => {
    const members = data['members'] as Record<string, unknown>[];
    const cases = [
      { ...data, members: [{ ...members[0], fte: 2 }, ...members.slice(1)] },
      { ...data, members: [{ ...members[0], levels: { 'quantum-etl': 2 } }, ...members.slice(1)] },
      { ...data, members: [...members, members[0]] },
      { ...data, settings: { theme: 'sepia' } },
      { ...data, members: 'none' },
    ];
    for (const document of cases) {
      expect(appDataQuickly(document)).toBeNull();
      expect(AppData.safeParse(document).success).toBe(false);
    }
  });
});
