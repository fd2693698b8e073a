import previousBuiltinJson from '../../resources/frameworks/history/ds-vs-de-1.0.0.json';
import sampleTeamJson from '../../resources/sample-team.json';
import { AppData, initialData } from '@shared/data';
import type { Member, RoleProfile, TeamFile } from '@shared/domain';
import { parseFramework } from '@shared/io';

/*
 * A team unlike the sample: 60 people in five roles (three added to the article's two), four
 * product teams plus people in none, a seventh of them not assessed at all and the rest
 * assessed only on their own role's skills, and a coverage policy of three people with
 * overrides. Built without randomness, so every run sees the same team. It stands on the
 * built-in framework 1.0.0 (the article's 26 skills and two roles) with three simple roles of
 * its own, so that its figures do not move when the built-in framework grows.
 */

const target = (level: number) => ({ level, weight: 1 });

const EXTRA_ROLES: RoleProfile[] = [
  {
    id: 'ml-engineer',
    name: 'ML engineer',
    area: 'data-engineering',
    description: 'Puts models into production.',
    targets: {
      'ml-deployment-pipelines': target(3),
      'build-deployment-tooling': target(3),
      'software-engineering-frameworks': target(4),
      'model-performance-monitoring': target(3),
      'cloud-ml-services': target(3),
    },
  },
  {
    id: 'analytics-engineer',
    name: 'Analytics engineer',
    area: 'data-engineering',
    description: 'Models data for analysis.',
    targets: {
      'data-modelling': target(3),
      'data-warehousing': target(3),
      'pipeline-tooling': target(2),
      'business-domain': target(3),
    },
  },
  {
    id: 'data-analyst',
    name: 'Data analyst',
    area: 'data-science',
    description: 'Answers questions with data.',
    targets: {
      'exploratory-data-analysis': target(3),
      'data-storytelling': target(3),
      'hypothesis-testing': target(2),
      'business-domain': target(3),
    },
  },
];

export const MIXED_PRODUCT_TEAMS = ['Search', 'Payments', 'Logistics', 'Marketing'];

export function mixedTeam(size = 60): AppData {
  const parsed = parseFramework(previousBuiltinJson);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const base = parsed.value;
  const framework = { ...base, roles: [...base.roles, ...EXTRA_ROLES] };
  const roles = framework.roles;
  const members: Member[] = Array.from({ length: size }, (_, i) => {
    const role = roles[i % roles.length]!;
    const levels: Record<string, number> = {};
    // Every seventh person is not assessed yet; the others only on their own role's skills,
    // a third of them one level short of the target.
    if (i % 7 !== 3) {
      for (const [skillId, t] of Object.entries(role.targets)) {
        levels[skillId] = Math.max(0, t.level - (i % 3 === 0 ? 1 : 0));
      }
    }
    const engineering = role.area === 'data-science' ? (i % 5) * 10 : 70;
    return {
      id: `mixed-${i + 1}`,
      name: `Person ${String(i + 1).padStart(2, '0')}`,
      role: role.id,
      // Every fifth in no product team: the heatmap and the time allocation keep them apart.
      productTeam: i % 5 === 4 ? '' : MIXED_PRODUCT_TEAMS[i % MIXED_PRODUCT_TEAMS.length]!,
      fte: i % 6 === 0 ? 0.5 : 1,
      levels,
      allocation: { 'data-pipelines': engineering, 'exploratory-data-analysis': 100 - engineering },
    };
  });
  const seed = initialData(sampleTeamJson as unknown as TeamFile, framework);
  return AppData.parse({
    ...seed,
    sample: false,
    organisation: {
      ...seed.organisation,
      name: 'Mixed data org',
      productTeams: MIXED_PRODUCT_TEAMS,
      coverage: {
        minPeople: 3,
        overrides: {
          // Nobody is assessed at 4 on security: uncovered.
          'data-security': { level: 4 },
          'cloud-ml-services': { people: 12 },
        },
      },
    },
    members,
    scenarios: [],
  });
}
