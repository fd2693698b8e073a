import { z } from 'zod';
import { MultiLineText, NonEmptyText } from './ids';

export const ProficiencyLevel = z.strictObject({
  level: z.int().min(0).max(10),
  name: NonEmptyText(40),
  description: MultiLineText(500),
});
export type ProficiencyLevel = z.infer<typeof ProficiencyLevel>;

/** A proficiency scale: levels 0..n in order, each with a name and what it means. */
export const ProficiencyScale = z
  .strictObject({
    levels: z.array(ProficiencyLevel).min(2).max(11),
  })
  .superRefine((scale, ctx) => {
    scale.levels.forEach((lvl, index) => {
      if (lvl.level !== index) {
        ctx.addIssue({
          code: 'custom',
          path: ['levels', index, 'level'],
          message: `levels must run 0, 1, 2… in order; expected ${index}, found ${lvl.level}`,
        });
      }
    });
  });
export type ProficiencyScale = z.infer<typeof ProficiencyScale>;

export const maxLevel = (scale: ProficiencyScale): number => scale.levels.length - 1;
