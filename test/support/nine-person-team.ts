import type { Framework, Member, Organisation } from '@shared/domain';

/*
 * A real 9-person data team: 5 data scientists (two spend 35 % and 45 % of their time on
 * pipelines, warehouse and deployment), 1 data engineer, 1 ML engineer, 1 analytics engineer
 * and 1 BI developer, in three product teams. Everyone is assessed at their own role's
 * targets, so each fits their own role; the time allocations are what such people spend.
 */

export const NINE_PRODUCT_TEAMS = ['Payments', 'Search', 'Growth'];

interface Person {
  id: string;
  name: string;
  role: string;
  productTeam: string;
  allocation: Record<string, number>;
}

export const NINE_PEOPLE: Person[] = [
  {
    id: 'ana',
    name: 'Ana Costa',
    role: 'data-scientist',
    productTeam: 'Payments',
    allocation: { 'model-training': 40, 'exploratory-data-analysis': 30, 'feature-engineering': 30 },
  },
  {
    id: 'chloe',
    name: 'Chloe Martin',
    role: 'data-scientist',
    productTeam: 'Payments',
    allocation: {
      'model-training': 30,
      'exploratory-data-analysis': 20,
      'feature-engineering': 15,
      'data-pipelines': 15,
      'data-warehouse-solutions': 10,
      'ml-deployment-pipelines': 10,
    },
  },
  {
    id: 'ben',
    name: 'Ben Okafor',
    role: 'data-scientist',
    productTeam: 'Search',
    allocation: { 'model-training': 50, 'hypothesis-testing': 25, 'model-performance-monitoring': 25 },
  },
  {
    id: 'dev',
    name: 'Dev Patel',
    role: 'data-scientist',
    productTeam: 'Search',
    allocation: {
      'model-training': 30,
      'feature-engineering': 25,
      'data-pipelines': 20,
      'data-warehouse-solutions': 10,
      'ml-deployment-pipelines': 15,
    },
  },
  {
    id: 'eve',
    name: 'Eve Lindqvist',
    role: 'data-scientist',
    productTeam: 'Growth',
    allocation: { 'hypothesis-testing': 40, 'exploratory-data-analysis': 30, 'model-training': 30 },
  },
  {
    id: 'femi',
    name: 'Femi Adeyemi',
    role: 'data-engineer',
    productTeam: 'Payments',
    allocation: { 'data-pipelines': 40, 'data-warehouse-solutions': 30, 'data-security': 15, 'data-modelling': 15 },
  },
  {
    id: 'gus',
    name: 'Gus Moreau',
    role: 'ml-engineer',
    productTeam: 'Search',
    allocation: { 'ml-deployment-pipelines': 40, 'product-integration': 30, 'model-performance-monitoring': 30 },
  },
  {
    id: 'hana',
    name: 'Hana Suzuki',
    role: 'analytics-engineer',
    productTeam: 'Growth',
    allocation: { 'data-modelling': 60, 'data-pipelines': 40 },
  },
  {
    id: 'ivo',
    name: 'Ivo Novak',
    role: 'data-analyst',
    productTeam: 'Growth',
    allocation: { 'data-modelling': 30, 'exploratory-data-analysis': 40, 'hypothesis-testing': 30 },
  },
];

/** The nine as members of `framework`, each at their own role's target levels. */
export function nineMembers(framework: Framework): Member[] {
  return NINE_PEOPLE.map((p) => {
    const role = framework.roles.find((r) => r.id === p.role)!;
    const levels = Object.fromEntries(Object.entries(role.targets).map(([id, t]) => [id, t.level]));
    return { ...p, fte: 1, levels };
  });
}

export const nineOrganisation = (): Organisation => ({
  name: 'Nine',
  productTeams: [],
  coverage: { minPeople: 2 },
  engineeringLoadThreshold: 20,
});
