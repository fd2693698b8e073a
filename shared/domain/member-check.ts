import { z } from 'zod';
import { BLOCK_CONTROL, LINE_CONTROL } from '../encode/control';
import { SLUG_PATTERN } from './ids';
import { Member } from './member';

/*
 * A fast, conservative check of one member as parsed from JSON: true only when the Member
 * schema would accept it unchanged, and no key in it could reach a prototype (so a caller
 * may skip the prototype-key walk for members it checked). Used to spare 10,000 zod parses when loading or
 * importing; whatever it doubts (false) goes to the schema, which decides and explains.
 * A property test holds it to "true ⇒ Member.parse accepts it and returns it as it is".
 */

/** The member schema's own keys: a strict object accepts no other. */
const KEYS = new Set(Object.keys(Member.shape));
const IsoDate = z.iso.date();

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length >= 1 && value.length <= 64 && SLUG_PATTERN.test(value);

/** Record keys: slugs, and never a key that could reach a prototype (a slug cannot be `__proto__`). */
/**
 * Keys that passed: level and allocation keys are the framework's few dozen skill ids,
 * repeated in every member, so the pattern runs once per id instead of once per cell.
 */
const safeKeys = new Set<string>();
const SAFE_KEYS_KEPT = 10_000;

const isSafeKey = (key: string): boolean => {
  if (safeKeys.has(key)) return true;
  if (!isId(key) || key === 'constructor' || key === 'prototype') return false;
  if (safeKeys.size >= SAFE_KEYS_KEPT) safeKeys.clear();
  safeKeys.add(key);
  return true;
};

/** One line of text: 0–max characters, no control characters (the schema's Text). */
const isText = (value: unknown, max: number): boolean =>
  typeof value === 'string' && value.length <= max && !LINE_CONTROL.test(value);

/** Multi-line text (the schema's MultiLineText). */
const isMultiLineText = (value: unknown, max: number): boolean =>
  typeof value === 'string' && value.length <= max && !BLOCK_CONTROL.test(value);

/** NonEmptyText: trimmed already (the schema would trim it), 1–max characters. */
const isTrimmedText = (value: unknown, max: number): boolean =>
  typeof value === 'string' &&
  value.length >= 1 &&
  value.length <= max &&
  value.trim() === value &&
  !LINE_CONTROL.test(value);

export function isCleanMember(value: unknown): value is Member {
  if (!isPlainObject(value)) return false;
  for (const key of Object.keys(value)) if (!KEYS.has(key)) return false;
  const m = value;
  if (!isId(m['id']) || !isTrimmedText(m['name'], 120) || !isId(m['role']) || !isText(m['productTeam'], 120)) {
    return false;
  }
  if ('title' in m && !isText(m['title'], 120)) return false;
  if ('notes' in m && !isMultiLineText(m['notes'], 5000)) return false;
  if ('assessedOn' in m && !(typeof m['assessedOn'] === 'string' && IsoDate.safeParse(m['assessedOn']).success)) {
    return false;
  }
  const fte = m['fte'];
  if (typeof fte !== 'number' || !(fte >= 0.1 && fte <= 1)) return false;
  const levels = m['levels'];
  if (!isPlainObject(levels)) return false;
  for (const key in levels) {
    const level = levels[key];
    if (!isSafeKey(key) || typeof level !== 'number' || !Number.isInteger(level) || level < 0 || level > 10)
      return false;
  }
  const allocation = m['allocation'];
  if (!isPlainObject(allocation)) return false;
  let total = 0;
  for (const key in allocation) {
    const pct = allocation[key];
    if (!isSafeKey(key) || typeof pct !== 'number' || !(pct >= 0 && pct <= 100)) return false;
    total += pct;
  }
  return total <= 100 + 1e-6;
}
