import { coverageFrom } from '../../shared/analysis/coverage';
import { roleFitInMatrix, rowLevelSum } from '../../shared/analysis/fit';
import { countRow, emptyMatrix, fillRow, LEVEL_BINS } from '../../shared/analysis/level-matrix';
import type { Analysis } from '../../shared/analysis';
import type { AppData } from '../../shared/data';
import { analysisIndex, type PeerResult } from './peer-input';

/*
 * Gapwise doing only what the peers do, with the analysis's own parts: the framework index,
 * the level matrix and histogram filled from the member objects, coverage from the histogram,
 * and each member's fit to their own role (no other roles, separation, structure or plan).
 */
export function gapwiseSame(data: AppData): PeerResult {
  const { members } = data;
  const index = analysisIndex(data);
  const width = index.skills.length;
  const matrix = emptyMatrix(members.length, width);
  const histogram = new Int32Array(width * LEVEL_BINS);
  for (let m = 0; m < members.length; m++) {
    fillRow(matrix.cells, width, m, members[m]!, index);
    countRow(histogram, matrix, m, 1);
  }
  const { coverage } = coverageFrom(members, index, matrix, histogram);
  const byId = new Map(coverage.map((c) => [c.skillId, c.holders]));
  const fits = members.map((member, m) => {
    const role = index.roleById.get(member.role);
    return role === undefined ? null : roleFitInMatrix(matrix, m, role, rowLevelSum(matrix, m), index.topLevel);
  });
  return { holders: index.required.map((r) => byId.get(r.skill.id)!), fits };
}

/** The same figures read out of a full analysis: holders per required skill, own-role fits. */
export function resultOfAnalysis(data: AppData, analysis: Analysis): PeerResult {
  const index = analysisIndex(data);
  const byId = new Map(analysis.coverage.map((c) => [c.skillId, c.holders]));
  return {
    holders: index.required.map((r) => byId.get(r.skill.id)!),
    fits: analysis.members.map((result) => result.fits.find((f) => f.roleId === result.roleId)?.fit ?? null),
  };
}
