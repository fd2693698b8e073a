import type { ReactNode } from 'react';
import type { CandidateResult, HireComparison, MustHaveCheck } from '@shared/analysis/candidates';
import type { Candidate, Framework } from '@shared/domain';

/*
 * One planned hire's candidates side by side with the ideal profile (the hire's brief): a
 * column each, a row per must-have and per measure, the best candidate on each measure marked.
 */

const fte = (value: number): string => (Math.round(value * 100) / 100).toString();

const RESULT_TEXT: Record<MustHaveCheck['result'], string> = {
  met: 'meets',
  short: 'short',
  'not-assessed': 'not assessed',
};

function mustHaveCell(check: MustHaveCheck | undefined): ReactNode {
  if (check === undefined) return '—';
  if (check.candidateLevel === null)
    return <span className="candidate-result candidate-result--unknown">Not assessed</span>;
  return (
    <span className={`candidate-result candidate-result--${check.result}`}>
      {check.candidateLevel} ({RESULT_TEXT[check.result]})
    </span>
  );
}

const Best = ({ on }: { on: boolean }) => (on ? <span className="candidate-best"> best</span> : null);

function gapsText(result: CandidateResult): string {
  if (result.gapsClosed.length === 0) return 'None';
  return `${result.gapUnitsClosed}: ${result.gapsClosed.map((g) => g.name).join(', ')}`;
}

function loadText(result: CandidateResult, hire: HireComparison['hire']): string {
  const total = hire ? hire.absorbsFte + hire.replacesFte : 0;
  if (total === 0) return 'No work to take over';
  const unknown = result.loadUnknownFte > 0 ? `, ${fte(result.loadUnknownFte)} not assessed` : '';
  return `${fte(result.loadFte)} of ${fte(total)} FTE${unknown}`;
}

export function CandidateComparisonTable({
  group,
  framework,
  candidates: stored,
  actions,
}: {
  group: HireComparison;
  framework: Framework;
  /** The stored candidates by id: what the interviews noted. */
  candidates: ReadonlyMap<string, Candidate>;
  /** The buttons under a candidate's column. */
  actions: (candidateId: string) => ReactNode;
}) {
  const { hire, ideal, candidates, best } = group;
  const columns: CandidateResult[] = [...(ideal ? [ideal] : []), ...candidates];
  const caption = hire
    ? `Candidates for hire ${hire.number}: ${hire.roleName}${hire.productTeam ? ` (${hire.productTeam})` : ''}`
    : 'Candidates for a role the plan does not hire';
  // "3 (Practitioner)", as levels read everywhere else on the Plan screen.
  const levelText = (level: number) => {
    const name = framework.scale.levels.find((l) => l.level === level)?.name;
    return name ? `${level} (${name})` : String(level);
  };
  const isBest = (list: string[], r: CandidateResult) => r.candidateId !== null && list.includes(r.candidateId);
  const row = (label: ReactNode, cell: (r: CandidateResult) => ReactNode, key: string) => (
    <tr key={key} data-row={key}>
      <th scope="row">{label}</th>
      {columns.map((r) => (
        <td key={r.candidateId ?? 'ideal'} data-column={r.candidateId ?? 'ideal'}>
          {cell(r)}
        </td>
      ))}
    </tr>
  );

  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table candidate-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            {columns.map((r) => (
              <th key={r.candidateId ?? 'ideal'} scope="col">
                {r.candidateId === null ? 'Ideal profile' : r.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(hire?.mustHave ?? []).map((m) =>
            row(
              `${m.name}: must have ${levelText(m.level)}`,
              (r) => mustHaveCell(r.mustHaves.find((c) => c.skillId === m.skillId)),
              `must-${m.skillId}`,
            ),
          )}
          {row(
            'Must-haves met',
            (r) => (
              <>
                {r.mustHavesMet} of {r.mustHaves.length}
                {r.mustHavesNotAssessed > 0 ? ` (${r.mustHavesNotAssessed} not assessed)` : ''}
                <Best on={isBest(best.mustHaves, r)} />
              </>
            ),
            'must-haves',
          )}
          {row(
            'Coverage gaps closed',
            (r) => (
              <>
                {gapsText(r)}
                <Best on={isBest(best.gaps, r)} />
              </>
            ),
            'gaps',
          )}
          {row('Single points of failure removed', (r) => r.singlePointsClosed, 'single-points')}
          {row('Hires the plan asks for, with them', (r) => `${r.hiresAfter} (today ${r.hiresBefore})`, 'hires')}
          {row(
            'Engineering work they could take over',
            (r) => (
              <>
                {loadText(r, hire)}
                <Best on={isBest(best.load, r)} />
              </>
            ),
            'load',
          )}
          {row('Product team', (r) => r.productTeam ?? 'Any', 'product-team')}
          {row(
            'Interviewed on',
            (r) => (r.candidateId === null ? '—' : (stored.get(r.candidateId)?.interviewedOn ?? '—')),
            'date',
          )}
          {row(
            'Notes',
            (r) => (
              <span className="candidate-notes">
                {r.candidateId === null ? '' : (stored.get(r.candidateId)?.notes ?? '')}
              </span>
            ),
            'notes',
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">
              <span className="visually-hidden">Actions</span>
            </th>
            {columns.map((r) => (
              <td key={r.candidateId ?? 'ideal'}>{r.candidateId === null ? null : actions(r.candidateId)}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
