import { useState } from 'react';
import { AREA_LABELS, type Framework } from '@shared/domain';
import { Button } from '@renderer/components/common/Button';
import { AddItemForm } from './AddItemForm';
import { addSkill, setRetired, updateSkill, type EditDraft, type NewSkill } from './editing';
import { KIND_NAMES } from './kind-names';

/** The skills: rename, describe, retire or restore each, and add new ones. */
export function SkillsEditor({
  framework,
  edit,
  headingId,
}: {
  framework: Framework;
  edit: EditDraft;
  headingId: string;
}) {
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
              <Button
                variant="quiet"
                aria-label={`${skill.retired ? 'Restore' : 'Retire'} ${skill.name}`}
                onClick={() => edit((fw) => setRetired(fw, skill.id, !skill.retired))}
              >
                {skill.retired ? 'Restore' : 'Retire'}
              </Button>
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
      <AddItemForm<NewSkill>
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
