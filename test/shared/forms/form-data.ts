import { Workbook, type Worksheet } from 'exceljs';
import { AppData, initialData } from '@shared/data/app-data';
import type { Member } from '@shared/domain';
import { orderedSkills } from '@shared/domain/skill-order';
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
