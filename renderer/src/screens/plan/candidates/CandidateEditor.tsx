import { useId, useState, type FormEvent } from 'react';
import { OTHER_ROLE_ID, OTHER_ROLE_NAME, type Framework } from '@shared/domain';
import { Button } from '@renderer/components/common/Button';
import { candidateProblems, withCandidateLevel, type CandidateDraft } from './candidate-draft';
import { ProductTeamSelect } from '../ProductTeamSelect';

/** The value of the level select that means "not assessed". */
const NOT_ASSESSED = '';

/**
 * Add or edit a candidate: name, the role and product team they were seen for, the levels
 * the interviews assessed (any skill may stay "Not assessed"), the interview date and notes.
 */
export function CandidateEditor({
  framework,
  productTeams,
  initial,
  busy,
  onSave,
  onCancel,
}: {
  framework: Framework;
  productTeams: readonly string[];
  initial: CandidateDraft;
  busy: boolean;
  onSave: (draft: CandidateDraft) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [tried, setTried] = useState(false);
  const problems = candidateProblems(draft);
  const set = <K extends keyof CandidateDraft>(key: K, value: CandidateDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const skills = framework.skills.filter((s) => s.retired !== true || draft.levels[s.id] !== undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (problems.length === 0) onSave(draft);
  }

  return (
    <form className="candidate-editor" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h3 id={`${id}-title`}>{initial.id === null ? 'Add a candidate' : `Edit ${initial.name}`}</h3>
      <div className="candidate-editor__fields">
        <label>
          Name
          <input value={draft.name} maxLength={120} required onChange={(e) => set('name', e.target.value)} />
        </label>
        <label>
          Role
          <select value={draft.role} onChange={(e) => set('role', e.target.value)}>
            {framework.roles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
            {draft.role === OTHER_ROLE_ID ? <option value={OTHER_ROLE_ID}>{OTHER_ROLE_NAME}</option> : null}
          </select>
        </label>
        <label>
          Product team
          <ProductTeamSelect
            value={draft.productTeam}
            productTeams={productTeams}
            onChange={(team) => set('productTeam', team)}
          />
        </label>
        <label>
          Interviewed on
          <input type="date" value={draft.interviewedOn} onChange={(e) => set('interviewedOn', e.target.value)} />
        </label>
        <label className="candidate-editor__notes">
          Notes
          <textarea value={draft.notes} maxLength={2000} rows={3} onChange={(e) => set('notes', e.target.value)} />
        </label>
      </div>
      <fieldset className="candidate-editor__levels">
        <legend>Levels assessed in interviews</legend>
        {skills.map((skill) => (
          <label key={skill.id}>
            {skill.name}
            <select
              aria-label={`Level of ${skill.name}`}
              value={draft.levels[skill.id]?.toString() ?? NOT_ASSESSED}
              onChange={(e) =>
                setDraft((d) =>
                  withCandidateLevel(d, skill.id, e.target.value === NOT_ASSESSED ? null : Number(e.target.value)),
                )
              }
            >
              <option value={NOT_ASSESSED}>Not assessed</option>
              {framework.scale.levels.map((l) => (
                <option key={l.level} value={l.level}>
                  {l.level} {l.name}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      {tried && problems.length > 0 ? (
        <ul className="candidate-editor__problems" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      <div className="candidate-editor__actions">
        <Button type="submit" variant="primary" disabled={busy}>
          Save candidate
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
