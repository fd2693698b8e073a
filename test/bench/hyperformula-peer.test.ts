import { describe, expect, it } from 'vitest';
import { analyzeTeam } from '../../shared/analysis';
import { checkPeer } from '../../bench/peers/check';
import { gapwiseSame, resultOfAnalysis } from '../../bench/peers/gapwise-same';
import { hyperFormulaPeer, peerSheets, setLevel, readResults } from '../../bench/peers/hyperformula-peer';
import { peerInputOf } from '../../bench/peers/peer-input';
import { syntheticFramework, syntheticOrganisation } from '../../bench/synthetic';

const framework = syntheticFramework(60);
const data = syntheticOrganisation(50, framework);
const gapwise = resultOfAnalysis(data, analyzeTeam(data));

describe('the spreadsheet peer of the bench', () => {
  it('counts the same holders and fits each member to their role as the analysis', () => {
    const { result } = hyperFormulaPeer(peerSheets(peerInputOf(data)));
    checkPeer('HyperFormula', result, gapwise);
    expect(result.fits.filter((f) => f !== null)).toHaveLength(50);
  });

  it('agrees again after one level changes, recalculated in place', () => {
    const { hf } = hyperFormulaPeer(peerSheets(peerInputOf(data)));
    const member = data.members[3]!;
    const changed = {
      ...data,
      members: data.members.with(3, { ...member, levels: { ...member.levels, 'data-pipelines': 4 } }),
    };
    const position = peerInputOf(changed).skillIds.indexOf('data-pipelines');
    setLevel(hf, 3, position, 4);
    checkPeer('HyperFormula', readResults(hf), resultOfAnalysis(changed, analyzeTeam(changed)));
  });

  it("is what Gapwise's own parts compute alone", () => {
    checkPeer('Gapwise alone', gapwiseSame(data), gapwise);
  });

  it('fails on a wrong count or a wrong fit', () => {
    const { result } = hyperFormulaPeer(peerSheets(peerInputOf(data)));
    expect(() =>
      checkPeer('x', { ...result, holders: result.holders.map((h, i) => (i === 2 ? h + 1 : h)) }, gapwise),
    ).toThrow(/holders/);
    expect(() =>
      checkPeer('x', { ...result, fits: result.fits.map((f, i) => (i === 7 && f !== null ? f + 0.2 : f)) }, gapwise),
    ).toThrow(/fits/);
  });
});
