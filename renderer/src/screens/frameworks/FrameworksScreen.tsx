import { TargetsGrid } from '../../components/TargetsGrid';
import { useId, useMemo, useState } from 'react';
import { AREA_LABELS, AREAS, SKILL_KINDS, type Area, type Framework, type SkillKind } from '../../../../shared/domain';
import type { Channel } from '../../../../shared/ipc';
import { FrameworkBrowser } from '../../components/FrameworkBrowser';
import { OperationErrors } from '../../components/workspace/OperationErrors';
import { roleTargetSections } from '../../framework/view-model';
import { usePending, useRequest, useWorkspace } from '../../state/hooks';
import {
  addRole,
  addSkill,
  checkFramework,
  parseWeight,
  setRetired,
  setTarget,
  updateRole,
  updateSkill,
  type NewRole,
  type NewSkill,
} from './editing';
import './frameworks.css';

/** What the Frameworks screen starts: its errors show here, and its buttons wait for them. */
const FRAMEWORK_OPERATIONS: readonly Channel[] = [
  'framework:save',
  'framework:reset',
  'framework:import',
  'framework:export',
];

const KIND_NAMES: Record<SkillKind, string> = { responsibility: 'Responsibility', skill: 'Skill' };

type Mode = 'browse' | 'edit';
type Notice = 'saved' | 'imported' | 'reset' | 'exported' | null;

const NOTICE_TEXT: Record<Exclude<Notice, null>, string> = {
  saved: 'Saved',
  imported: 'Framework imported',
  reset: 'Built-in framework restored',
  exported: 'Framework exported',
};

/** Frameworks: browse the framework, edit targets, skills and roles, reset, import and export. */
export function FrameworksScreen({
  confirm = (message) => window.confirm(message),
  initialMode = 'browse',
}: {
  /** Injected by tests; asks before the framework is replaced by the built-in one. */
  confirm?: (message: string) => boolean;
  initialMode?: Mode;
}) {
  const request = useRequest();
  const framework = useWorkspace((s) => s.data?.framework ?? null);
  const busy = usePending(...FRAMEWORK_OPERATIONS);
  const [mode, setMode] = useState<Mode>(initialMode);
  // Kept here: the editor starts afresh (remounts) whenever the stored framework changes.
  const [notice, setNotice] = useState<Notice>(null);
  const [generation, setGeneration] = useState(0);
  const stored = useMemo(() => JSON.stringify(framework), [framework]);
  if (!framework) return null;

  /** Runs a request; the notice shows only when it did something (not refused, failed or cancelled). */
  async function run(action: () => Promise<unknown>, done: Exclude<Notice, null>) {
    setNotice(null);
    if (await action()) setNotice(done);
  }

  function reset() {
    if (!confirm('Replace this framework with the built-in one? Your target, skill and role changes are lost.')) return;
    void run(() => request('framework:reset', {}), 'reset');
  }

  return (
    <div className="frameworks">
      <div className="frameworks__bar">
        <div className="frameworks__modes" role="group" aria-label="Mode">
          <button
            type="button"
            className="frameworks__mode"
            aria-pressed={mode === 'browse'}
            onClick={() => setMode('browse')}
          >
            Browse
          </button>
          <button
            type="button"
            className="frameworks__mode"
            aria-pressed={mode === 'edit'}
            onClick={() => setMode('edit')}
          >
            Edit
          </button>
        </div>
        <div className="frameworks__actions">
          {notice && notice !== 'saved' ? (
            <span className="frameworks__notice" role="status">
              {NOTICE_TEXT[notice]}
            </span>
          ) : null}
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              void run(() => request('framework:import', {}, { title: 'The framework was not imported' }), 'imported')
            }
          >
            Import…
          </button>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              void run(() => request('framework:export', {}, { title: 'The framework was not exported' }), 'exported')
            }
          >
            Export…
          </button>
          <button type="button" className="button button--quiet" disabled={busy} onClick={reset}>
            Reset to built-in
          </button>
        </div>
      </div>

      <OperationErrors channels={FRAMEWORK_OPERATIONS} />

      {mode === 'browse' ? (
        <FrameworkBrowser framework={framework} />
      ) : (
        <FrameworkEditor
          key={`${generation}:${stored}`}
          framework={framework}
          busy={busy}
          saved={notice === 'saved'}
          onEdit={() => setNotice((n) => (n === 'saved' ? null : n))}
          onDiscard={() => {
            setNotice(null);
            setGeneration((g) => g + 1);
          }}
          save={(next) => run(() => request('framework:save', { framework: next }), 'saved')}
        />
      )}
    </div>
  );
}

