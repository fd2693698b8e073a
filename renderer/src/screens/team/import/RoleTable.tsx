import { useId } from 'react';
import { OTHER_ROLE_ID, OTHER_ROLE_NAME, type Framework } from '@shared/domain';
import { showControls } from '@shared/encode/control';
import { cellText, normaliseHeader } from '@shared/interchange/normalise';
import { roleSourceColumn } from '@shared/interchange/role-values';
import type { RawSheet, RoleValue, SheetLayout } from '@shared/interchange/types';
import '@renderer/components/common/table-scroll.css';

/** Each (normalised) value of the role column: as first written in the sheet, and on how many rows. */
function valuesInSheet(
  sheet: RawSheet,
  layout: SheetLayout,
  index: number,
): Map<string, { text: string; rows: number }> {
  const found = new Map<string, { text: string; rows: number }>();
  for (let r = layout.headerRow + 1; r < sheet.rows.length; r += 1) {
    const text = cellText(sheet.rows[r]?.[index]);
    const key = normaliseHeader(text);
    if (key === '') continue;
    const known = found.get(key);
    if (known) known.rows += 1;
    else found.set(key, { text: showControls(text), rows: 1 });
  }
  return found;
}

/**
 * The roles people get: each value of the role column (else the job title) mapped to a role,
 * "other" or none, and the default role for the rest. What was guessed from role names and
 * job titles shows as chosen, and can be changed.
 */
export function RoleTable({
  sheet,
  layout,
  framework,
  onValue,
  onDefault,
}: {
  sheet: RawSheet;
  layout: SheetLayout;
  framework: Framework;
  onValue: (value: string, role: RoleValue) => void;
  onDefault: (role: string | undefined) => void;
}) {
  const id = useId();
  const source = roleSourceColumn(layout);
  const values = Object.entries(layout.roleValues ?? {});
  const inSheet = source
    ? valuesInSheet(sheet, layout, source.index)
    : new Map<string, { text: string; rows: number }>();
  const defaultName = framework.roles.find((r) => r.id === layout.defaultRole)?.name;
  const roleOptions = (
    <>
      {framework.roles.map((r) => (
        <option key={r.id} value={r.id}>
          {r.name}
        </option>
      ))}
      <option value={OTHER_ROLE_ID}>{OTHER_ROLE_NAME}</option>
    </>
  );
  return (
    <section className="import__section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Roles</h3>
      <p className="dialog__hint">
        {source
          ? `Read from the column "${source.header || source.index + 1}"${source.target.kind === 'title' ? ' (job titles; there is no role column)' : ''}.`
          : 'No column gives the role: everyone gets the default role.'}
      </p>
      {values.length > 0 ? (
        <div className="table-scroll import__roles">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Value in the file</th>
                <th scope="col" className="num">
                  Rows
                </th>
                <th scope="col">Role</th>
              </tr>
            </thead>
            <tbody>
              {values.map(([value, role]) => {
                const shown = inSheet.get(value) ?? { text: value, rows: 0 };
                return (
                  <tr key={value} className={role === null && !defaultName ? 'import__unmatched' : undefined}>
                    <th scope="row">{shown.text}</th>
                    <td className="num">{shown.rows.toLocaleString()}</td>
                    <td>
                      <select
                        aria-label={`Role for "${shown.text}"`}
                        value={role ?? ''}
                        onChange={(e) => onValue(value, e.target.value === '' ? null : e.target.value)}
                      >
                        <option value="">
                          {defaultName
                            ? `The default role (${defaultName})`
                            : 'None yet (choose one, or a default role)'}
                        </option>
                        {roleOptions}
                      </select>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <label className="import__field">
        <span>Default role, for people the file gives none</span>
        <select
          value={layout.defaultRole ?? ''}
          onChange={(e) => onDefault(e.target.value === '' ? undefined : e.target.value)}
        >
          <option value="">None: such rows cannot be imported</option>
          {roleOptions}
        </select>
      </label>
      <p className="dialog__hint">People already in Gapwise keep their own role when the file gives them none.</p>
    </section>
  );
}
