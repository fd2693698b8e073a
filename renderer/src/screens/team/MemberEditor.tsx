import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { AppData } from '@shared/data';
import { OTHER_ROLE_ID, OTHER_ROLE_NAME, type Member } from '@shared/domain';
import { localIsoDate } from '@shared/domain/staleness';
import type { IpcError } from '@shared/ipc';
import { Button } from '@renderer/components/common/Button';
import { useLeaveGuard } from '@renderer/state/LeaveGuardProvider';
import { AllocationEditor, allocationProblem } from './AllocationEditor';
import { AssessmentGrid } from './AssessmentGrid';
import { hasUnsavedChanges, toStored, withLevel } from './member-draft';

type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

/** A blank member for the add form: the first role and product team, full time. */
export function blankMember(data: AppData): Member {
  return {
    id: '',
    name: '',
    role: data.framework.roles[0]?.id ?? '',
    productTeam: data.organisation.productTeams[0] ?? '',
    fte: 1,
    levels: {},
    allocation: {},
  };
}

function problemsOf(draft: Member): string[] {
  const problems: string[] = [];
  if (!draft.name.trim()) problems.push('Enter a name');
  if (!(draft.fte >= 0.1 && draft.fte <= 1)) problems.push('FTE must be between 0.1 and 1');
  const allocation = allocationProblem(draft.allocation);
  if (allocation) problems.push(allocation);
  return problems;
}

/**
 * Add or edit one member: details, the assessment grid and the time allocation. The draft is
 * local until Save; "Saved" shows only once main has acknowledged the write.
 */
