import { Workbook } from 'exceljs';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Member } from '@shared/domain';
import { compareRounds } from '@shared/rounds/compare';
import { todayLabel } from '@shared/rounds/round-view';
import { trendPoint } from '@shared/rounds/trend-point';
import { trendsTable } from '@shared/rounds/trends-table';
import {
  COMPARISON_CSV_HEADER,
  comparisonFile,
  comparisonToCsv,
  comparisonToJson,
  comparisonToMarkdown,
  TRENDS_CSV_HEADER,
  trendsFile,
  trendsToCsv,
  trendsToJson,
  trendsToMarkdown,
} from '@shared/reports/rounds';
import { builtinFramework } from '../../support/fixtures';
import { renameSkill, retireSkill, withoutLevel } from './framework-edits';
import { closeRound, mixedTeam } from './round-fixtures';

/* Names that would be markup, links or formulas if written as they are. */
const HOSTILE = {
  script: '<script>alert(1)</script>',
  link: '[link](javascript:x)',
  pipe: 'a | b',
  stars: '*not bold*',
  url: 'https://evil.example/path',
  formula: '=HYPERLINK("https://evil.example","x")',
};

const renderer = new MarkdownIt({ html: true, linkify: true });
const flatten = (tokens: Token[]): Token[] => tokens.flatMap((t) => [t, ...flatten(t.children ?? [])]);
const textOf = (tokens: Token[]): string =>
  flatten(tokens)
    .filter((t) => t.type === 'text' || t.type === 'text_special')
    .map((t) => t.content)
    .join('');

const v1 = builtinFramework();
const { organisation: org, members } = mixedTeam(v1);
const organisation = { ...org, name: HOSTILE.link };
const v2 = renameSkill(retireSkill(v1, 'version-control-ci'), 'sql', HOSTILE.stars);
const renamed: Member[] = members.map((m, i) => ({
  ...withoutLevel(m, 'version-control-ci'),
  name: i === 1 ? HOSTILE.script : i === 2 ? HOSTILE.formula : m.name,
  productTeam: i === 1 ? HOSTILE.pipe : m.productTeam,
}));
const q1 = closeRound({ organisation, members, framework: v1 }, { id: 'q1', name: HOSTILE.url, date: '2027-03-31' });
const todayMembers: Member[] = [
  ...renamed
    .slice(1)
    .map((m, i) => (i === 0 ? { ...m, levels: { ...m.levels, sql: 4 } } : i === 1 ? { ...m, role: 'ml-engineer' } : m)),
  { ...renamed[0]!, id: 'new', name: HOSTILE.link, productTeam: HOSTILE.pipe },
];
const today = {
  label: todayLabel('2027-06-30'),
  organisation,
  members: todayMembers,
  framework: v2,
  selfAssessments: [],
  candidates: [],
};
const comparison = compareRounds(q1.view, today);
const trends = trendsTable([q1.entry], { label: today.label, point: trendPoint(today, today.label.date) }, v2, [v1]);

function expectOnlyText(markdown: string, names: string[]) {
  const tokens = renderer.parse(markdown, {});
  const all = flatten(tokens);
  expect(
    all.filter(
      (t) => /html|link|image|strong|em|code/.test(t.type) && t.type !== 'strong_open' && t.type !== 'strong_close',
    ),
  ).toEqual([]);
  // The one strong is the personal-data notice's, when there is one.
  const cells = all.filter((t) => t.type === 'inline').map((t) => textOf([t]));
  for (const name of names) expect(cells.some((cell) => cell === name || cell.includes(name))).toBe(true);
}

describe('the comparison as Markdown', () => {
  const markdown = comparisonToMarkdown(comparison, v2);

  it('renders every name from the data as text, never as markup', () => {
    expectOnlyText(markdown, [HOSTILE.script, HOSTILE.link, HOSTILE.pipe, HOSTILE.stars, HOSTILE.url, HOSTILE.formula]);
  });

  it('opens with the personal-data notice, then a section per table', () => {
    const tokens = renderer.parse(markdown, {});
    expect(tokens[0]!.type).toBe('blockquote_open');
    const headings = tokens
      .map((t, i) => (t.type === 'heading_open' ? textOf([tokens[i + 1]!]) : null))
      .filter((h) => h !== null);
    expect(headings[0]).toBe(`What changed: ${HOSTILE.url} (2027-03-31) → Today (2027-06-30)`);
    expect(headings).toContain('Joined');
    expect(headings).toContain('Planned hires');
    // The joined member's row: name, role name, product team, as cells of one table row.
    const joinedRow = flatten(tokens)
      .filter((t) => t.type === 'inline')
      .map((t) => textOf([t]));
    const at = joinedRow.indexOf(HOSTILE.link);
    expect(joinedRow.slice(at, at + 3)).toEqual([HOSTILE.link, 'Data scientist', HOSTILE.pipe]);
  });
});

