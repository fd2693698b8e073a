import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  changedRun,
  identityKey,
  Interner,
  KnownGood,
  LiveKeyCache,
  memoPerObject,
  memoPerObjectAndKey,
  unchanged,
  withRunReplaced,
} from '@shared/identity';

describe('the identity rule', () => {
  it('counts as unchanged only the same object, never an equal copy', () => {
    const member = { id: 'a', levels: { sql: 3 } };
    expect(unchanged(member, member)).toBe(true);
    expect(unchanged(member, { ...member })).toBe(false);
    expect(unchanged(member, structuredClone(member))).toBe(false);
    expect(unchanged(NaN, NaN)).toBe(true);
  });

  describe('changedRun', () => {
    const [a, b, c, d] = [{ n: 'a' }, { n: 'b' }, { n: 'c' }, { n: 'd' }];
    it('finds the one run between the shared start and end', () => {
      expect(changedRun([a, b, c], [a, b, c])).toBeNull();
      expect(changedRun([a, b, c], [a, d, c])).toEqual({ start: 1, deleteCount: 1, insert: [d] });
      expect(changedRun([a, b, c], [a, c])).toEqual({ start: 1, deleteCount: 1, insert: [] });
      expect(changedRun([a, c], [a, b, c])).toEqual({ start: 1, deleteCount: 0, insert: [b] });
      expect(changedRun([], [a])).toEqual({ start: 0, deleteCount: 0, insert: [a] });
    });

    it('treats an equal copy as a change', () => {
      expect(changedRun([a, b], [a, { ...b }])).toEqual({ start: 1, deleteCount: 1, insert: [{ n: 'b' }] });
    });

    it('rebuilds next from previous and keeps every element outside the run as the same object', () => {
      const pool = Array.from({ length: 6 }, (_, i) => ({ i }));
      const list = fc.array(
        fc.nat({ max: 5 }).map((i) => pool[i]!),
        { maxLength: 12 },
      );
      fc.assert(
        fc.property(list, list, (previous, next) => {
          const run = changedRun(previous, next);
          const rebuilt = run ? withRunReplaced(previous, run) : previous.slice();
          expect(rebuilt).toHaveLength(next.length);
          rebuilt.forEach((item, k) => expect(item).toBe(next[k]));
          if (run) {
            // The run is as short as can be: its ends differ from what they replace.
            expect(run.start === 0 || previous[run.start - 1] === next[run.start - 1]).toBe(true);
          }
        }),
      );
    });
  });

  it('KnownGood knows objects it was given, and nothing by value', () => {
    const known = new KnownGood();
    const member = { id: 'a' };
    known.add(member);
    expect(known.has(member)).toBe(true);
    expect(known.has({ id: 'a' })).toBe(false);
    expect(known.has(null)).toBe(false);
    expect(known.has('a')).toBe(false);
  });

  it('memoPerObject derives once per object', () => {
    const derive = vi.fn((o: { n: number }) => ({ twice: o.n * 2 }));
    const memo = memoPerObject(derive);
    const one = { n: 1 };
    expect(memo(one)).toBe(memo(one));
    expect(memo({ n: 1 })).not.toBe(memo(one));
    expect(derive).toHaveBeenCalledTimes(2);
  });

  it('memoPerObject caches undefined results too', () => {
    const derive = vi.fn((_: object) => undefined);
    const memo = memoPerObject(derive);
    const one = {};
    memo(one);
    memo(one);
    expect(derive).toHaveBeenCalledTimes(1);
  });

  it('memoPerObjectAndKey recomputes when the key object changes, and keeps one value per object', () => {
    const derive = vi.fn((o: { n: number }, key: { factor: number }) => o.n * key.factor);
    const memo = memoPerObjectAndKey(derive);
    const member = { n: 3 };
    const [k1, k2] = [{ factor: 2 }, { factor: 10 }];
    expect(memo(member, k1)).toBe(6);
    expect(memo(member, k1)).toBe(6);
    expect(memo(member, k2)).toBe(30);
    expect(memo(member, k1)).toBe(6);
    expect(derive).toHaveBeenCalledTimes(3);
  });

  describe('Interner', () => {
    it('gives equal texts the same key object', () => {
      const make = vi.fn((text: string) => ({ ids: text.split(',') }));
      const keys = new Interner(make);
      const first = keys.get('sql,spark');
      expect(keys.get('sql,spark')).toBe(first);
      expect(keys.get('sql')).not.toBe(first);
      expect(make).toHaveBeenCalledTimes(2);
    });

    it('keeps the texts used last, up to its limit', () => {
      const keys = new Interner((text) => ({ text }), 2);
      const a = keys.get('a');
      keys.get('b');
      keys.get('a'); // a is now the last used; b goes next
      keys.get('c');
      expect(keys.size).toBe(2);
      expect(keys.get('a')).toBe(a);
      expect(keys.get('b')).not.toBeUndefined();
      expect(keys.size).toBe(2);
    });
  });

  describe('LiveKeyCache', () => {
    it('keeps one value per id until the id leaves the data', () => {
      const cache = new LiveKeyCache<{ id: string }>();
      const make = vi.fn((id: string) => ({ id }));
      const first = cache.get('s1', () => make('s1'));
      expect(cache.get('s1', () => make('s1'))).toBe(first);
      cache.get('s2', () => make('s2'));
      cache.prune(['s2']);
      expect(cache.size).toBe(1);
      expect(cache.get('s1', () => make('s1'))).not.toBe(first);
      expect(make).toHaveBeenCalledTimes(3);
    });
  });

  it('identityKey names each object once, and never an equal copy the same', () => {
    const organisation = { name: 'Contoso' };
    expect(identityKey(organisation)).toBe(identityKey(organisation));
    expect(identityKey({ ...organisation })).not.toBe(identityKey(organisation));
  });
});
