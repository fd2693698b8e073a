import '@renderer/components/common/table-scroll.css';
import { useId } from 'react';
import { CheckedInput } from './CheckedField';
import { LEAD_TIME_PLACEHOLDER, type PlanningDraft, type PlanningField, type PlanningRole } from './planning-form';

/** Each framework role's yearly cost and months to hire, as typed; blank cells are not set. */
export function RoleCostTable({
  roles,
  draft,
  currency,
  problems,
  onChange,
}: {
  roles: readonly PlanningRole[];
  draft: Pick<PlanningDraft, 'roleCosts' | 'leadTimeMonths'>;
  /** The currency the costs are in, as the form has it (blank: none chosen yet). */
  currency: string;
  problems: ReadonlyMap<PlanningField, string>;
  onChange: (field: 'roleCosts' | 'leadTimeMonths', roleId: string, value: string) => void;
}) {
  const id = useId();
  const unit = currency.trim().toUpperCase() || 'no currency yet';
  return (
    <div className="table-scroll">
      <table className="planning-settings__roles">
        <caption className="visually-hidden">Cost and hiring lead time per role</caption>
        <thead>
          <tr>
            <th scope="col">Role</th>
            <th scope="col">Yearly cost ({unit})</th>
            <th scope="col">Months to hire</th>
          </tr>
        </thead>
        <tbody>
          {roles.map((role, index) => (
            <tr key={role.id}>
              <th scope="row">{role.name}</th>
              <td>
                <CheckedInput
                  id={`${id}-cost-${index}`}
                  label={`Yearly cost, ${role.name}`}
                  value={draft.roleCosts[role.id] ?? ''}
                  problem={problems.get(`roleCosts.${role.id}`)}
                  placeholder="not set"
                  onChange={(value) => onChange('roleCosts', role.id, value)}
                />
              </td>
              <td>
                <CheckedInput
                  id={`${id}-lead-${index}`}
                  label={`Months to hire, ${role.name}`}
                  value={draft.leadTimeMonths[role.id] ?? ''}
                  problem={problems.get(`leadTimeMonths.${role.id}`)}
                  placeholder={LEAD_TIME_PLACEHOLDER}
                  inputMode="numeric"
                  onChange={(value) => onChange('leadTimeMonths', role.id, value)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
