import { asTeamFile, type AppData } from '../data';
import {
  checkTeamAgainstFramework,
  uniqueSlug,
  withDatesOfItsChanges,
  type Candidate,
  type Member,
  type Scenario,
} from '../domain';
import { formatPath } from '../io/errors';
import { applyImport } from './apply';
import { normaliseName } from './normalise';

export type MergeResult = { ok: true; data: AppData } | { ok: false; message: string; path: string };

/**
 * Merges a whole Gapwise data file into the current data: people by name (as a spreadsheet
 * import merges them), scenarios added beside the current ones, candidates added unless one
 * of the same name is here (that one is kept as it is), product teams joined. The
 * current framework and settings stay. Everything the file refers to must exist in the
 * current framework, or nothing is merged and the first problem is named.
 */
export function mergeData(current: AppData, incoming: AppData): MergeResult {
  const byName = new Map(current.members.map((m) => [normaliseName(m.name), m]));
  const taken = new Set(current.members.map((m) => m.id));
  /** Incoming member id → the id it has after the merge (scenarios follow it). */
  const ids = new Map<string, string>();
  const members: Member[] = incoming.members.map((member) => {
    const match = byName.get(normaliseName(member.name));
    const id = match ? match.id : taken.has(member.id) ? uniqueSlug(member.name, taken) : member.id;
    taken.add(id);
    ids.set(member.id, id);
    return { ...member, id };
  });
  const merged = applyImport(current, members, 'merge');

  const scenarioIds = new Set(merged.scenarios.map((s) => s.id));
  const scenarios: Scenario[] = incoming.scenarios
    .filter((s) => !current.scenarios.some((c) => c.id === s.id && c.name === s.name))
    .map((scenario) => {
      const id = scenarioIds.has(scenario.id) ? uniqueSlug(scenario.name, scenarioIds) : scenario.id;
      scenarioIds.add(id);
      return withDatesOfItsChanges(
        {
          ...scenario,
          id,
          roleMoves: scenario.roleMoves
            .filter((move) => ids.has(move.memberId))
            .map((move) => ({ ...move, memberId: ids.get(move.memberId)! })),
          departures: scenario.departures.filter((d) => ids.has(d)).map((d) => ids.get(d)!),
        },
        (changeId) => ids.get(changeId) ?? changeId,
      );
    });

  const candidateIds = new Set(merged.candidates.map((c) => c.id));
  const candidateNames = new Set(current.candidates.map((c) => normaliseName(c.name)));
  const candidates: Candidate[] = incoming.candidates
    .filter((c) => !candidateNames.has(normaliseName(c.name)))
    .map((candidate) => {
      const id = candidateIds.has(candidate.id) ? uniqueSlug(candidate.name, candidateIds) : candidate.id;
      candidateIds.add(id);
      return { ...candidate, id };
    });

  const productTeams = Array.from(
    new Set([...current.organisation.productTeams, ...incoming.organisation.productTeams]),
  );
  const data: AppData = {
    ...merged,
    organisation: { ...merged.organisation, productTeams },
    scenarios: [...merged.scenarios, ...scenarios],
    candidates: [...merged.candidates, ...candidates],
  };
  const [issue] = checkTeamAgainstFramework(asTeamFile(data), data.framework);
  if (issue) {
    return {
      ok: false,
      message: `${formatPath(issue.path)}: ${issue.message} in this Gapwise's framework; nothing was merged`,
      path: formatPath(issue.path),
    };
  }
  return { ok: true, data };
}
