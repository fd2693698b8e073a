import { useId, useState } from 'react';
import type { Framework } from '@shared/domain';
import { Button } from '@renderer/components/common/Button';
import { checkFramework, type EditDraft } from './editing';
import { RolesEditor } from './RolesEditor';
import { SkillsEditor } from './SkillsEditor';
import { TargetsEditor } from './TargetsEditor';

/**
 * The editor: a draft of the framework, changed by its parts and sent only when saved. It
 * starts from the framework it is mounted with; the screen remounts it to start afresh.
 */
export function FrameworkEditor({
  framework,
  busy,
  saved,
  onEdit,
  onDiscard,
  save,
}: {
  framework: Framework;
  busy: boolean;
  saved: boolean;
  onEdit: () => void;
  onDiscard: () => void;
  save: (next: Framework) => Promise<unknown>;
}) {
  const id = useId();
  const [draft, setDraft] = useState<Framework>(framework);
  const [problem, setProblem] = useState<string | null>(null);
  const dirty = draft !== framework;

  const edit: EditDraft = (change) => {
    setDraft(change);
    setProblem(null);
    onEdit();
  };

  async function submit() {
    const checked = checkFramework(draft);
    if (!checked.ok) {
      setProblem(checked.message);
      return;
    }
    setProblem(null);
    await save(checked.framework);
  }

  return (
    <form
      className="frameworks__editor"
      aria-label="Edit framework"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <header className="frameworks__head">
        <h1>{draft.name}</h1>
        <p className="frameworks__hint">
          Changes are kept here until you save them. Skills people are assessed on cannot be deleted; retire them
          instead.
        </p>
      </header>

      <TargetsEditor framework={draft} edit={edit} captionId={`${id}-targets`} />
      <SkillsEditor framework={draft} edit={edit} headingId={`${id}-skills`} />
      <RolesEditor framework={draft} edit={edit} headingId={`${id}-roles`} />

      <div className="frameworks__savebar">
        {problem ? (
          <p className="frameworks__problem" role="alert">
            {problem}
          </p>
        ) : null}
        <Button variant="primary" type="submit" disabled={busy || !dirty}>
          {busy ? 'Saving…' : 'Save framework'}
        </Button>
        <Button variant="quiet" disabled={busy || !dirty} onClick={onDiscard}>
          Discard changes
        </Button>
        {saved && !dirty ? (
          <span className="frameworks__notice" role="status">
            Saved
          </span>
        ) : null}
        {dirty ? <span className="frameworks__dirty">Unsaved changes</span> : null}
      </div>
    </form>
  );
}
