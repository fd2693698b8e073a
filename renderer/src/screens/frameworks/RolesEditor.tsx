import { AREA_LABELS, AREAS, type Area, type Framework } from '@shared/domain';
import { AddItemForm } from './AddItemForm';
import { addRole, updateRole, type EditDraft, type NewRole } from './editing';

/** The roles: rename, set the area of and describe each, and add new ones. */
export function RolesEditor({
  framework,
  edit,
  headingId,
}: {
  framework: Framework;
  edit: EditDraft;
  headingId: string;
}) {
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
      <AddItemForm<NewRole>
        title="Add a role"
        initial={{ name: '', area: 'shared', description: '' }}
        onAdd={(draft) => edit((fw) => addRole(fw, draft).framework)}
      />
    </section>
  );
}
