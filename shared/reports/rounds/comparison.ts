import { toCsv } from '../../encode/csv';
import { markdownText } from '../../encode/markdown';
import type { Framework } from '../../domain';
import type { RoundComparison } from '../../rounds/types';
import { teamLabel } from '../document/wording';
import { FALLBACK_PERSONAL_DATA_NOTICE } from '../document/meta-line';
import { comparisonTables, NOT_ASSESSED_TEXT } from './comparison-tables';
import { markdownSection, roundTitle } from './table';

/* What changed between two rounds, as Markdown, CSV and JSON. */

export const COMPARISON_KIND = 'gapwise-round-comparison';
export const COMPARISON_SCHEMA_VERSION = 1;

/** The title: fixed words as Markdown, the rounds' names through the encoder. */
const heading = (c: RoundComparison) =>
  `What changed: ${markdownText(roundTitle(c.from))} → ${markdownText(roundTitle(c.to))}`;

/** The comparison as a Markdown document: a section per table. It names people: the notice comes first. */
export function comparisonToMarkdown(c: RoundComparison, framework: Pick<Framework, 'roles'>): string {
  const out = [`> **${markdownText(FALLBACK_PERSONAL_DATA_NOTICE)}**`, '', `# ${heading(c)}`, ''];
  out.push(
    `${c.joined.length} joined, ${c.left.length} left, ${c.levelChanges.length} level changes, ${c.gapsClosed.length} gaps closed, ${c.gapsOpened.length} gaps opened.`,
    '',
  );
  for (const table of comparisonTables(c, framework)) out.push(...markdownSection(table));
  return out.join('\n');
}

export const COMPARISON_CSV_HEADER = [
  'section',
  'name',
  'id',
  'role',
  'product team',
  'skill',
  'skill id',
  'from',
  'to',
  'up',
  'down',
  'status',
] as const;

/** The comparison as one CSV table, a row per fact, its section in the first column. */
export function comparisonToCsv(c: RoundComparison, framework: Pick<Framework, 'roles'>): string {
  const roleNames = new Map(framework.roles.map((r) => [r.id, r.name]));
  const role = (id: string) => roleNames.get(id) ?? id;
  const level = (v: number | null) => v ?? NOT_ASSESSED_TEXT;
  type Row = (string | number)[];
  const row = (section: string, cells: Partial<Record<(typeof COMPARISON_CSV_HEADER)[number], string | number>>): Row =>
    COMPARISON_CSV_HEADER.map((column) => (column === 'section' ? section : (cells[column] ?? '')));
  const rows: Row[] = [
    // The two rounds first, the date in the "from" column: what every other row compares.
    row('from round', { name: c.from.name, id: c.from.ref, from: c.from.date }),
    row('to round', { name: c.to.name, id: c.to.ref, from: c.to.date }),
    ...c.framework.added.map((s) => row('skill added', { skill: s.name, 'skill id': s.skillId })),
    ...c.framework.retired.map((s) => row('skill retired', { skill: s.name, 'skill id': s.skillId })),
    ...c.framework.renamed.map((s) =>
      row('skill renamed', { skill: s.to, 'skill id': s.skillId, from: s.from, to: s.to }),
    ),
    ...c.joined.map((m) =>
      row('joined', { name: m.name, id: m.memberId, role: role(m.role), 'product team': teamLabel(m.productTeam) }),
    ),
    ...c.left.map((m) =>
      row('left', { name: m.name, id: m.memberId, role: role(m.role), 'product team': teamLabel(m.productTeam) }),
    ),
    ...c.roleChanges.map((r) =>
      row('role change', { name: r.name, id: r.memberId, from: role(r.from), to: role(r.to) }),
    ),
    ...c.levelChanges.map((l) =>
      row('level change', {
        name: l.name,
        id: l.memberId,
        skill: l.skillName,
        'skill id': l.skillId,
        from: level(l.from),
        to: level(l.to),
      }),
    ),
    ...c.bySkill.map((s) => row('skill levels', { skill: s.name, 'skill id': s.skillId, up: s.up, down: s.down })),
    ...c.gapsClosed.map((g) =>
      row('gap closed', { skill: g.name, 'skill id': g.skillId, 'product team': g.productTeam, status: 'closed' }),
    ),
    ...c.gapsOpened.map((g) =>
      row('gap opened', { skill: g.name, 'skill id': g.skillId, 'product team': g.productTeam, status: 'opened' }),
    ),
    ...c.plannedHires.flatMap((h) => [
      row('planned hire', {
        role: h.roleName,
        'product team': h.productTeam ?? '',
        status: h.hired ? 'hired' : 'not hired',
      }),
      ...h.gaps.map((g) =>
        row('planned hire gap', {
          role: h.roleName,
          'product team': g.productTeam,
          skill: g.name,
          'skill id': g.skillId,
          status: g.status,
        }),
      ),
    ]),
    row('engineering FTE carried', { from: c.engineeringFteCarried.from, to: c.engineeringFteCarried.to }),
  ];
  return toCsv(COMPARISON_CSV_HEADER, rows);
}

/** The comparison as JSON: the same fields the app shows, under a kind and version of its own. */
export const comparisonToJson = (c: RoundComparison): string =>
  `${JSON.stringify({ kind: COMPARISON_KIND, schemaVersion: COMPARISON_SCHEMA_VERSION, ...c }, null, 2)}\n`;
