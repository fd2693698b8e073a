import type { HireLimit, PlanningSettings } from '@shared/domain';

/*
 * The limit form's text, read into a limit with a message that names what is wrong: the
 * settings schema would refuse a bad value too, but only after a round trip.
 */

export type LimitKind = 'none' | 'hires' | 'money';

export interface LimitDraft {
  kind: LimitKind;
  text: string;
}

export const draftOfLimit = (limit: HireLimit | undefined): LimitDraft =>
  !limit
    ? { kind: 'none', text: '' }
    : limit.kind === 'hires'
      ? { kind: 'hires', text: String(limit.hires) }
      : { kind: 'money', text: String(limit.amount) };

export function limitOfDraft(draft: LimitDraft): { limit: HireLimit | undefined } | { error: string } {
  if (draft.kind === 'none') return { limit: undefined };
  const text = draft.text.trim();
  if (draft.kind === 'hires') {
    if (!/^\d+$/.test(text) || Number(text) > 1000) return { error: 'Hires: a whole number from 0 to 1000.' };
    return { limit: { kind: 'hires', hires: Number(text) } };
  }
  const amount = /^(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(amount) || amount > 1_000_000_000_000) {
    return { error: 'Budget: an amount of money, digits only (such as 250000).' };
  }
  return { limit: { kind: 'money', amount } };
}

/** The planning settings with the limit set, or removed. */
export function withLimit(planning: PlanningSettings | undefined, limit: HireLimit | undefined): PlanningSettings {
  const { hireLimit: _previous, ...rest } = planning ?? {};
  return limit ? { ...rest, hireLimit: limit } : rest;
}
