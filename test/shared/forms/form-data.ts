import { inflateRawSync } from 'node:zlib';
import { Workbook, type Worksheet } from 'exceljs';
import { AppData, initialData } from '@shared/data/app-data';
import type { Member } from '@shared/domain';
import { orderedSkills } from '@shared/domain/skill-order';
import { readZipDirectory } from '@shared/interchange/zip-directory';
import { FIRST_SKILL_ROW, LEVEL_COLUMN, NOTES_COLUMN, generalNotesRow } from '@shared/forms/layout';
import { bigOrganisation } from '../../support/big-organisation';
import { builtinFramework, sampleTeam } from '../../support/fixtures';
import { nineMembers, nineOrganisation, NINE_PRODUCT_TEAMS } from '../../support/nine-person-team';

/** Data for the form tests: the built-in framework with `members` (the nine-person team by default). */
export function formData(members?: Member[]): AppData {
  const framework = builtinFramework();
  const data: AppData = {
    ...initialData(sampleTeam(), framework),
    sample: false,
    organisation: { ...nineOrganisation(), productTeams: NINE_PRODUCT_TEAMS },
    members: members ?? nineMembers(framework),
    scenarios: [],
  };
  return AppData.parse(data);
}

/** Two product teams of the 2,000-person organisation (100 people). */
export function bigData(): AppData {
  const framework = builtinFramework();
  const big = bigOrganisation(framework);
  const members = big.members.filter((m) => m.productTeam === 'Payments 1' || m.productTeam === 'Payments 2');
  return AppData.parse({ ...formData(members), organisation: big.organisation });
}

/** The skill ids a form lists, row by row. */
export const formSkillIds = (data: AppData): string[] => orderedSkills(data.framework).map((s) => s.id);

export interface Answers {
  /** Skill index (row order) → what the member typed in the level cell. */
  levels?: Record<number, unknown>;
  notes?: Record<number, unknown>;
  general?: unknown;
}

/** Opens a form with exceljs, lets `edit` change each member sheet (by name), and saves it again. */
export async function editForm(
  bytes: Uint8Array,
  edit: (ws: Worksheet, workbook: Workbook) => void,
  sheets?: (name: string) => boolean,
): Promise<Uint8Array> {
  const workbook = new Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  for (const ws of workbook.worksheets) {
    if (ws.name === 'Levels' || ws.name === 'gapwise') continue;
    if (sheets && !sheets(ws.name)) continue;
    edit(ws, workbook);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Fills in the answer cells of every member sheet, as a member would. */
export function fillIn(answers: Answers, skillCount: number): (ws: Worksheet) => void {
  return (ws) => {
    for (const [i, value] of Object.entries(answers.levels ?? {})) {
      ws.getCell(FIRST_SKILL_ROW + Number(i), LEVEL_COLUMN).value = value as never;
    }
    for (const [i, value] of Object.entries(answers.notes ?? {})) {
      ws.getCell(FIRST_SKILL_ROW + Number(i), NOTES_COLUMN).value = value as never;
    }
    if (answers.general !== undefined) {
      ws.getCell(generalNotesRow(skillCount), NOTES_COLUMN).value = answers.general as never;
    }
  };
}

/** The text of every part of an .xlsx whose name matches `pattern`, by name. */
export function zipParts(bytes: Uint8Array, pattern: RegExp): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readZipDirectory(bytes)) {
    if (!pattern.test(entry.name)) continue;
    const raw = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    out.set(entry.name, new TextDecoder().decode(entry.method === 8 ? inflateRawSync(raw) : raw));
  }
  return out;
}

/** Whether every worksheet of the workbook is protected ("1" or "true": both are XML booleans). */
export function everySheetProtected(bytes: Uint8Array): { sheets: number; protectedSheets: number } {
  const parts = [...zipParts(bytes, /^xl\/worksheets\/[^/]+\.xml$/).values()];
  const protectedSheets = parts.filter((xml) => /<sheetProtection\b[^>]*\bsheet="(1|true)"/.test(xml)).length;
  return { sheets: parts.length, protectedSheets };
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * Whether the cell at `address` of sheet `sheet` is locked, read from the XML (exceljs reads
 * only "0"/"1", LibreOffice writes "false"/"true"). A cell with no style, or a style with no
 * protection element, is locked, as in Excel.
 */
export function cellLocked(bytes: Uint8Array, sheet: string, address: string): boolean {
  const parts = zipParts(bytes, /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|styles\.xml|worksheets\/[^/]+\.xml)$/);
  const sheetTag = [...(parts.get('xl/workbook.xml') ?? '').matchAll(/<sheet\b[^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => attr(tag, 'name') === sheet);
  if (sheetTag === undefined) throw new Error(`no sheet "${sheet}"`);
  const relId = attr(sheetTag, 'r:id');
  const rel = [...(parts.get('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => attr(tag, 'Id') === relId);
  const target = attr(rel ?? '', 'Target')?.replace(/^\/?(xl\/)?/, '');
  const xml = parts.get(`xl/${target}`) ?? '';
  const cell = new RegExp(`<c\\b[^>]*\\br="${address}"[^>]*>`).exec(xml)?.[0];
  const style = Number(attr(cell ?? '', 's') ?? '0');
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(parts.get('xl/styles.xml') ?? '')?.[1] ?? '';
  const xf = [...xfs.matchAll(/<xf\b[^>]*\/>|<xf\b[^>]*>[\s\S]*?<\/xf>/g)][style]?.[0] ?? '';
  const locked = attr(/<protection\b[^>]*>/.exec(xf)?.[0] ?? '', 'locked');
  return !(locked === '0' || locked === 'false');
}
