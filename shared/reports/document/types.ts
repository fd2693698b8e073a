import type { Table } from '../rows';

/*
 * An export as a document: what it says, independent of how it is written out. The builders
 * (summary for leadership, a job brief per hire, the manager's internal detail) make one of
 * these from the report; the writers turn it into Markdown, or HTML that is printed to PDF.
 * Every string here is plain text from the data: the writers escape it.
 */

/** The three kinds of export a manager forwards. */
export const EXPORT_KINDS = ['summary', 'brief', 'detail'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** What every export says about itself, at its top. */
export interface DocumentMeta {
  /** When the export was made: an ISO date-time with its offset. */
  madeAt: string;
  organisation: string;
  /** The oldest and newest assessed-on dates of the members (yyyy-mm-dd); null when none has one. */
  assessedFrom: string | null;
  assessedTo: string | null;
  /** Members with no assessed-on date, so "as of" is never read as covering them. */
  undatedMembers: number;
  framework: { name: string; version: string };
}

/** A horizontal bar chart: one bar per label, with an optional reference mark (a target, a threshold). */
export interface BarChart {
  title: string;
  /** What the chart shows, in words: the alt text of the image. */
  alt: string;
  /** The unit of the values ("people short", "FTE", "%"). */
  unit: string;
  bars: { label: string; value: number; reference?: number }[];
  /** What the reference mark means ("required holders", "threshold"), when bars have one. */
  referenceLabel?: string;
}

export type Block =
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  /** Term and text pairs: "Seniority: Senior (level 3 of 4)". */
  | { kind: 'facts'; items: { term: string; text: string }[] }
  | { kind: 'table'; table: Table }
  | { kind: 'chart'; chart: BarChart }
  /** A sentence quoted from the framework's source article. */
  | { kind: 'quote'; text: string }
  /** Something the reader must see first: "This document contains personal data." */
  | { kind: 'notice'; text: string }
  /** In print, the next block starts a new page (one job brief per page). */
  | { kind: 'pageBreak' };

export interface ExportDocument {
  kind: ExportKind;
  title: string;
  meta: DocumentMeta;
  /** True when it names or scores people: the writers put a notice first. */
  personalData: boolean;
  blocks: Block[];
}
