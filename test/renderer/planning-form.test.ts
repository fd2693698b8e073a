import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_WEIGHTS, type PlanningSettings } from '@shared/domain';
import {
  checkPlanningDraft,
  DEFAULT_WEIGHT_FIELDS,
  hireLimitText,
  parseNumber,
  planningDraft,
  type PlanningDraft,
} from '@renderer/screens/settings/planning-form';

const roles = [
  { id: 'data-scientist', name: 'Data scientist' },
  { id: 'data-engineer', name: 'Data engineer' },
];

const blank = (): PlanningDraft => planningDraft(undefined, undefined, roles);
const problemsOf = (draft: PlanningDraft, stored?: PlanningSettings) => {
  const check = checkPlanningDraft(draft, stored, roles);
  return check.ok ? new Map<string, string>() : check.problems;
};
const savedOf = (draft: PlanningDraft, stored?: PlanningSettings) => {
  const check = checkPlanningDraft(draft, stored, roles);
  if (!check.ok) throw new Error(JSON.stringify([...check.problems]));
  return check.save;
};

describe('the planning settings form', () => {
  it('starts blank with the default weights when nothing is stored, and saves nothing', () => {
    const draft = blank();
    expect(draft).toEqual({
      currency: '',
      roleCosts: { 'data-scientist': '', 'data-engineer': '' },
      leadTimeMonths: { 'data-scientist': '', 'data-engineer': '' },
      upskillMonthsPerLevel: '',
      weights: { singlePoint: '10', belowPolicy: '3', engineeringFte: '1' },
      companyHeadcount: '',
    });
    expect(DEFAULT_WEIGHT_FIELDS).toEqual({ singlePoint: '10', belowPolicy: '3', engineeringFte: '1' });
    expect(savedOf(draft)).toEqual({ planning: undefined, companyHeadcount: undefined });
  });

  it('shows what is stored, and saves it back unchanged', () => {
    const stored: PlanningSettings = {
      currency: 'GBP',
      roleCosts: { 'data-engineer': 85_000.5 },
      leadTimeMonths: { 'data-scientist': 0 },
      upskillMonthsPerLevel: 4,
      hireLimit: { kind: 'hires', hires: 2 },
      weights: { singlePoint: 5, belowPolicy: 0, engineeringFte: 2.5 },
    };
    const draft = planningDraft(stored, 1200, roles);
    expect(draft.roleCosts).toEqual({ 'data-scientist': '', 'data-engineer': '85000.5' });
    expect(draft.leadTimeMonths['data-scientist']).toBe('0');
    expect(draft.companyHeadcount).toBe('1200');
    expect(savedOf(draft, stored)).toEqual({ planning: stored, companyHeadcount: 1200 });
  });

  it('parses what is typed: blanks, spaces and digit groups, and nothing that only looks like a number', () => {
    expect(parseNumber('  ')).toBeUndefined();
    expect(parseNumber(' 95 000 ')).toBe(95_000);
    expect(parseNumber("95'000")).toBe(95_000);
    expect(parseNumber('2.5')).toBe(2.5);
    expect(parseNumber('.5')).toBe(0.5);
    for (const text of ['12,5', '1e3', '0x10', 'Infinity', 'ten', '-', '1.2.3']) {
      expect(parseNumber(text), text).toBeNaN();
    }
  });

  it('saves typed values: the currency in capitals, blank costs and lead times left out, the headcount', () => {
    const draft: PlanningDraft = {
      ...blank(),
      currency: ' usd ',
      roleCosts: { 'data-scientist': '120 000', 'data-engineer': '' },
      leadTimeMonths: { 'data-scientist': '', 'data-engineer': '5' },
      upskillMonthsPerLevel: '9',
      companyHeadcount: '450',
    };
    expect(savedOf(draft)).toEqual({
      planning: {
        currency: 'USD',
        roleCosts: { 'data-scientist': 120_000 },
        leadTimeMonths: { 'data-engineer': 5 },
        upskillMonthsPerLevel: 9,
      },
      companyHeadcount: 450,
    });
  });

  it('names each wrong field with the range the stored schema allows', () => {
    const draft: PlanningDraft = {
      currency: 'EURO',
      roleCosts: { 'data-scientist': '-5', 'data-engineer': 'lots' },
      leadTimeMonths: { 'data-scientist': '2.5', 'data-engineer': '37' },
      upskillMonthsPerLevel: '0',
      weights: { singlePoint: '1001', belowPolicy: '3', engineeringFte: 'x' },
      companyHeadcount: '0',
    };
    expect(Object.fromEntries(problemsOf(draft))).toEqual({
      currency: 'The currency must be a three-letter code such as EUR or USD.',
      'roleCosts.data-scientist': 'Data scientist: the yearly cost must be a number from 0 to 1,000,000,000.',
      'roleCosts.data-engineer': 'Data engineer: the yearly cost must be a number.',
      'leadTimeMonths.data-scientist': 'Data scientist: the months to hire must be a whole number from 0 to 36.',
      'leadTimeMonths.data-engineer': 'Data engineer: the months to hire must be a whole number from 0 to 36.',
      upskillMonthsPerLevel: 'The months per level must be a whole number from 1 to 36.',
      'weights.singlePoint': 'A weight must be a number from 0 to 1,000.',
      'weights.engineeringFte': 'A weight must be a number.',
      companyHeadcount: "The company's headcount must be a whole number from 1 to 10,000,000.",
    });
    // The edges of each range are accepted.
    const edges: PlanningDraft = {
      currency: 'chf',
      roleCosts: { 'data-scientist': '0', 'data-engineer': '1000000000' },
      leadTimeMonths: { 'data-scientist': '0', 'data-engineer': '36' },
      upskillMonthsPerLevel: '36',
      weights: { singlePoint: '1000', belowPolicy: '0', engineeringFte: '0.5' },
      companyHeadcount: '10000000',
    };
    expect(problemsOf(edges).size).toBe(0);
  });

  it('leaves the default weights unstored, stores others, and blank weights count as the default', () => {
    expect(savedOf({ ...blank(), weights: { ...DEFAULT_WEIGHT_FIELDS } }).planning).toBeUndefined();
    expect(
      savedOf({ ...blank(), weights: { singlePoint: '', belowPolicy: ' ', engineeringFte: '' } }).planning,
    ).toBeUndefined();
    expect(savedOf({ ...blank(), weights: { ...DEFAULT_WEIGHT_FIELDS, belowPolicy: '4' } }).planning).toEqual({
      weights: { ...DEFAULT_PLAN_WEIGHTS, belowPolicy: 4 },
    });
    // Back to the defaults: the stored weights go.
    const stored: PlanningSettings = { weights: { singlePoint: 1, belowPolicy: 1, engineeringFte: 1 } };
    expect(savedOf(planningDraft(stored, undefined, roles), stored).planning).toEqual(stored);
    expect(
      savedOf({ ...planningDraft(stored, undefined, roles), weights: { ...DEFAULT_WEIGHT_FIELDS } }, stored).planning,
    ).toBeUndefined();
  });

  it('keeps the hire limit and the entries of roles the framework no longer has, without showing them', () => {
    const stored: PlanningSettings = {
      currency: 'EUR',
      roleCosts: { 'data-scientist': 100, 'gone-role': 50 },
      leadTimeMonths: { 'gone-role': 7 },
      hireLimit: { kind: 'money', amount: 300_000 },
    };
    const draft = planningDraft(stored, undefined, roles);
    expect(Object.keys(draft.roleCosts)).toEqual(['data-scientist', 'data-engineer']);
    expect(Object.keys(draft.leadTimeMonths)).toEqual(['data-scientist', 'data-engineer']);
    const edited = { ...draft, roleCosts: { ...draft.roleCosts, 'data-scientist': '', 'data-engineer': '90' } };
    expect(savedOf(edited, stored).planning).toEqual({
      currency: 'EUR',
      roleCosts: { 'gone-role': 50, 'data-engineer': 90 },
      leadTimeMonths: { 'gone-role': 7 },
      hireLimit: { kind: 'money', amount: 300_000 },
    });
  });

  it('says what the hire limit is and which currency it counts in', () => {
    expect(hireLimitText(undefined, 'EUR')).toBe('none (the plan is the fewest hires that close every gap).');
    expect(hireLimitText({ kind: 'hires', hires: 1 }, 'EUR')).toBe('at most 1 hire.');
    expect(hireLimitText({ kind: 'hires', hires: 2 }, undefined)).toBe('at most 2 hires.');
    expect(hireLimitText({ kind: 'money', amount: 250_000 }, 'EUR')).toBe('a budget of 250,000 EUR in yearly cost.');
    expect(hireLimitText({ kind: 'money', amount: 250_000 }, undefined)).toBe(
      'a budget of 250,000 (no currency set) in yearly cost.',
    );
  });
});
