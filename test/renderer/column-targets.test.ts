import { describe, expect, it } from 'vitest';
import {
  FIELD_TARGETS,
  targetGroups,
  targetOfValue,
  valueOfTarget,
  withSkill,
} from '@renderer/screens/team/import/column-targets';
import { builtinFramework } from '../support/fixtures';

const fw = builtinFramework();

describe('column targets in the mapping drop-down', () => {
  it('turns every offered value back into the target it shows', () => {
    const values = [
      ...FIELD_TARGETS.map((f) => f.value),
      ...targetGroups(fw).flatMap((g) => g.options.map((o) => o.value)),
    ];
    for (const value of values) expect(valueOfTarget(targetOfValue(value, { kind: 'ignore' }))).toBe(value);
    expect(new Set(values).size).toBe(values.length);
  });

  it('offers time shares only for responsibilities, and every live skill once', () => {
    const [time, ...skills] = targetGroups(fw);
    const responsibilities = fw.skills.filter((s) => s.kind === 'responsibility' && !s.retired);
    expect(time!.options.map((o) => o.value)).toEqual(responsibilities.map((s) => `allocation:${s.id}`));
    expect(skills.flatMap((g) => g.options).length).toBe(fw.skills.filter((s) => !s.retired).length);
  });

  it('replaces the first skill of a column that rates several, and keeps the others', () => {
    const target = { kind: 'skill' as const, skillIds: ['sql', 'data-modelling'] };
    expect(targetOfValue('skill:python', target)).toEqual({ kind: 'skill', skillIds: ['python', 'data-modelling'] });
    expect(targetOfValue('skill:data-modelling', target)).toEqual({ kind: 'skill', skillIds: ['data-modelling'] });
    expect(targetOfValue('notes', target)).toEqual({ kind: 'notes' });
    expect(targetOfValue('nonsense', target)).toEqual({ kind: 'ignore' });
  });

  it('adds a skill once, and a column whose last skill is taken off is ignored', () => {
    const one = { kind: 'skill' as const, skillIds: ['sql'] };
    const two = withSkill(one, 'python', true);
    expect(two).toEqual({ kind: 'skill', skillIds: ['sql', 'python'] });
    expect(withSkill(two as typeof one, 'python', true)).toEqual(two);
    expect(withSkill(two as typeof one, 'sql', false)).toEqual({ kind: 'skill', skillIds: ['python'] });
    expect(withSkill(one, 'sql', false)).toEqual({ kind: 'ignore' });
  });
});
