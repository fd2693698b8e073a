import { z } from 'zod';

/**
 * Identifiers are lowercase slugs ("data-pipelines"). They appear as record keys in
 * member files, so the pattern also keeps prototype keys such as `__proto__` out.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const Id = z.string().min(1).max(64).regex(SLUG_PATTERN, 'must be a lowercase slug such as "data-pipelines"');

/** Free text shown to people: trimmed length limits keep hand-edited files sane. */
export const Text = (max: number) => z.string().max(max);

export const NonEmptyText = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