export function MemberEditor({
  data,
  initial,
  isNew,
  busy,
  error,
  onSave,
  onDelete,
  onClose,
  today = () => localIsoDate(new Date()),
}: {
  data: AppData;
  initial: Member;
  isNew: boolean;
  busy: boolean;
  error: IpcError | null;
  /** Resolves with the saved member's id, or null when main refused. */
  onSave: (member: Member) => Promise<string | null>;
  onDelete: (member: Member) => void;
  onClose: () => void;
  /** Today's date (YYYY-MM-DD) where the user is; injectable for tests. */
  today?: () => string;
}) {
  const id = useId();
  const guard = useLeaveGuard();
  const [draft, setDraft] = useState<Member>(initial);
  /** The member as last stored (or the blank one being added): what "unsaved" is measured against. */
  const [saved, setSaved] = useState<Member>(initial);
  /** Once the user sets the date themselves, level changes no longer move it to today. */
  const [dateSetByUser, setDateSetByUser] = useState(false);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [savedId, setSavedId] = useState<string | null>(isNew ? null : initial.id);
  const dirty = hasUnsavedChanges(saved, draft);
  const { framework, organisation } = data;
  const role = framework.roles.find((r) => r.id === draft.role);
  const problems = problemsOf(draft);
  const productTeams = Array.from(new Set([...organisation.productTeams, ...data.members.map((m) => m.productTeam)]))
    .filter(Boolean)
    .sort();

  const update = (change: (member: Member) => Member) => {
    setDraft((current) => change(current));
    setStatus('idle');
  };
  const field =
    <K extends keyof Member>(key: K) =>
    (value: Member[K]) =>
      update((m) => ({ ...m, [key]: value }));

  /** Saves the draft; resolves with false when it could not be (problems, or main refused). */
  async function saveDraft(): Promise<boolean> {
    if (problems.length > 0 || status === 'saving') return false;
    const member = toStored(draft, data, savedId === null);
    setStatus('saving');
    const stored = await onSave(member);
    if (stored === null) {
      setStatus('failed');
      return false;
    }
    setSavedId(stored);
    setSaved({ ...member, id: stored });
    setDraft((current) => ({ ...current, id: stored }));
    setStatus('saved');
    return true;
  }

  function save(event: FormEvent) {
    event.preventDefault();
    void saveDraft();
  }

  // The leave guard and Ctrl/Cmd+S call the latest saveDraft, with the draft of the last render.
  const saveLatest = useRef(saveDraft);
  useEffect(() => {
    saveLatest.current = saveDraft;
  });
  const what = savedId === null ? 'the new member' : `the changes to ${saved.name.trim() || 'this member'}`;
  useEffect(() => {
    if (!dirty) return;
    return guard.getState().hold({ what, save: () => saveLatest.current() });
  }, [dirty, guard, what]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 's') return;
      // Never the browser's "save page": in the editor, Ctrl/Cmd+S saves the member.
      event.preventDefault();
      void saveLatest.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const memberError = status === 'failed' && error && error.path.startsWith('member') ? error : null;
  const title = savedId === null ? 'Add a team member' : `Edit ${draft.name.trim() || 'member'}`;

  return (
    <section className="editor" aria-labelledby={`${id}-title`}>
      <form onSubmit={(event) => void save(event)} noValidate>
        <header className="editor__header">
          <h2 id={`${id}-title`}>{title}</h2>
          <Button variant="quiet" onClick={onClose}>
            Close
          </Button>
        </header>

        <div className="editor__details">
          <label className="team-field team-field--wide" htmlFor={`${id}-name`}>
            <span className="team-field__label">Name</span>
            <input
              id={`${id}-name`}
              name="name"
              required
              maxLength={120}
              value={draft.name}
              aria-invalid={!draft.name.trim() || undefined}
              onChange={(e) => field('name')(e.target.value)}
            />
          </label>
          <label className="team-field team-field--wide" htmlFor={`${id}-title-input`}>
            <span className="team-field__label">Title</span>
            <input
              id={`${id}-title-input`}
              name="title"
              maxLength={120}
              placeholder="e.g. Senior data scientist"
              value={draft.title ?? ''}
              onChange={(e) => field('title')(e.target.value)}
            />
          </label>
          <label className="team-field" htmlFor={`${id}-role`}>
            <span className="team-field__label">Role</span>
            <select id={`${id}-role`} name="role" value={draft.role} onChange={(e) => field('role')(e.target.value)}>
              {framework.roles.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
              <option value={OTHER_ROLE_ID}>{OTHER_ROLE_NAME}</option>
            </select>
          </label>
          <label className="team-field" htmlFor={`${id}-team`}>
            <span className="team-field__label">Product team</span>
            <input
              id={`${id}-team`}
              name="productTeam"
              list={`${id}-teams`}
              maxLength={120}
              value={draft.productTeam}
              onChange={(e) => field('productTeam')(e.target.value)}
            />
            <datalist id={`${id}-teams`}>
              {productTeams.map((team) => (
                <option key={team} value={team} />
              ))}
            </datalist>
          </label>
          <label className="team-field" htmlFor={`${id}-fte`}>
            <span className="team-field__label">FTE</span>
            <input
              id={`${id}-fte`}
              name="fte"
              type="number"
              min={0.1}
              max={1}
              step={0.1}
              value={Number.isFinite(draft.fte) ? draft.fte : ''}
              aria-invalid={!(draft.fte >= 0.1 && draft.fte <= 1) || undefined}
              onChange={(e) => field('fte')(e.target.value === '' ? Number.NaN : Number(e.target.value))}
            />
          </label>
          <label className="team-field" htmlFor={`${id}-assessed`}>
            <span className="team-field__label">Assessed on</span>
            <input
              id={`${id}-assessed`}
              name="assessedOn"
              type="date"
              value={draft.assessedOn ?? ''}
              onChange={(e) => {
                setDateSetByUser(true);
                field('assessedOn')(e.target.value || undefined);
              }}
            />
          </label>
          <label className="team-field team-field--full" htmlFor={`${id}-notes`}>
            <span className="team-field__label">Notes</span>
            <textarea
              id={`${id}-notes`}
              name="notes"
              rows={3}
              maxLength={5000}
              value={draft.notes ?? ''}
              onChange={(e) => field('notes')(e.target.value)}
            />
          </label>
        </div>

        <AssessmentGrid
          framework={framework}
          role={role}
          levels={draft.levels}
          onChange={(skillId, level) =>
            update((m) => withLevel(m, saved, skillId, level, { today: today(), dateSetByUser }))
          }
        />

        <AllocationEditor
          framework={framework}
          allocation={draft.allocation}
          threshold={organisation.engineeringLoadThreshold}
          scientist={role?.area === 'data-science'}
          onChange={(skillId, pct) =>
            update((m) => {
              const allocation = { ...m.allocation };
              if (pct === null) delete allocation[skillId];
              else allocation[skillId] = pct;
              return { ...m, allocation };
            })
          }
        />

        <footer className="editor__footer">
          <div className="editor__status">
            {problems.length > 0 ? (
              <ul className="editor__problems" id={`${id}-problems`}>
                {problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            ) : null}
            <p className={`editor__save-state editor__save-state--${status}`} role="status">
              {status === 'saving'
                ? 'Saving…'
                : status === 'saved'
                  ? 'Saved'
                  : status === 'failed'
                    ? 'Not saved'
                    : dirty
                      ? 'Unsaved changes'
                      : ''}
            </p>
            {memberError ? (
              <p className="editor__error" role="alert">
                <code>{memberError.path}</code>: {memberError.message}
              </p>
            ) : null}
          </div>
          <div className="editor__actions">
            {savedId !== null ? (
              <Button variant="danger" disabled={busy} onClick={() => onDelete(draft)}>
                Delete…
              </Button>
            ) : null}
            <Button
              variant="primary"
              type="submit"
              disabled={problems.length > 0 || status === 'saving' || busy}
              aria-describedby={problems.length > 0 ? `${id}-problems` : undefined}
            >
              {savedId === null ? 'Add member' : 'Save'}
            </Button>
          </div>
        </footer>
      </form>
    </section>
  );
}
