import { useMemo } from 'react';
import type { Framework } from '@shared/domain';
import { TargetsGrid } from '@renderer/components/TargetsGrid';
import { roleTargetSections } from '@renderer/framework/view-model';
import { setTarget, type EditDraft } from './editing';
import { WeightInput } from './WeightInput';

/** The targets grid with a level picker and a weight in every cell. */
export function TargetsEditor({
  framework,
  edit,
  captionId,
}: {
  framework: Framework;
  edit: EditDraft;
  captionId: string;
}) {
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
