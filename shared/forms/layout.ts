/*
 * Where everything sits in a self-assessment form. The writer and the reader share these,
 * so a form reads back only when its structure is the one written. The hidden sheet also
 * records the rows, so a form stays readable by the build that wrote it.
 */

/** The hidden sheet that matches a form to its members (veryHidden: Excel offers no way to show it). */
export const META_SHEET = 'gapwise';
/** The visible sheet with the scale's level names and descriptions; the drop-downs list its names. */
export const LEVELS_SHEET = 'Levels';
/** What the first cell of the hidden sheet says, so any other workbook is told apart. */
export const FORM_KIND = 'gapwise-self-assessment-form';
/** The layout version this build writes and reads. */
export const FORM_FORMAT = 1;

/** The drop-down choice for a skill the member has had no chance to show. */
export const NOT_OBSERVED_LABEL = 'Not observed';
/** What the label cell of the general notes row says. */
export const GENERAL_NOTES_LABEL = 'General notes';

/** Header rows at the top of a member sheet: name, role, product team, framework, how to fill in. */
export const NAME_ROW = 1;
export const HEADER_ROW = 7;
/** The first skill row; one row per skill follows, in the framework's one order. */
export const FIRST_SKILL_ROW = 8;

/** Columns of a member sheet (1-based). */
export const SKILL_COLUMN = 1;
export const AREA_COLUMN = 2;
export const LEVEL_COLUMN = 3;
export const NOTES_COLUMN = 4;
export const DESCRIPTION_COLUMN = 5;

/** The general notes row: one blank row after the last skill. */
export const generalNotesRow = (skillCount: number): number => FIRST_SKILL_ROW + skillCount + 1;

/** Cell address such as "C12" for a 1-based column up to Z (the forms use A–E). */
export const cellAddress = (column: number, row: number): string => `${String.fromCharCode(64 + column)}${row}`;

/** A form id: letters, digits and hyphens, like the one the writer makes. */
export const FORM_ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;
