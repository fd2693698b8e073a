import { describe, expect, it } from 'vitest';
import { analyzeTeam, TeamAnalyzer, type AnalysisPhase } from '@shared/analysis';
import { builtinFramework, sampleTeam } from '../../support/fixtures';

const loadSample = () => {
  const team = sampleTeam();
  return { framework: builtinFramework(), organisation: team.organisation, members: team.members };
};

/* The analyzer's phase clock: what the bench reports as where an analysis's time goes. */

describe('analysis phases', () => {
  it('reports every phase of a fresh analysis once, in order, and changes nothing', () => {
    const data = loadSample();
    const heard: AnalysisPhase[] = [];
    const analysis = new TeamAnalyzer({
      onPhase: (phase, ms) => {
        expect(ms).toBeGreaterThanOrEqual(0);
        heard.push(phase);
      },
    }).analyze(data);
    expect(heard).toEqual([
      'index',
      'levels',
      'per-team counts',
      'engineering rows',
      'member results',
      'coverage and separation',
      'per-team coverage',
      'hiring plan',
      'structure',
      'plan details and limit',
      'summary',
    ]);
    expect(analysis).toEqual(analyzeTeam(data));
  });

  it('reports only the assembling phases when an edit is patched in', () => {
    const data = loadSample();
    const heard: AnalysisPhase[] = [];
    const analyzer = new TeamAnalyzer({ onPhase: (phase) => heard.push(phase) });
    analyzer.analyze(data);
    heard.length = 0;
    const members = data.members.slice();
    members[0] = { ...members[0]!, levels: { ...members[0]!.levels } };
    analyzer.analyze({ ...data, members });
    expect(heard[0]).toBe('coverage and separation');
    expect(heard).not.toContain('levels');
  });
});
