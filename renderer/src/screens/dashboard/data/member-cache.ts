/*
 * The dashboard's per-member caching, in one place: the derivations call these two and keep
 * no caches of their own.
 */

/**
 * A value derived from one member object alone, kept while that object lives. Members are
 * immutable (an edit replaces the object), so after a change only the changed member is
 * derived again. `key` is what else the value depends on (the framework).
 */
export function perMember<M extends object, T>(derive: (member: M, key: object) => T) {
  const cache = new WeakMap<M, { key: object; value: T }>();
  return (member: M, key: object): T => {
    const hit = cache.get(member);
    if (hit !== undefined && hit.key === key) return hit.value;
    const value = derive(member, key);
    cache.set(member, { key, value });
    return value;
  };
}

/**
 * One key object per distinct `text`, kept in `keys` (a few at most): what a per-member
 * cache is keyed by must stay the same object from one analysis to the next.
 */
export function interned<T extends object>(keys: Map<string, T>, text: string, make: () => T): T {
  let key = keys.get(text);
  if (!key) {
    if (keys.size >= 20) keys.clear();
    keys.set(text, (key = make()));
  }
  return key;
}
