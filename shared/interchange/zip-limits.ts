/*
 * How much a workbook may unpack to, set from what a real 10,000-person matrix needs (the
 * app's largest supported team) rather than from what a machine can survive.
 *
 * Measured: the app's own export of 10,000 people × 65 columns (a "Team" sheet with
 * everyone and one sheet per product team, so every person twice) unpacks to 37.4 MB and
 * holds 1.3 million cells; the same workbook saved again by LibreOffice 7.4 unpacks to
 * 46.0 MB. Reading it takes exceljs about 550 MB of memory, roughly 400 bytes per cell.
 */

/** Three times LibreOffice's 46.0 MB for the 10,000-person matrix. */
export const MAX_UNCOMPRESSED_BYTES = 140 * 1024 * 1024;

/**
 * Twice the 1.3 million cells of the 10,000-person export. Bytes alone do not bound
 * exceljs's memory: 140 MB of tiny cells (`<c/>`) is over thirty million of them, and
 * 4 million small number cells already took exceljs 2.1 GB.
 */
export const MAX_WORKBOOK_CELLS = 2_600_000;
