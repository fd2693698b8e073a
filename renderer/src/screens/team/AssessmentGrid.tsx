import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { AREA_LABELS, type Framework, type ProficiencyLevel, type RoleProfile } from '@shared/domain';
import { skillRuns, type SkillNode } from './team-model';

/** What a skill without a level shows, beside its level picker. */
export const NOT_ASSESSED_TEXT = 'not assessed';

/**
 * The assessment grid: one level picker (a radiogroup) per skill, in the one skill order
 * every view uses (so levels typed from a spreadsheet land on the right row), with a heading
 * where the area changes and sub-tasks under their parent. A roving tabindex makes Tab move
 * between skills; within a skill the arrow keys move the level, the digits set it directly
 * and Delete or Backspace clears it back to "not assessed" (0 is "none", a level of its own).
 */
export function AssessmentGrid({
  framework,
  role,
  levels,
  onChange,
}: {
  framework: Framework;
  role: RoleProfile | undefined;
  levels: Record<string, number>;
  /** A level, or null to clear the skill back to "not assessed". */
  onChange: (skillId: string, level: number | null) => void;
}) {
  const id = useId();
  const scale = framework.scale.levels;
  const groups = skillRuns(framework);
  return (
    <section className="assessment" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="editor__section-title">
        Assessment
      </h3>
      <p className="editor__hint" id={`${id}-help`}>
        Tab moves between skills; arrow keys change the level; digits 0–{scale.length - 1} set it directly; Delete
        clears it to “not assessed” (0 is “none”).
        {role ? ` Targets are for the ${role.name} role.` : ''}
      </p>
      <div hidden>
        {scale.map((level) => (
          <span key={level.level} id={`${id}-level-${level.level}`}>
            {level.name}: {level.description}
          </span>
        ))}
      </div>
      {groups.map((group) => (
        <div key={group.key} className={`assessment__area assessment__area--${group.area}`}>
          <h4 className="assessment__area-title">{AREA_LABELS[group.area]}</h4>
          <ul className="assessment__list">
            {group.skills.map((node) => (
              <SkillLevelPicker
                key={node.skill.id}
                node={node}
                scale={scale}
                level={levels[node.skill.id]}
                target={role?.targets[node.skill.id]?.level}
                levelDescriptionId={(level) => `${id}-level-${level}`}
                onChange={(level) => onChange(node.skill.id, level)}
              />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function SkillLevelPicker({
  node,
  scale,
  level,
  target,
  levelDescriptionId,
  onChange,
}: {
  node: SkillNode;
  scale: ProficiencyLevel[];
  level: number | undefined;
  target: number | undefined;
  levelDescriptionId: (level: number) => string;
  onChange: (level: number | null) => void;
}) {
  const id = useId();
  const groupRef = useRef<HTMLDivElement>(null);
  /** The level under the pointer or focus, whose description the hint shows. */
  const [hovered, setHovered] = useState<number | null>(null);
  const top = scale.length - 1;
  const { skill, depth } = node;
  const shown = hovered ?? level;
  const shownLevel = shown === undefined ? undefined : scale[shown];

  function choose(next: number) {
    const clamped = Math.max(0, Math.min(top, next));
    if (clamped !== level) onChange(clamped);
    groupRef.current?.querySelector<HTMLElement>(`[data-level="${clamped}"]`)?.focus();
  }

  function clear() {
    if (level !== undefined) onChange(null);
    // Focus stays in the picker: on the option an unassessed skill tabs to.
    groupRef.current?.querySelector<HTMLElement>('[data-level="0"]')?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    // Ctrl/Cmd+digit goes to another screen and Ctrl/Cmd+S saves: never a level change.
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      clear();
      return;
    }
    const current = level ?? 0;
    const keys: Record<string, number> = {
      ArrowRight: current + 1,
      ArrowUp: current + 1,
      ArrowLeft: current - 1,
      ArrowDown: current - 1,
      Home: 0,
      End: top,
    };
    let next = keys[event.key];
    if (next === undefined && /^[0-9]$/.test(event.key) && Number(event.key) <= top) next = Number(event.key);
    if (next === undefined) return;
    event.preventDefault();
    // An unassessed skill's first arrow press sets the level it shows focused (0) plus one step.
    choose(next);
  }

  const targetName = target === undefined ? undefined : scale[target]?.name;
  const levelName = level === undefined ? undefined : scale[level]?.name;
  return (
    <li className={`level-row${depth === 1 ? ' level-row--sub' : ''}`}>
      <div className="level-row__skill">
        <span id={`${id}-name`} className="level-row__name">
          {skill.name}
        </span>
        <span className="level-row__target" title={targetName ? `Role target: ${targetName}` : 'No role target'}>
          {target === undefined ? 'No target' : `Target ${target}`}
          {targetName ? <span className="visually-hidden"> ({targetName})</span> : null}
        </span>
      </div>
      {/* The level in words as well as in the picker's fill: "not assessed" is not 0. */}
      <span
        id={`${id}-state`}
        className={`level-row__state${level === undefined ? ' level-row__state--not-assessed' : ''}`}
        data-testid="level-state"
      >
        {level === undefined ? (
          <>
            <span aria-hidden="true">— </span>
            {NOT_ASSESSED_TEXT}
          </>
        ) : (
          `${level} ${levelName ?? ''}`.trim()
        )}
      </span>
      <div
        ref={groupRef}
        role="radiogroup"
        aria-labelledby={`${id}-name`}
        aria-describedby={`${id}-state ${id}-hint`}
        className="level-picker"
        data-skill-id={skill.id}
        onKeyDown={onKeyDown}
      >
        {scale.map((option) => {
          const checked = option.level === level;
          const reachesTarget = target !== undefined && option.level === target;
          return (
            <button
              key={option.level}
              type="button"
              role="radio"
              aria-checked={checked}
              aria-label={`${option.level} ${option.name}`}
              aria-describedby={levelDescriptionId(option.level)}
              title={`${option.level} — ${option.name}: ${option.description}`}
              tabIndex={checked || (level === undefined && option.level === 0) ? 0 : -1}
              data-level={option.level}
              className={`level-picker__option${checked ? ' level-picker__option--checked' : ''}${
                reachesTarget ? ' level-picker__option--target' : ''
              }${level !== undefined && option.level <= level ? ' level-picker__option--filled' : ''}`}
              onClick={() => choose(option.level)}
              onMouseEnter={() => setHovered(option.level)}
              onMouseLeave={() => setHovered(null)}
              onFocus={() => setHovered(option.level)}
              onBlur={() => setHovered(null)}
            >
              {option.level}
            </button>
          );
        })}
      </div>
      <span className="level-row__clear-slot">
        {level !== undefined ? (
          // Mouse users' way to "not assessed"; keyboard users press Delete, so it is no Tab stop.
          <button
            type="button"
            className="level-row__clear"
            tabIndex={-1}
            aria-label={`Clear ${skill.name} to not assessed`}
            title="Clear to not assessed (Delete)"
            onClick={clear}
          >
            Clear
          </button>
        ) : null}
      </span>
      <p id={`${id}-hint`} className="level-row__hint">
        {shownLevel ? (
          <>
            <strong>{shownLevel.name}</strong> — {shownLevel.description}
          </>
        ) : (
          'Not assessed'
        )}
      </p>
    </li>
  );
}
