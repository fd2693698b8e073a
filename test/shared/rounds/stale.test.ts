import { describe, expect, it } from 'vitest';
import { staleLevels } from '@shared/rounds/stale';
import { member } from '../../support/fixtures';

describe('staleLevels', () => {
  const members = [
    member('old', 'data-scientist', { a: 1, b: 2, c: 3 }, { assessedOn: '2026-01-31' }),
    member('recent', 'data-engineer', { a: 4 }, { assessedOn: '2026-06-01' }),
    member('undated', 'data-analyst', { a: 1, b: 1 }),
    member('nothing', 'ml-engineer', {}, { assessedOn: '2020-01-01' }),
  ];

  it('counts the levels of members assessed longer ago than the stale age, and the undated apart', () => {
    expect(staleLevels(members, '2026-08-01', 6)).toEqual({
      levelsAssessed: 6,
      levelsStale: 3,
      membersStale: 2,
      membersUndated: 1,
      levelsUndated: 2,
    });
  });

  it('uses calendar months: 31 January is due on 31 July and stale from 1 August', () => {
    expect(staleLevels(members.slice(0, 1), '2026-07-31', 6).levelsStale).toBe(0);
    expect(staleLevels(members.slice(0, 1), '2026-08-01', 6).levelsStale).toBe(3);
  });

  it('takes six months when the organisation sets no age', () => {
    expect(staleLevels(members.slice(1, 2), '2026-12-01').levelsStale).toBe(0);
    expect(staleLevels(members.slice(1, 2), '2026-12-02').levelsStale).toBe(1);
  });
});
