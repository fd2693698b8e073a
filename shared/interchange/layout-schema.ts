import { z } from 'zod';
import { Id } from '../domain';
import type { SheetLayout } from './types';

/*
 * The mapping the user confirmed, as it crosses IPC: main re-applies it to the workbook it
 * read, so a page can only choose how columns are read, never send members of its own.
 */

const ColumnTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('name') }),
  z.strictObject({ kind: z.literal('title') }),
  z.strictObject({ kind: z.literal('role') }),
  z.strictObject({ kind: z.literal('productTeam') }),
  z.strictObject({ kind: z.literal('fte') }),
  z.strictObject({ kind: z.literal('notes') }),
  z.strictObject({ kind: z.literal('assessedOn') }),
  z.strictObject({ kind: z.literal('skill'), skillIds: z.array(Id).min(1).max(50) }),
  z.strictObject({ kind: z.literal('allocation'), responsibilityId: Id }),
  z.strictObject({ kind: z.literal('ignore') }),
]);

const ColumnMappingSchema = z.strictObject({
  index: z.int().min(0).max(16_383),
  header: z.string().max(1000),
  target: ColumnTargetSchema,
  matchedBy: z.enum(['name', 'id', 'alias', 'field', 'user', 'none']),
});

/** A field or a responsibility's time is read from one column: what says which, for two that do. */
const readOnce = (target: z.infer<typeof ColumnTargetSchema>): string | undefined =>
  target.kind === 'skill' || target.kind === 'ignore'
    ? undefined
    : target.kind === 'allocation'
      ? `time on ${JSON.stringify(target.responsibilityId)}`
      : JSON.stringify(target.kind);

export const SheetLayoutSchema = z
  .strictObject({
    sheet: z.string().max(200),
    headerRow: z.int().min(0).max(1_048_575),
    columns: z.array(ColumnMappingSchema).max(16_384),
    levelLabels: z.record(z.string().max(200), z.int().min(0).max(10).nullable()),
    roleValues: z.record(z.string().max(200), Id.nullable()).optional(),
    defaultRole: Id.optional(),
    skipRows: z.array(z.int().min(1).max(1_048_576)).max(1_048_576).optional(),
    keepRows: z.array(z.int().min(1).max(1_048_576)).max(1_048_576).optional(),
  })
  // The dialog never sends these; a layout that did would have a column silently not read.
  .superRefine(({ columns }, ctx) => {
    const indexes = new Map<number, number>();
    const targets = new Map<string, number>();
    columns.forEach(({ index, target }, i) => {
      const before = indexes.get(index);
      if (before !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['columns', i, 'index'],
          message: `column ${index} is also mapped at columns[${before}]`,
        });
      }
      indexes.set(index, i);
      const key = readOnce(target);
      if (key === undefined) return;
      const first = targets.get(key);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['columns', i, 'target'],
          message: `${key} is also read from columns[${first}]; it is read from one column only`,
        });
      } else targets.set(key, i);
    });
  }) satisfies z.ZodType<SheetLayout>;

export const ImportModeSchema = z.enum(['replace', 'merge']);
