import type { Hire, MustHave, MustHaveWhy } from '../../analysis/types';
import type { Framework, RoleProfile } from '../../domain';
import type { Report } from '../json-report';
import type { DocumentInput } from './input';
import { documentMeta } from './meta';
import type { Block, ExportDocument } from './types';
import { fte, roleInSentence, teamLabel } from './wording';

/*
 * A job brief per hire, for a recruiter: the role, its seniority and product team, why it
 * exists (the work it takes over and the gaps it closes), the skills to screen for with what
 * each level means, the article's responsibilities for the role and what to probe in
 * interviews. It names no current member and shows no score: the hire's reasons in the
 * report name the scientists whose work it takes, so they are not used.
 */

/** Why a skill is a must-have, in words. */
const WHY_TEXT: Record<MustHaveWhy, string> = {
  gap: 'Closes a coverage gap.',
  load: 'Work the hire takes over.',
  'gap-and-load': 'Closes a coverage gap, and is work the hire takes over.',
};
const closesGap = (why: MustHaveWhy): boolean => why === 'gap' || why === 'gap-and-load';

/**
 * The responsibilities that are the role's own work: those of its family and those it owns.
 * A target alone does not make work a role's own (a data engineer knows data preparation
 * without it being their job); a role with neither keeps every targeted responsibility.
 */
function ownResponsibilities(role: RoleProfile, framework: Framework): Framework['skills'] {
  const targeted = framework.skills.filter(
    (s) => s.kind === 'responsibility' && !s.retired && (role.targets[s.id]?.level ?? 0) > 0,
  );
  const owns = new Set(role.owns ?? []);
  const own = targeted.filter((s) => s.area === role.area || owns.has(s.id));
  return own.length > 0 ? own : targeted;
}

/** The article's responsibilities for the role: its own responsibilities with their source sentence. */
function responsibilities(role: RoleProfile, framework: Framework): Block[] {
  const targeted = ownResponsibilities(role, framework);
  const blocks: Block[] = [{ kind: 'heading', level: 3, text: 'Responsibilities of the role' }];
  if (role.description.trim() !== '') blocks.push({ kind: 'paragraph', text: role.description });
  if (role.externalSource !== undefined) {
    const src = role.externalSource;
    blocks.push({
      kind: 'paragraph',
      text: `This role is not in the source article; it is described after ${src.publisher}, “${src.title}”${src.year ? ` (${src.year})` : ''}: ${src.summary}`,
    });
  }
  if (targeted.length > 0) {
    blocks.push({
      kind: 'list',
      items: targeted.map((s) => (s.description.trim() === '' ? s.name : `${s.name}: ${s.description}`)),
    });
  }
  for (const s of targeted) if (s.source !== undefined) blocks.push({ kind: 'quote', text: s.source.quote });
  return blocks;
}

/** What to probe in interviews: the must-haves grouped by level, with what the level means. */
function interviewFocus(hire: Hire): string[] {
  const byLevel = new Map<number, MustHave[]>();
  for (const m of hire.mustHave) byLevel.set(m.level, [...(byLevel.get(m.level) ?? []), m]);
  const lines = [...byLevel]
    .sort(([x], [y]) => y - x)
    .map(([, skills]) => {
      const { levelName, levelDescription } = skills[0]!;
      const what = levelDescription.trim().replace(/\.$/, '');
      return `${skills.map((m) => m.name).join(', ')} at ${levelName}: ask for recent work of their own that shows it${what ? `; the level means: ${what[0]!.toLowerCase()}${what.slice(1)}` : ''}.`;
    });
  if (hire.takesOver.length > 0) {
    lines.push(
      `Taking over running work: how they would take over and improve ${hire.takesOver.map((t) => roleInSentence(t.name)).join(', ')} that others built.`,
    );
  }
  return lines;
}

