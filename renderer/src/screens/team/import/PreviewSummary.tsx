import { roleNamesOf } from '@shared/domain';
import { useId } from 'react';
import type { AppData } from '@shared/data';
import type { ImportPreview } from '@shared/interchange/preview';
import { quoteCell } from '@shared/interchange/quote';
import '@renderer/components/common/table-scroll.css';

const SHOWN_ERRORS = 100;
const SHOWN_PEOPLE = 8;

const count = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** What the import would do: people read, rows with errors (each with its row and column), rows left out. */
export function PreviewSummary({ preview, data }: { preview: ImportPreview; data: AppData }) {
  const id = useId();
  const roleNames = roleNamesOf(data.framework);
  const { members, errors, skipped } = preview;
  return (
    <section className="import__preview" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Preview</h3>
      <p className="import__counts" role="status">
        {count(members.length, 'person', 'people')} ready
        {errors.length > 0 ? `, ${count(errors.length, 'row', 'rows')} with errors` : ''}
        {skipped.length > 0 ? `, ${count(skipped.length, 'row', 'rows')} left out` : ''}.
      </p>
      {errors.length > 0 ? (
        <div className="import__errors" role="alert">
          <p>Fix these rows in the file, or change the mapping above; nothing is imported while any remain.</p>
          <ul>
            {errors.slice(0, SHOWN_ERRORS).map((e) => (
              <li key={`${e.row}:${e.column ?? ''}:${e.message}`}>
                Row {e.row}
                {e.column ? `, column ${quoteCell(e.column)}` : ''}: {e.message}
              </li>
            ))}
          </ul>
          {errors.length > SHOWN_ERRORS ? <p>…and {errors.length - SHOWN_ERRORS} more.</p> : null}
        </div>
      ) : null}
      {skipped.length > 0 ? (
        <details className="import__skipped">
          <summary>Rows left out</summary>
          <ul>
            {skipped.map((s) => (
              <li key={s.row}>
                Row {s.row}: {s.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {members.length > 0 ? (
        <div className="table-scroll" role="region" aria-labelledby={`${id}-people`} tabIndex={0}>
          <table className="data-table">
            <caption id={`${id}-people`}>
              {members.length > SHOWN_PEOPLE ? `The first ${SHOWN_PEOPLE} people` : 'People'}
            </caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Product team</th>
                <th scope="col" className="num">
                  Skills assessed
                </th>
              </tr>
            </thead>
            <tbody>
              {members.slice(0, SHOWN_PEOPLE).map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.name}</th>
                  <td>{roleNames.get(m.role) ?? m.role}</td>
                  <td>{m.productTeam || '—'}</td>
                  <td className="num">{Object.keys(m.levels).length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
