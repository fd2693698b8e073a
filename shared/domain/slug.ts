import { SLUG_PATTERN } from './ids';

/** Longest id the schemas accept. */
const MAX_ID = 64;

/** "Diego Álvarez & co" → "diego-alvarez-co": accents dropped, lowercase, never empty. */
export function slugify(name: string, fallback = 'item'): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID)
    .replace(/-+$/g, '');
  return SLUG_PATTERN.test(slug) ? slug : fallback;
}

/** A slug from the name that none of `taken` uses: "ana-lima", then "ana-lima-2"… */
export function uniqueSlug(name: string, taken: Iterable<string>, fallback = 'item'): string {
  const used = new Set(taken);
  const base = slugify(name, fallback);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, MAX_ID - suffix.length).replace(/-+$/g, '')}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}