function briefBlocks(hire: Hire, total: number, framework: Framework): Block[] {
  const role = framework.roles.find((r) => r.id === hire.roleId);
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: `${hire.seniority.label} ${roleInSentence(hire.roleName)}` },
    {
      kind: 'facts',
      items: [
        { term: 'Role', text: hire.roleName },
        { term: 'Seniority', text: `${hire.seniority.label}: ${hire.seniority.basis}` },
        {
          term: 'Product team',
          text: hire.productTeam === null ? 'Any: the role serves every product team' : teamLabel(hire.productTeam),
        },
        { term: 'Priority', text: `${hire.priority} (hire ${hire.number} of ${total})` },
      ],
    },
    { kind: 'heading', level: 3, text: 'Why the role exists' },
  ];
  if (hire.takesOver.length > 0) {
    const total = hire.takesOver.reduce((sum, t) => sum + t.fte, 0);
    const whose =
      hire.replacesFte > 0
        ? 'work now done by data scientists, and the work of someone who leaves'
        : 'data-engineering work now done by data scientists';
    blocks.push({ kind: 'paragraph', text: `Takes over ${fte(total)} of ${whose}:` });
    blocks.push({ kind: 'list', items: hire.takesOver.map((t) => `${t.name}: ${fte(t.fte)}`) });
  }
  const gaps = hire.mustHave.filter((m) => closesGap(m.why));
  blocks.push({
    kind: 'paragraph',
    text:
      gaps.length > 0
        ? `Closes the team's gaps in ${gaps.map((m) => m.name).join(', ')}.`
        : 'Closes no coverage gap: the role exists for the work it takes over.',
  });
  blocks.push({ kind: 'heading', level: 3, text: 'Must-have skills' });
  blocks.push({
    kind: 'table',
    table: {
      header: ['Skill', 'Level', 'Why'],
      rows: hire.mustHave.map((m) => [m.name, `${m.levelName} (${m.level})`, WHY_TEXT[m.why]]),
      numeric: [],
    },
  });
  // What each level asked for means, once per level rather than on every row.
  const levels = new Map(hire.mustHave.map((m) => [m.level, m]));
  blocks.push({
    kind: 'facts',
    items: [...levels.values()]
      .sort((x, y) => y.level - x.level)
      .map((m) => ({ term: `${m.levelName} (${m.level})`, text: m.levelDescription })),
  });
  blocks.push({ kind: 'heading', level: 3, text: 'Nice to have' });
  blocks.push(
    hire.niceToHave.length === 0
      ? { kind: 'paragraph', text: 'Nothing beyond the must-haves.' }
      : { kind: 'list', items: hire.niceToHave.map((n) => `${n.name} at ${n.levelName} (${n.level})`) },
  );
  if (role !== undefined) blocks.push(...responsibilities(role, framework));
  blocks.push({ kind: 'heading', level: 3, text: 'Interview focus areas' });
  blocks.push({ kind: 'list', items: interviewFocus(hire) });
  return blocks;
}

const briefTitle = (hire: Hire): string =>
  `Job brief: ${hire.roleName}${hire.productTeam ? ` for ${hire.productTeam}` : ''} (hire ${hire.number})`;

/** One job brief per recommended hire, in plan order. */
export function briefDocuments(report: Report, input: DocumentInput, now: Date): ExportDocument[] {
  const meta = documentMeta(input, report, now);
  const hires = report.analysis.plan.hires;
  return hires.map((hire) => ({
    kind: 'brief',
    title: briefTitle(hire),
    meta,
    personalData: false,
    blocks: briefBlocks(hire, hires.length, input.framework),
  }));
}

/** Every job brief in one document, each starting on a new page. */
export function allBriefsDocument(report: Report, input: DocumentInput, now: Date): ExportDocument {
  const briefs = briefDocuments(report, input, now);
  const blocks: Block[] =
    briefs.length === 0
      ? [{ kind: 'paragraph', text: 'No hires recommended, so there is no job brief to write.' }]
      : briefs.flatMap((b, i): Block[] => [...(i > 0 ? [{ kind: 'pageBreak' } as const] : []), ...b.blocks]);
  return {
    kind: 'brief',
    title: `Job briefs — ${report.analysis.organisation.name}`,
    meta: documentMeta(input, report, now),
    personalData: false,
    blocks,
  };
}
