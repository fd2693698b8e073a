import type { Framework, Member, Organisation } from '@shared/domain';

/*
 * A 2,000-person organisation: 40 product teams of 50 (25 scientists, 25 engineers, each at
 * their role's targets), covered as a whole, where nobody in Payments 3 reaches the level
 * needed in data security. At this size the risk is inside a product team.
 */

const targetsOf = (fw: Framework, roleId: string): Record<string, number> =>
  Object.fromEntries(Object.entries(fw.roles.find((r) => r.id === roleId)!.targets).map(([id, t]) => [id, t.level]));

export function bigOrganisation(framework: Framework): { members: Member[]; organisation: Organisation } {
  const members: Member[] = [];
  const scientist = targetsOf(framework, 'data-scientist');
  const engineer = targetsOf(framework, 'data-engineer');
  for (let t = 1; t <= 40; t++) {
    const productTeam = `Payments ${t}`;
    for (let i = 0; i < 50; i++) {
      const role = i % 2 === 0 ? 'data-scientist' : 'data-engineer';
      const levels = { ...(role === 'data-scientist' ? scientist : engineer) };
      if (t === 3 && role === 'data-engineer') levels['data-security'] = 1;
      members.push({
        id: `p${t}-${i}`,
        name: `Person ${t}.${i}`,
        role,
        productTeam,
        fte: 1,
        levels,
        allocation: {},
      });
    }
  }
  return {
    members,
    organisation: {
      name: 'Large Retail Group',
      productTeams: [],
      coverage: { minPeople: 2 },
      engineeringLoadThreshold: 20,
    },
  };
}
