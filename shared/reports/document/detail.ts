import type { Report } from '../json-report';
import {
  carriersTable,
  coverageTable,
  EMPTY_TEXT,
  hiresTable,
  memberFitTable,
  productTeamsTable,
  scenarioHiresTable,
  scenariosTable,
  sizeLine,
  structureSources,
  structureTable,
  summaryLines,
  upskillingTable,
  type Table,
} from '../rows';
import type { DocumentInput } from './input';
import { documentMeta } from './meta';
import { timelineDetailBlocks } from './timeline-section';
import type { Block, ExportDocument } from './types';
import { plain } from './wording';
import { budgetBlocks } from './budget-section';

/*
 * The internal detail for the manager: today's plan with names, fit scores and who carries
 * which engineering work, as the full report shows it. It is personal data, and says so first.
 */

export const PERSONAL_DATA_NOTICE =
  'This document contains personal data: the names of team members, their fit scores to each role and the engineering work each of them carries. Keep it to the people who manage the team; forward the summary or the job briefs instead.';

/** A section: its heading, then the table, or a sentence when the table would be empty. */
function section(title: string, table: Table, empty: string): Block[] {
  return [
    { kind: 'heading', level: 2, text: title },
    table.rows.length === 0 ? { kind: 'paragraph', text: empty } : { kind: 'table', table },
  ];
}

export function detailDocument(report: Report, input: DocumentInput, now: Date): ExportDocument {
  const a = report.analysis;
  const s = a.summary;
  const plan = a.plan;
  const blocks: Block[] = [
    { kind: 'notice', text: PERSONAL_DATA_NOTICE },
    {
      kind: 'paragraph',
      text: `${s.members} members: ${s.scientists} in data-science roles, ${s.engineers} in data-engineering roles.`,
    },
    { kind: 'heading', level: 2, text: 'Summary' },
    { kind: 'list', items: summaryLines(a).map(plain) },
    ...section('Recommended hires', hiresTable(a), EMPTY_TEXT.hires),
    ...budgetBlocks(report),
    { kind: 'heading', level: 3, text: 'Assumptions' },
    { kind: 'list', items: plan.assumptions },
    ...section('Data scientists carrying data-engineering work', carriersTable(a), EMPTY_TEXT.carriers),
    ...section('Upskilling alternatives', upskillingTable(a), EMPTY_TEXT.upskilling),
  ];
  if (plan.upskillingNotListed > 0) {
    blocks.push({ kind: 'paragraph', text: `…and ${plan.upskillingNotListed} more members one level short.` });
  }
  blocks.push({ kind: 'heading', level: 2, text: 'Residual gaps' });
  blocks.push(
    plan.residualGaps.length === 0
      ? { kind: 'paragraph', text: EMPTY_TEXT.residual }
      : { kind: 'list', items: plan.residualGaps.map((g) => `${g.name} (${g.gap} short): ${g.reason}`) },
  );
  blocks.push(...section('Member fit', memberFitTable(a), 'The team has no members yet.'));
  blocks.push(...section('Skill coverage', coverageTable(a), 'No required skills.'));
  blocks.push(
    { kind: 'heading', level: 2, text: 'Team structure' },
    { kind: 'paragraph', text: plain(sizeLine(a)) },
    { kind: 'table', table: structureTable(a) },
    ...structureSources(a).map((text): Block => ({ kind: 'quote', text })),
  );
  blocks.push(...section('Product teams', productTeamsTable(a), EMPTY_TEXT.productTeams));
  if (report.scenarios.length > 0) {
    blocks.push(...section('Scenarios', scenariosTable(report), ''));
    blocks.push(...section('Hires in each scenario', scenarioHiresTable(report), 'No scenario needs a hire.'));
  }
  blocks.push(...timelineDetailBlocks(report, input, now));
  return {
    kind: 'detail',
    title: `Hiring plan, internal detail — ${a.organisation.name}`,
    meta: documentMeta(input, report, now),
    personalData: true,
    blocks,
  };
}
