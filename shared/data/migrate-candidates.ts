/**
 * Data version 6 keeps the candidates interviewed for planned hires, and may hold planning
 * settings (costs, lead times, a hire limit) and the company's headcount. A file of version 5
 * had none of them: it opens with no candidate, and plans as it did (no limit, default lead
 * times). Nothing to tell the user.
 */
export function addCandidates(data: Record<string, unknown>): Record<string, unknown> {
  return { ...data, candidates: [] };
}