describe('the comparison as CSV and JSON', () => {
  it('writes a row per fact with formulas neutralised', () => {
    const parsed = Papa.parse<string[]>(comparisonToCsv(comparison, v2), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual([...COMPARISON_CSV_HEADER]);
    const joined = parsed.filter((r) => r[0] === 'joined');
    expect(joined).toEqual([
      ['joined', HOSTILE.link, 'new', 'Data scientist', HOSTILE.pipe, '', '', '', '', '', '', ''],
    ]);
    const left = parsed.filter((r) => r[0] === 'left').map((r) => r[2]);
    expect(left).toEqual(['ana']);
    const retired = parsed.find((r) => r[0] === 'skill retired')!;
    expect(retired[6]).toBe('version-control-ci');
    const renamedRow = parsed.find((r) => r[0] === 'skill renamed')!;
    expect(renamedRow.slice(5, 9)).toEqual([HOSTILE.stars, 'sql', 'SQL', HOSTILE.stars]);
    // A name that is a formula gets the apostrophe a spreadsheet shows as text.
    expect(parsed.some((r) => r[1] === `'${HOSTILE.formula}`)).toBe(true);
    expect(parsed.some((r) => r[1] === HOSTILE.formula)).toBe(false);
    expect(parsed.filter((r) => r[0] === 'level change').length).toBe(comparison.levelChanges.length);
  });

  it('writes JSON that reads back as the comparison', () => {
    const { kind, schemaVersion, ...rest } = JSON.parse(comparisonToJson(comparison)) as Record<string, unknown>;
    expect([kind, schemaVersion]).toEqual(['gapwise-round-comparison', 1]);
    expect(rest).toEqual(comparison);
  });

  it('writes a workbook with a sheet per section', async () => {
    const wb = new Workbook();
    await wb.xlsx.load((await comparisonFile(comparison, 'xlsx', v2)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((ws) => ws.name)).toContain('Joined');
    const joined = wb.getWorksheet('Joined')!;
    expect(joined.getRow(2).values).toEqual([undefined, HOSTILE.link, 'Data scientist', HOSTILE.pipe]);
    const levels = wb.getWorksheet('Level changes')!;
    expect(levels.rowCount).toBe(comparison.levelChanges.length + 1);
  });
});

describe('the trends', () => {
  it('render as Markdown with every name as text', () => {
    const markdown = trendsToMarkdown(trends, organisation.name);
    expectOnlyText(markdown, [HOSTILE.link, HOSTILE.stars, HOSTILE.url]);
    expect(markdown).toContain('retired after');
  });

  it('write one long CSV row per table, series and round', () => {
    const parsed = Papa.parse<string[]>(trendsToCsv(trends), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual([...TRENDS_CSV_HEADER]);
    const sql = parsed.filter((r) => r[0]!.startsWith('Coverage per skill') && r[2] === 'sql');
    expect(sql.map((r) => [r[1], r[5], r[7]])).toEqual([
      [HOSTILE.stars, 'q1', String(trends.skills.find((s) => s.skillId === 'sql')!.cells[0]!.holders)],
      [HOSTILE.stars, 'today', String(trends.skills.find((s) => s.skillId === 'sql')!.cells[1]!.holders)],
    ]);
    const retired = parsed.filter((r) => r[0]!.startsWith('Coverage per skill') && r[2] === 'version-control-ci');
    expect(retired.map((r) => r[7])).toEqual([expect.stringMatching(/^\d+$/), '']);
    expect(retired[0]![3]).toMatch(/^retired after /);
  });

  it('write JSON of the tables and a workbook with a sheet per chart', async () => {
    const json = JSON.parse(trendsToJson(trends)) as { kind: string; columns: unknown };
    expect(json.kind).toBe('gapwise-trends');
    expect(json.columns).toEqual(trends.columns);
    const wb = new Workbook();
    await wb.xlsx.load((await trendsFile(trends, 'xlsx', organisation.name)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((ws) => ws.name)[0]).toBe('Rounds');
    expect(wb.getWorksheet('Rounds')!.getRow(2).values).toEqual([
      undefined,
      HOSTILE.url,
      '2027-03-31',
      'q1',
      v1.id,
      v1.version,
    ]);
    const headcount = wb.worksheets.find((ws) => ws.name.startsWith('Headcount'))!;
    const total = headcount.getRow(headcount.rowCount).values as unknown[];
    expect(total.slice(1)).toEqual(['Total', '', 9, 9]);
  });
});
