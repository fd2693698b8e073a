import type { Member } from '@shared/domain';
import type { ImportOutcome } from '@shared/interchange/apply';
import type { ImportPreview } from '@shared/interchange/preview';
import { showControls } from '@shared/encode/control';

/*
 * The preview as one list of the sheet's rows, top to bottom: each person as they will be
 * stored (a merge keeps what the file does not say), each row with errors, and each row left
 * out with the reason. Blank rows are only counted.
 */

export type PreviewRow =
  | {
      row: number;
      status: 'new' | 'update';
      /** The person as stored after the import. */
      member: Member;
      /** The role is the default role (new person), or the stored one kept (person already here). */
      role: 'from-file' | 'default' | 'kept';
    }
  | { row: number; status: 'error'; person?: string; messages: string[] }
  | { row: number; status: 'left-out'; reason: string; byUser: boolean };

export interface PreviewRows {
  rows: PreviewRow[];
  blank: number;
}

export function previewRows(preview: ImportPreview, outcome: Pick<ImportOutcome, 'stored' | 'matched'>): PreviewRows {
  const rows: PreviewRow[] = preview.members.map((member, i) => {
    const matched = outcome.matched[i] === true;
    const defaulted = preview.roleFromDefault[i] === true;
    return {
      row: preview.memberRows[i]!,
      status: matched ? 'update' : 'new',
      member: outcome.stored[i] ?? member,
      role: !defaulted ? 'from-file' : matched ? 'kept' : 'default',
    };
  });
  const errors = new Map<number, PreviewRow & { status: 'error' }>();
  for (const error of preview.errors) {
    const message = error.column ? `column "${error.column}": ${error.message}` : error.message;
    const known = errors.get(error.row);
    if (known) known.messages.push(message);
    else
      errors.set(error.row, {
        row: error.row,
        status: 'error',
        // The name of a row with errors was not checked: its controls are shown, not obeyed.
        ...(error.person ? { person: showControls(error.person) } : {}),
        messages: [message],
      });
  }
  rows.push(...errors.values());
  let blank = 0;
  for (const skipped of preview.skipped) {
    if (skipped.blank) blank += 1;
    else rows.push({ row: skipped.row, status: 'left-out', reason: skipped.reason, byUser: skipped.byUser === true });
  }
  rows.sort((a, b) => a.row - b.row);
  return { rows, blank };
}