function FrameworkEditor({
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
  save: (next: Framework) => Promise<void>;
}) {
  const id = useId();
  const [draft, setDraft] = useState<Framework>(framework);
  const [problem, setProblem] = useState<string | null>(null);
  const dirty = draft !== framework;

  function edit(change: (current: Framework) => Framework) {
    setDraft(change);
    setProblem(null);
    onEdit();
  }

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
        <button type="submit" className="button button--primary" disabled={busy || !dirty}>
          {busy ? 'Saving…' : 'Save framework'}
        </button>
        <button type="button" className="button button--quiet" disabled={busy || !dirty} onClick={onDiscard}>
          Discard changes
        </button>
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

type Edit = (change: (current: Framework) => Framework) => void;

function TargetsEditor({ framework, edit, captionId }: { framework: Framework; edit: Edit; captionId: string }) {
  const sections = useMemo(() => roleTargetSections(framework), [framework]);
  const levels = framework.scale.levels;
  return (
    <section className="frameworks__section" aria-labelledby={captionId}>
      <h2 id={captionId}>Targets and weights</h2>
      <p className="frameworks__hint">
        The level each role needs in each skill, and how much the skill counts towards a person’s fit to the role.
      </p>
      <TargetsGrid
        framework={framework}
        sections={sections}
        labelledBy={captionId}
        className="targets frameworks__targets"
        renderCell={(row, roleIndex) => {
          const role = framework.roles[roleIndex]!;
          const target = role.targets[row.skill.id];
          return (
            <td key={role.id} className="frameworks__cell">
              <select
                aria-label={`${role.name}: target level for ${row.skill.name}`}
                value={target ? String(target.level) : ''}
                onChange={(e) => {
                  const value = e.target.value;
                  edit((fw) =>
                    setTarget(
                      fw,
                      role.id,
                      row.skill.id,
                      value === '' ? null : { level: Number(value), weight: target?.weight ?? 1 },
                    ),
                  );
                }}
              >
                <option value="">No target</option>
                {levels.map((level) => (
                  <option key={level.level} value={String(level.level)}>
                    {level.level} · {level.name}
                  </option>
                ))}
              </select>
              {target ? (
                <WeightInput
                  // A new input (and its text) when a target appears again.
                  key={`${role.id}:${row.skill.id}`}
                  label={`${role.name}: weight for ${row.skill.name}`}
                  weight={target.weight}
                  onChange={(weight) =>
                    edit((fw) => {
                      const current = fw.roles.find((r) => r.id === role.id)?.targets[row.skill.id];
                      return current ? setTarget(fw, role.id, row.skill.id, { ...current, weight }) : fw;
                    })
                  }
                />
              ) : null}
            </td>
          );
        }}
      />
    </section>
  );
}

/** Keeps the typed text (a number input reports "" mid-typing); the draft gets the parsed number. */
function WeightInput({ label, weight, onChange }: { label: string; weight: number; onChange: (w: number) => void }) {
  const [text, setText] = useState(Number.isNaN(weight) ? '' : String(weight));
  return (
    <input
      type="number"
      className="frameworks__weight"
      aria-label={label}
      min={0}
      max={100}
      step="any"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(parseWeight(e.target.value));
      }}
    />
  );
}

function SkillsEditor({ framework, edit, headingId }: { framework: Framework; edit: Edit; headingId: string }) {
  const [added, setAdded] = useState<string | null>(null);
  return (
    <section className="frameworks__section" aria-labelledby={headingId}>
      <h2 id={headingId}>Skills</h2>
      <ul className="frameworks__list">
        {framework.skills.map((skill) => (
          <li
            key={skill.id}
            className={skill.retired ? 'frameworks__item frameworks__item--retired' : 'frameworks__item'}
            data-skill={skill.id}
          >
            <div className="frameworks__item-head">
              <input
                className="frameworks__name"
                aria-label={`Name of skill ${skill.id}`}
                value={skill.name}
                maxLength={120}
                disabled={skill.retired}
                onChange={(e) => edit((fw) => updateSkill(fw, skill.id, { name: e.target.value }))}
              />
              <span className="frameworks__meta">
                {AREA_LABELS[skill.area]} · {KIND_NAMES[skill.kind]}
                {skill.retired ? ' · Retired' : null}
              </span>
              <code className="frameworks__id">{skill.id}</code>
              <button
                type="button"
                className="button button--quiet"
                aria-label={`${skill.retired ? 'Restore' : 'Retire'} ${skill.name}`}
                onClick={() => edit((fw) => setRetired(fw, skill.id, !skill.retired))}
              >
                {skill.retired ? 'Restore' : 'Retire'}
              </button>
            </div>
            <textarea
              className="frameworks__description"
              aria-label={`Description of skill ${skill.id}`}
              rows={2}
              maxLength={1000}
              value={skill.description}
              disabled={skill.retired}
              onChange={(e) => edit((fw) => updateSkill(fw, skill.id, { description: e.target.value }))}
            />
          </li>
        ))}
      </ul>
      <AddForm<NewSkill>
        title="Add a skill"
        initial={{ name: '', area: 'shared', kind: 'skill', description: '' }}
        withKind
        onAdd={(draft) => {
          const next = addSkill(framework, draft);
          edit(() => next.framework);
          setAdded(next.id);
        }}
      />
      {added ? (
        <p className="frameworks__hint" role="status">
          Added skill <code>{added}</code>. Set its targets above, then save.
        </p>
      ) : null}
    </section>
  );
}

