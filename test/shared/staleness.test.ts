import { describe, expect, it } from 'vitest';
import { Organisation, DEFAULT_ORGANISATION } from '@shared/domain';
import { addMonths, assessmentAge, DEFAULT_STALE_AFTER_MONTHS, localIsoDate } from '@shared/domain/staleness';

describe('addMonths: calendar months, clamped at month ends', () => {
  it.each([
    ['2026-01-15', 6, '2026-07-15'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'], // leap year
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-12-31', 2, '2027-02-28'],
    ['2026-07-31', 6, '2027-01-31'],
    ['2026-02-28', 6, '2026-08-28'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-05-10', 12, '2027-05-10'],
    ['2026-05-10', 0, '2026-05-10'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });

  it('refuses text that is not an ISO date, naming it', () => {
    expect(() => addMonths('31/08/2026', 6)).toThrow('"31/08/2026"');
  });
});

describe('assessmentAge', () => {
  it('is stale only after the due date (assessed + months), not on it', () => {
    expect(assessmentAge('2026-08-31', '2027-02-28', 6)).toBe('current');
    expect(assessmentAge('2026-08-31', '2027-03-01', 6)).toBe('stale');
    expect(assessmentAge('2026-01-15', '2026-07-15', 6)).toBe('current');
    expect(assessmentAge('2026-01-15', '2026-07-16', 6)).toBe('stale');
  });

  it('defaults to six months', () => {
    expect(DEFAULT_STALE_AFTER_MONTHS).toBe(6);
    expect(assessmentAge('2026-01-15', '2026-07-16')).toBe('stale');
    expect(assessmentAge('2026-01-15', '2026-07-16', 12)).toBe('current');
  });

  it('says never when there is no assessment date', () => {
    expect(assessmentAge(undefined, '2026-07-16', 6)).toBe('never');
  });

  it("uses the user's local calendar date for today", () => {
    expect(localIsoDate(new Date(2026, 1, 3, 23, 59))).toBe('2026-02-03');
    expect(localIsoDate(new Date(987, 0, 1))).toBe('0987-01-01');
  });
});

describe('organisation.staleAfterMonths', () => {
  it('is optional: an organisation without it stays valid', () => {
    expect(Organisation.safeParse(DEFAULT_ORGANISATION).success).toBe(true);
  });

  it('takes whole months from 1 to 120 and refuses anything else, naming the field', () => {
    expect(Organisation.safeParse({ ...DEFAULT_ORGANISATION, staleAfterMonths: 12 }).success).toBe(true);
    for (const bad of [0, 2.5, 121, '6']) {
      const parsed = Organisation.safeParse({ ...DEFAULT_ORGANISATION, staleAfterMonths: bad });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.path).toEqual(['staleAfterMonths']);
    }
  });
});
