/*
 * The identity rule: an unchanged value is the same object.
 *
 * Gapwise's data is never mutated. A change replaces the objects it changes (a member, the
 * organisation, the array that holds them, the data object) and shares every other object
 * with the data before it. So anything derived from the data can tell what to redo by
 * identity alone: `===` is the whole of "did this change?".
 *
 * Who may create new objects for the data:
 * - main's store, through validation, for the parts a change actually brings (parsed fresh);
 *   parts it has already checked keep their identity (`KnownGood`);
 * - the page's receiver of main's messages, for the containers of a change (a new data
 *   object, a new members array), never for a member or field the change did not touch
 *   (`changedRun`, `withRunReplaced`).
 * Everything else derives from the data and never builds a replacement for data it holds.
 *
 * How caches keyed on the data work:
 * - per object (`memoPerObject`, `memoPerObjectAndKey`): a WeakMap, so a cached value goes
 *   when its object is no longer held by anyone — nothing to prune by hand;
 * - per id, when the cached thing must outlive one data object (a scenario's analyser is
 *   reused across edits, so the next edit refills only changed rows): a `LiveKeyCache`,
 *   pruned to the ids the latest data still has;
 * - by a value computed from the data (which skills a chart shows): an `Interner` turns equal
 *   values into the same key object, so a per-object cache keyed on it stays valid across
 *   data objects that agree on it.
 *
 * No zod and no Node or DOM APIs here: main, the preload bundle and the page all use it.
 */

/** Whether `next` is unchanged from `previous` under the rule: the same object. */
export const unchanged = <T>(previous: T, next: T): boolean => Object.is(previous, next);

/** In `items`, the elements from `start` to `start + deleteCount` replaced by `insert`. */
export interface Run<T> {
  start: number;
  deleteCount: number;
  insert: T[];
}

/**
 * The one run of `next` that differs from `previous`, by identity: everything between the
 * longest shared start and the longest shared end. Null when nothing changed.
 */
export function changedRun<T>(previous: readonly T[], next: readonly T[]): Run<T> | null {
  const shorter = Math.min(previous.length, next.length);
  let start = 0;
  while (start < shorter && unchanged(previous[start], next[start])) start++;
  if (start === previous.length && start === next.length) return null;
  let end = 0;
  while (end < shorter - start && unchanged(previous[previous.length - 1 - end], next[next.length - 1 - end])) end++;
  return {
    start,
    deleteCount: previous.length - start - end,
    insert: next.slice(start, next.length - end),
  };
}

/** A new array: `items` with the run replaced; every element outside the run is kept as is. */
export function withRunReplaced<T>(items: readonly T[], run: Run<T>): T[] {
  return items.slice(0, run.start).concat(run.insert, items.slice(run.start + run.deleteCount));
}

/**
 * Objects already checked and frozen: since they can never change, a check of data that holds
 * them again skips them. Only the store adds to it, after validating and freezing.
 */
export class KnownGood {
  private readonly objects = new WeakSet<object>();

  has(value: unknown): boolean {
    return value !== null && typeof value === 'object' && this.objects.has(value);
  }

  add(value: object): void {
    this.objects.add(value);
  }
}

/** `derive` computed once per object, kept while the object lives. */
export function memoPerObject<O extends object, V>(derive: (object: O) => V): (object: O) => V {
  const cache = new WeakMap<O, V>();
  return (object) => {
    if (cache.has(object)) return cache.get(object) as V;
    const value = derive(object);
    cache.set(object, value);
    return value;
  };
}

/**
 * `derive` computed per object and the one other object it depends on (the framework, an
 * interned key). Asking with another key recomputes and replaces the cached value: one value
 * per object, for the key in use now.
 */
export function memoPerObjectAndKey<O extends object, K extends object, V>(
  derive: (object: O, key: K) => V,
): (object: O, key: K) => V {
  const cache = new WeakMap<O, { key: K; value: V }>();
  return (object, key) => {
    const hit = cache.get(object);
    if (hit !== undefined && unchanged(hit.key, key)) return hit.value;
    const value = derive(object, key);
    cache.set(object, { key, value });
    return value;
  };
}

/**
 * One object per distinct text, so values computed afresh from each data object (the list of
 * skills a chart shows) become the same key object while they are equal. Keeps the `limit`
 * texts used last: keys that are no longer asked for are dropped, and a per-object cache
 * holding one of them simply recomputes.
 */
export class Interner<T extends object> {
  private readonly keys = new Map<string, T>();

  constructor(
    private readonly make: (text: string) => T,
    private readonly limit = 32,
  ) {}

  get(text: string): T {
    let key = this.keys.get(text);
    if (key === undefined) {
      key = this.make(text);
    } else {
      this.keys.delete(text); // re-inserted below: Map order is the order of last use
    }
    this.keys.set(text, key);
    if (this.keys.size > this.limit) this.keys.delete(this.keys.keys().next().value as string);
    return key;
  }

  get size(): number {
    return this.keys.size;
  }
}

/**
 * Values kept per id across data objects (a scenario's analyser), dropped when the id is no
 * longer in the data: `prune` with the ids the latest data holds.
 */
export class LiveKeyCache<V> {
  private readonly values = new Map<string, V>();

  get(id: string, make: () => V): V {
    let value = this.values.get(id);
    if (value === undefined) this.values.set(id, (value = make()));
    return value;
  }

  /** Drops every value whose id is not in `live`. */
  prune(live: Iterable<string>): void {
    const keep = new Set(live);
    for (const id of this.values.keys()) if (!keep.has(id)) this.values.delete(id);
  }

  get size(): number {
    return this.values.size;
  }
}

const serials = new WeakMap<object, string>();
let lastSerial = 0;

/**
 * A string that names this object and no other (for a React `key`): a form keyed by the value
 * it edits starts afresh exactly when that value is replaced, without serialising it to compare.
 */
export function identityKey(object: object): string {
  let key = serials.get(object);
  if (key === undefined) serials.set(object, (key = String((lastSerial += 1))));
  return key;
}