function RolesEditor({ framework, edit, headingId }: { framework: Framework; edit: Edit; headingId: string }) {
  return (
    <section className="frameworks__section" aria-labelledby={headingId}>
      <h2 id={headingId}>Roles</h2>
      <ul className="frameworks__list">
        {framework.roles.map((role) => (
          <li key={role.id} className="frameworks__item" data-role={role.id}>
            <div className="frameworks__item-head">
              <input
                className="frameworks__name"
                aria-label={`Name of role ${role.id}`}
                value={role.name}
                maxLength={120}
                onChange={(e) => edit((fw) => updateRole(fw, role.id, { name: e.target.value }))}
              />
              <select
                aria-label={`Area of role ${role.id}`}
                value={role.area}
                onChange={(e) => edit((fw) => updateRole(fw, role.id, { area: e.target.value as Area }))}
              >
                {AREAS.map((area) => (
                  <option key={area} value={area}>
                    {AREA_LABELS[area]}
                  </option>
                ))}
              </select>
              <code className="frameworks__id">{role.id}</code>
              <span className="frameworks__meta">
                {Object.keys(role.targets).length} target{Object.keys(role.targets).length === 1 ? '' : 's'}
              </span>
            </div>
            <textarea
              className="frameworks__description"
              aria-label={`Description of role ${role.id}`}
              rows={2}
              maxLength={1000}
              value={role.description}
              onChange={(e) => edit((fw) => updateRole(fw, role.id, { description: e.target.value }))}
            />
          </li>
        ))}
      </ul>
      <AddForm<NewRole>
        title="Add a role"
        initial={{ name: '', area: 'shared', description: '' }}
        onAdd={(draft) => edit((fw) => addRole(fw, draft).framework)}
      />
    </section>
  );
}

/** A small inline form (not a nested <form>): name, area, optionally kind, description. */
function AddForm<T extends { name: string; area: Area; description: string; kind?: SkillKind }>({
  title,
  initial,
  withKind = false,
  onAdd,
}: {
  title: string;
  initial: T;
  withKind?: boolean;
  onAdd: (draft: T) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<T>(initial);
  const canAdd = draft.name.trim() !== '';
  const add = () => {
    if (!canAdd) return;
    onAdd(draft);
    setDraft(initial);
  };
  return (
    <fieldset className="frameworks__add">
      <legend>{title}</legend>
      <label className="frameworks__field">
        <span>Name</span>
        <input
          id={`${id}-name`}
          value={draft.name}
          maxLength={120}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
      </label>
      <label className="frameworks__field">
        <span>Area</span>
        <select value={draft.area} onChange={(e) => setDraft({ ...draft, area: e.target.value as Area })}>
          {AREAS.map((area) => (
            <option key={area} value={area}>
              {AREA_LABELS[area]}
            </option>
          ))}
        </select>
      </label>
      {withKind ? (
        <label className="frameworks__field">
          <span>Kind</span>
          <select value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as SkillKind })}>
            {SKILL_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_NAMES[kind]}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label className="frameworks__field frameworks__field--wide">
        <span>Description</span>
        <textarea
          rows={2}
          maxLength={1000}
          value={draft.description}
          onChange={(e) => setDraft({ ...draft, description: e.target.value })}
        />
      </label>
      <button type="button" className="button" disabled={!canAdd} onClick={add}>
        {title.replace(/^Add a /, 'Add ')}
      </button>
    </fieldset>
  );
}
