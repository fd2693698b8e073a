import { useMemo, useState } from 'react';
import type { AppData } from '@shared/data';
import { knownProductTeams, type Candidate } from '@shared/domain';
import type { Channel } from '@shared/ipc';
import { Button } from '@renderer/components/common/Button';
import { OperationErrors } from '@renderer/components/workspace/OperationErrors';
import { selectAnalysis } from '@renderer/state/analysis';
import { usePending, useRequest } from '@renderer/state/hooks';
import { candidateOf, draftOfCandidate, emptyCandidateDraft, type CandidateDraft } from './candidate-draft';
import { CandidateComparisonTable } from './CandidateComparisonTable';
import { CandidateEditor } from './CandidateEditor';
import { selectCandidateComparison } from './select-comparison';
import './candidates.css';

/*
 * The people interviewed for planned hires, each compared with the hire's brief and with
 * each other, and hired from here. They count in no other figure on any screen until hired.
 */

const CANDIDATE_OPERATIONS: readonly Channel[] = [
  'candidate:add',
  'candidate:update',
  'candidate:delete',
  'candidate:hire',
];

export function CandidatesSection({
  data,
  confirm,
}: {
  data: AppData;
  /** Asks before a candidate is deleted or hired. */
  confirm: (message: string) => boolean;
}) {
  const request = useRequest();
  const busy = usePending(...CANDIDATE_OPERATIONS);
  const [editing, setEditing] = useState<CandidateDraft | null>(null);
  const [takeOverWork, setTakeOverWork] = useState(true);
  const [hired, setHired] = useState<string | null>(null);
  const comparison = selectCandidateComparison(data);
  const productTeams = useMemo(
    () => [...knownProductTeams(data.organisation, data.members)].sort((a, b) => a.localeCompare(b)),
    [data.organisation, data.members],
  );
  const byId = new Map(data.candidates.map((c) => [c.id, c]));

  async function save(draft: CandidateDraft) {
    const candidate = candidateOf(
      draft,
      data.candidates.map((c) => c.id),
    );
    const channel = draft.id === null ? 'candidate:add' : 'candidate:update';
    const title = draft.id === null ? 'The candidate was not added' : 'The candidate was not saved';
    if (await request(channel, { candidate }, { title })) setEditing(null);
  }

  async function remove(candidate: Candidate) {
    if (!confirm(`Delete the candidate “${candidate.name}”? Their interview levels and notes go with them.`)) return;
    await request('candidate:delete', { candidateId: candidate.id }, { title: 'The candidate was not deleted' });
  }

  async function hire(candidate: Candidate) {
    const message =
      `Hire ${candidate.name}? They become a member of the team with the levels their interviews assessed` +
      ' (skills not assessed stay not assessed), and are no longer a candidate.';
    if (!confirm(message)) return;
    const done = await request(
      'candidate:hire',
      { candidateId: candidate.id, takeOverWork },
      { title: `${candidate.name} was not hired` },
    );
    if (done) setHired(candidate.name);
  }

  const actions = (candidateId: string) => {
    const candidate = byId.get(candidateId);
    if (!candidate) return null;
    return (
      <span className="candidate-actions">
        <Button
          variant="primary"
          disabled={busy}
          aria-label={`Hire ${candidate.name}`}
          onClick={() => void hire(candidate)}
        >
          Hire
        </Button>
        <Button
          variant="quiet"
          disabled={editing !== null}
          aria-label={`Edit ${candidate.name}`}
          onClick={() => setEditing(draftOfCandidate(candidate))}
        >
          Edit
        </Button>
        <Button
          variant="quiet"
          disabled={busy}
          aria-label={`Delete ${candidate.name}`}
          onClick={() => void remove(candidate)}
        >
          Delete
        </Button>
      </span>
    );
  };

  // A new candidate starts as seen for the plan's first hire: usually the one being interviewed for.
  const firstHire = selectAnalysis(data).plan.hires[0] ?? null;
  return (
    <section className="plan-section" aria-labelledby="plan-candidates-title">
      <header className="plan-section__header">
        <h2 id="plan-candidates-title" className="plan-section__title">
          Candidates
        </h2>
        <Button
          disabled={editing !== null}
          onClick={() =>
            setEditing(
              emptyCandidateDraft(firstHire?.roleId ?? data.framework.roles[0]?.id ?? '', firstHire?.productTeam ?? ''),
            )
          }
        >
          Add candidate
        </Button>
      </header>
      <p className="plan-lead">
        The people you interviewed for a planned hire, beside the hire&rsquo;s ideal profile: the must-haves they meet,
        the gaps they would close and the engineering work they could take over. They count in no other figure, and no
        export but &ldquo;Save all data&rdquo; names them.
      </p>
      <OperationErrors channels={CANDIDATE_OPERATIONS} />
      <p className="plan-muted" aria-live="polite">
        {hired === null ? null : `${hired} is now a member of the team; the plan above includes them.`}
      </p>
      {editing ? (
        <CandidateEditor
          key={editing.id ?? 'new'}
          framework={data.framework}
          productTeams={productTeams}
          initial={editing}
          busy={busy}
          onSave={(draft) => void save(draft)}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      {data.candidates.length === 0 ? (
        <p className="plan-muted">No candidates yet. Add the people you interview to compare them with the plan.</p>
      ) : (
        <>
          <label className="candidate-option">
            <input type="checkbox" checked={takeOverWork} onChange={(e) => setTakeOverWork(e.target.checked)} />
            When an engineer is hired, move the engineering work the plan gives them off the scientists carrying it
          </label>
          {comparison.map((group) => (
            <CandidateComparisonTable
              key={group.hire?.number ?? 'none'}
              group={group}
              framework={data.framework}
              candidates={byId}
              actions={actions}
            />
          ))}
        </>
      )}
    </section>
  );
}
