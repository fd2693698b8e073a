import { describe, expect, it } from 'vitest';
import { StoreValidationError } from '@main/store';
import { trusted, validated } from '@main/store/validate';
import { AppData, initialData } from '@shared/data';
import { builtinFramework, sampleTeam } from '../../support/fixtures';

/* Validation in proportion to the change must decide and say exactly what AppData.parse does. */

const fresh = () => trusted(AppData.parse(initialData(sampleTeam(), builtinFramework())));

function refusal(run: () => unknown): { path: string; message: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(StoreValidationError);
    return { path: (error as StoreValidationError).path, message: (error as Error).message };
  }
  throw new Error('expected a refusal');
}

function fullRefusal(data: unknown): { path: string; message: string } {
  const result = AppData.safeParse(data);
  expect(result.success).toBe(false);
  return refusal(() => validated(data as AppData));
}

describe('validated: incremental, and the same as AppData.parse', () => {
  it('keeps the scenarios a change did not touch as the same objects, and checks the new one', () => {
    const data = fresh();
    expect(data.scenarios.length).toBeGreaterThan(1);
    const edited = { ...data.scenarios[0]!, name: 'Renamed plan' };
    const result = validated({ ...data, scenarios: [edited, ...data.scenarios.slice(1)] });
    expect(result.scenarios[0]).toEqual(edited);
    result.scenarios.slice(1).forEach((scenario, i) => expect(scenario).toBe(data.scenarios[i + 1]));

    const broken = { ...data.scenarios[0]!, name: '' };
    expect(refusal(() => validated({ ...data, scenarios: [broken, ...data.scenarios.slice(1)] })).path).toBe(
      fullRefusal({ ...data, scenarios: [broken, ...data.scenarios.slice(1)] }).path,
    );
    const tooMany = Array.from({ length: 101 }, () => data.scenarios[0]!);
    expect(fullRefusal({ ...data, scenarios: tooMany }).path).toBe('scenarios');
  });

  it('gives the data AppData.parse gives, key for key and in the same order, frozen', () => {
    const data = fresh();
    const member = { ...data.members[0]!, levels: { ...data.members[0]!.levels, 'data-pipelines': 4 } };
    const next = { ...data, members: [member, ...data.members.slice(1)] };
    const result = validated(next);
    expect(JSON.stringify(result)).toBe(JSON.stringify(AppData.parse(next)));
    expect(Object.isFrozen(result.members[0])).toBe(true);
    // Unchanged members are the very same objects: not parsed again.
    expect(result.members[1]).toBe(data.members[1]);
    // So are the parts the change did not touch, so that the page is sent none of them.
    expect(result.organisation).toBe(data.organisation);
    expect(result.scenarios).toBe(data.scenarios);
    expect(result.settings).toBe(data.settings);
    expect(result.framework).toBe(data.framework);
  });

  it('gives the same data when many new members arrive at once (an import)', () => {
    const data = fresh();
    const template = data.members[0]!;
    const arrivals = Array.from({ length: 150 }, (_, i) => ({
      ...template,
      id: `imported-${i}`,
      name: `Imported ${i}`,
    }));
    const next = { ...data, members: [...data.members, ...arrivals] };
    const result = validated(next);
    expect(JSON.stringify(result)).toBe(JSON.stringify(AppData.parse(next)));
    expect(Object.isFrozen(result.members.at(-1)!.levels)).toBe(true);
    expect(result.members[1]).toBe(data.members[1]);
  });

  it('parses a replaced part and refuses keys the data does not have', () => {
    const data = fresh();
    const organisation = { ...data.organisation, name: 'Acme' };
    const result = validated({ ...data, organisation });
    expect(result.organisation).toEqual(organisation);
    expect(result.organisation).not.toBe(organisation);
    expect(Object.isFrozen(result.organisation)).toBe(true);
    expect(result.scenarios).toBe(data.scenarios);
    expect(fullRefusal({ ...data, extra: true }).message).toMatch(/extra/);
  });

  it('refuses a changed member as the full parse does, naming the field', () => {
    const data = fresh();
    const bad = { ...data, members: [{ ...data.members[0]!, fte: 3 }, ...data.members.slice(1)] };
    const expected = fullRefusal(bad);
    expect(expected.path).toBe('members[0].fte');
  });

  it('still checks everyone against a changed framework', () => {
    const data = fresh();
    const framework = { ...data.framework, skills: data.framework.skills.filter((s) => s.id !== 'data-pipelines') };
    framework.roles = framework.roles.map((r) => {
      const { ['data-pipelines']: _gone, ...targets } = r.targets;
      const owns = r.owns?.filter((id) => id !== 'data-pipelines');
      return { ...r, targets, ...(owns ? { owns } : {}) };
    });
    const refused = fullRefusal({ ...data, framework });
    expect(refused.path).toMatch(/^members\[\d+\]\.(levels|allocation)\.data-pipelines$/);
  });

  it('checks a new member against the framework and the others (unknown skill, duplicate id)', () => {
    const data = fresh();
    const stranger = { ...data.members[0]!, levels: { 'quantum-etl': 2 } };
    expect(fullRefusal({ ...data, members: [...data.members.slice(1), stranger] }).message).toMatch(/unknown skill/);
    const twin = { ...data.members[1]!, name: 'Someone else' };
    expect(fullRefusal({ ...data, members: [...data.members, twin] }).message).toMatch(/duplicate/);
  });

  it('refuses a top-level part that is wrong (settings, kind)', () => {
    const data = fresh();
    expect(fullRefusal({ ...data, settings: { theme: 'sepia' } }).path).toBe('settings.theme');
    expect(fullRefusal({ ...data, kind: 'other' }).path).toBe('kind');
  });
});
