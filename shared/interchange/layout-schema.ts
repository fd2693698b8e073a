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

export const SheetLayoutSchema = z.strictObject({
  sheet: z.string().max(200),
  headerRow: z.int().min(0).max(1_048_575),
  columns: z.array(ColumnMappingSchema).max(16_384),
  levelLabels: z.record(z.string().max(200), z.int().min(0).max(10).nullable()),
  roleValues: z.record(z.string().max(200), Id.nullable()).optional(),
  defaultRole: Id.optional(),
  skipRows: z.array(z.int().min(1).max(1_048_576)).max(1_048_576).optional(),
  keepRows: z.array(z.int().min(1).max(1_048_576)).max(1_048_576).optional(),
}) satisfies z.ZodType<SheetLayout>;

export const ImportModeSchema = z.enum(['replace', 'merge']);
