import { useId, useState } from 'react';
import { AREA_LABELS, AREAS, SKILL_KINDS, type Area, type SkillKind } from '@shared/domain';
import { Button } from '@renderer/components/common/Button';
import { KIND_NAMES } from './kind-names';

/** A small inline form adding a skill or a role (not a nested <form>): name, area, optionally kind, description. */
export function AddItemForm<T extends { name: string; area: Area; description: string; kind?: SkillKind }>({
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
      <Button disabled={!canAdd} onClick={add}>
        {title.replace(/^Add a /, 'Add ')}
      </Button>
    </fieldset>
  );
}
