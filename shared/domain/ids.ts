import { z } from 'zod';
import { BLOCK_CONTROL, firstControl, LINE_CONTROL } from '../encode/control';

/**
 * Identifiers are lowercase slugs ("data-pipelines"). They appear as record keys in
 * member files, so the pattern also keeps prototype keys such as `__proto__` out.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const Id = z.string().min(1).max(64).regex(SLUG_PATTERN, 'must be a lowercase slug such as "data-pipelines"');

/**
 * Text shown to people never holds control characters: printed to a terminal they can
 * retitle or clear it, and no spreadsheet or document shows them. A one-line field (a name)
 * refuses line breaks and tabs too; a multi-line one (notes, descriptions) keeps them.
 */
const refuseControls =
  (pattern: RegExp, what: string) =>
  (value: string, ctx: z.RefinementCtx): void => {
    const found = firstControl(value, pattern);
    if (found !== null) {
      ctx.addIssue({ code: 'custom', message: `must not hold ${what} (found ${found}); remove it` });
    }
  };

const lineRule = refuseControls(LINE_CONTROL, 'control characters or line breaks');
const blockRule = refuseControls(BLOCK_CONTROL, 'control characters');

/** One line of free text (a title, a team): length-limited, no control characters. */
export const Text = (max: number) => z.string().max(max).superRefine(lineRule);

/** Free text that may run over several lines (notes, descriptions). */
export const MultiLineText = (max: number) => z.string().max(max).superRefine(blockRule);

/** A name: one line, trimmed, not empty. */
export const NonEmptyText = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max).superRefine(lineRule);
