import { z } from 'zod';
import { Id, MultiLineText, NonEmptyText, Text } from './ids';

/** A level on the framework's scale; the scale's top is checked against the framework. */
export const Level = z.int().min(0).max(10);

/** Percent of a member's working time spent on one responsibility. */
export const Percent = z.number().min(0).max(100);

export const Member = z
  .strictObject({
    id: Id,
    name: NonEmptyText(120),
    /** The member's job title as written on the org chart, e.g. "Senior data scientist". */
    title: Text(120).optional(),
    /** The framework role the member is employed as, or "other" (OTHER_ROLE_ID) with their title. */
    role: Id,
    productTeam: Text(120),
    /** Full-time equivalent, 0.1–1. */
    fte: z.number().min(0.1).max(1),
    levels: z.record(Id, Level),
    allocation: z.record(Id, Percent),
    notes: MultiLineText(5000).optional(),
    assessedOn: z.iso.date().optional(),
  })
  .superRefine((member, ctx) => {
    const total = Object.values(member.allocation).reduce((sum, pct) => sum + pct, 0);
    // Rounding in spreadsheets produces 100.0000001; anything beyond that is a real error.
    if (total > 100 + 1e-6) {
      ctx.addIssue({
        code: 'custom',
        path: ['allocation'],
        message: `time allocation adds up to ${Math.round(total * 10) / 10} %, more than 100 %`,
      });
    }
  });
export type Member = z.infer<typeof Member>;
