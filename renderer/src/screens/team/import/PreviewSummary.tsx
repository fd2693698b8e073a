import type { ImportPreview } from '@shared/interchange/preview';
import { quoteCell } from '@shared/interchange/quote';

const SHOWN_ERRORS = 100;

const count = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** What the import would do, in one line: people ready, rows with errors, rows left out. */
export function PreviewCounts({ preview }: { preview: ImportPreview }) {
  const { members, errors, skipped } = preview;
  const errorRows = new Set(errors.map((e) => e.row)).size;
  return (
    <p className="import__counts" role="status">
      {count(members.length, 'person', 'people')} ready
      {errorRows > 0 ? `, ${count(errorRows, 'row', 'rows')} with errors` : ''}
      {skipped.length > 0 ? `, ${count(skipped.length, 'row', 'rows')} left out` : ''}.
    </p>
  );
}

/** Each row error with its row and column, the first hundred of them, and how to go on. */
export function PreviewErrors({ preview }: { preview: ImportPreview }) {
  const { errors } = preview;
  if (errors.length === 0) return null;
  return (
    <div className="import__errors" role="alert">
      <p>
        Fix these rows in the file, change the mapping above, or leave the rows out below; nothing is imported while any
        remain.
      </p>
      <ul>
        {errors.slice(0, SHOWN_ERRORS).map((e) => (
          <li key={`${e.row}:${e.column ?? ''}:${e.message}`}>
            Row {e.row}
            {e.person ? ` (${quoteCell(e.person)})` : ''}
            {e.column ? `, column ${quoteCell(e.column)}` : ''}: {e.message}
          </li>
        ))}
      </ul>
      {errors.length > SHOWN_ERRORS ? <p>…and {(errors.length - SHOWN_ERRORS).toLocaleString()} more.</p> : null}
    </div>
  );
}
