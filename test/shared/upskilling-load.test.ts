import { describe, expect, it } from 'vitest';
import { analyzeTeam } from '@shared/analysis';
import { member, organisation, tinyFramework } from '../support/fixtures';

/* Upskilling never pushes engineering skills onto a scientist already over the load threshold. */

const framework = tinyFramework(
  [
    { id: 'pipes', area: 'data-engineering', kind: 'responsibility' },
    { id: 'sec', area: 'data-engineering' },
    { id: 'stats', area: 'data-science' },
  ],
  [
    { id: 'sci', area: 'data-science', targets: { stats: 3, pipes: 1 } },
    { id: 'eng', area: 'data-engineering', targets: { sec: 3, pipes: 3 } },
  ],
);
const org = organisation({ coverage: { minPeople: 1 }, engineeringLoadThreshold: 20 });
const base = { sec: 0, pipes: 3, stats: 3 };

describe('upskilling and the engineering load', () => {
  it('leaves an overloaded scientist out of an engineering skill when someone else is one level short', () => {
    const result = analyzeTeam({
      framework,
      organisation: org,
      members: [
        member('amy', 'sci', { ...base, sec: 2 }, { name: 'Amy', allocation: { pipes: 45 } }),
        member('bo', 'sci', { ...base, sec: 2 }, { name: 'Bo', allocation: { pipes: 10 } }),
      ],
    });
    const sec = result.plan.upskilling.filter((u) => u.skillId === 'sec');
    expect(sec.map((u) => [u.name, u.caution])).toEqual([['Bo', null]]);
    expect(result.plan.upskillingNotListed).toBe(0);
  });

  it('lists an overloaded scientist only when nobody else is one level short, and says why', () => {
    const result = analyzeTeam({
      framework,
      organisation: org,
      members: [member('amy', 'sci', { ...base, sec: 2 }, { name: 'Amy', allocation: { pipes: 45 } })],
    });
    const sec = result.plan.upskilling.filter((u) => u.skillId === 'sec');
    expect(sec).toHaveLength(1);
    expect(sec[0]!.caution).toBe(
      'Already spends 45 % of their time on engineering work, over the 20 % threshold: growing them here adds to that load. Listed only because nobody else is one level short.',
    );
  });

  it('still suggests a science skill to an overloaded scientist', () => {
    const result = analyzeTeam({
      framework,
      organisation: org,
      members: [member('amy', 'sci', { ...base, stats: 2, sec: 3 }, { name: 'Amy', allocation: { pipes: 45 } })],
    });
    expect(result.plan.upskilling.map((u) => [u.skillId, u.caution])).toEqual([['stats', null]]);
  });
});
