import { describe, expect, it } from 'vitest';
import type { AppData } from '@shared/data';
import type { Scenario } from '@shared/domain';
import { heldScenarioAnalyzers, selectAnalysis, selectComparison } from '@renderer/state/analysis';
import { initialData } from '@shared/data';
import { TeamFile } from '@shared/domain';
import { builtinFramework, sampleTeam } from '../support/fixtures';

const start = (): AppData => initialData(TeamFile.parse(sampleTeam()), builtinFramework());

const scenario = (id: string, leaver: string): Scenario => ({
  id,
  name: id,
  plannedHires: [],
  roleMoves: [],
  departures: [leaver],
});

describe('analysis caches under the identity rule', () => {
  it('computes once per data object and again for a new one', () => {
    const data = start();
    expect(selectAnalysis(data)).toBe(selectAnalysis(data));
    expect(selectAnalysis({ ...data })).not.toBe(selectAnalysis(data));
  });

  it("drops a deleted scenario's analyser when a data object without it is compared", () => {
    const data = start();
    const leaver = data.members[0]!.id;
    const withTwo = { ...data, scenarios: [scenario('keep', leaver), scenario('gone', leaver)] };
    expect(selectComparison(withTwo, 'keep')).not.toBeNull();
    expect(selectComparison(withTwo, 'gone')).not.toBeNull();
    const held = heldScenarioAnalyzers();
    expect(held).toBeGreaterThanOrEqual(2);

    const withOne = { ...withTwo, scenarios: [withTwo.scenarios[0]!] };
    expect(selectComparison(withOne, 'keep')).not.toBeNull();
    expect(selectComparison(withOne, 'gone')).toBeNull();
    expect(heldScenarioAnalyzers()).toBe(held - 1);
  });
});
