import { writeFile } from 'node:fs/promises';
import { Workbook } from 'exceljs';
import { createDispatcher } from '@main/ipc/dispatcher';
import { createHandlers } from '@main/ipc/handlers';
import { mapStoreError } from '@main/ipc/store-errors';
import { openStore } from '@main/store';
import type { AppData } from '@shared/data';
import type { Member } from '@shared/domain';
import { orderedSkills } from '@shared/domain/skill-order';
import { NOT_OBSERVED_LABEL, selfAssessmentForms } from '@shared/forms';
import { FIRST_SKILL_ROW, LEVEL_COLUMN, NOTES_COLUMN } from '@shared/forms/layout';
import type { Channel } from '@shared/ipc';
import { testHandlerDeps } from '../../electron/ipc/test-deps';

/*
 * History for the screenshots: two closed rounds with the team changing between them, and
 * a returned self-assessment form, made through main's own handlers and store on the data
 * folder before the app opens it (the same requests the Rounds screen and the forms dialog send).
 */

const APP_URL = 'app://gapwise/index.html';

type Call = (channel: Channel, request: unknown) => Promise<AppData>;

/** Opens the store in `dataDir`, lets `steps` send requests, and writes what is pending. */
async function onDataDir(dataDir: string, steps: (call: Call) => Promise<void>, openMany: string[] = []) {
  const { store } = await openStore({
    dir: dataDir,
    initial: () => {
      throw new Error(`${dataDir} holds no data file`);
    },
  });
  const deps = testHandlerDeps(store, { open: () => null, save: () => null, openMany: () => openMany });
  const dispatch = createDispatcher({
    handlers: createHandlers(deps),
    isTrustedSender: (url) => url === APP_URL,
    mapError: mapStoreError,
  });
  const call: Call = async (channel, request) => {
    const result = await dispatch(channel, { senderFrame: { url: APP_URL } }, [request]);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return store.data();
  };
  await steps(call);
  await store.flush();
}

/** `member` with `count` of their levels below the top raised by one, assessed on `date`. */
function raised(member: Member, skillIds: string[], top: number, count: number, date: string): Member {
  const levels = { ...member.levels };
  let left = count;
  for (const id of skillIds) {
    const level = levels[id];
    if (left === 0) break;
    if (level === undefined || level >= top) continue;
    levels[id] = level + 1;
    left -= 1;
  }
  return { ...member, levels, assessedOn: date };
}

/**
 * Closes "2026 Q1 review", raises some levels and hires a data engineer, closes "2026 Q3
 * review", then raises a few more levels in the open round, so the trends have three points
 * and "What changed" has something to say.
 */
export function twoClosedRounds(dataDir: string): Promise<void> {
  return onDataDir(dataDir, async (call) => {
    let data = await call('round:close', { name: '2026 Q1 review', date: '2026-03-31' });
    const skillIds = orderedSkills(data.framework).map((s) => s.id);
    const top = data.framework.scale.levels.length - 1;
    const scientists = data.members.filter((m) => m.role === 'data-scientist').slice(0, 3);
    for (const member of scientists) {
      data = await call('member:save', { member: raised(member, skillIds, top, 3, '2026-09-15') });
    }
    const engineer = data.members.find((m) => m.role === 'data-engineer') ?? data.members[0]!;
    const hire: Member = {
      ...raised(engineer, skillIds, top, 4, '2026-09-20'),
      id: 'lena-novak',
      name: 'Lena Novak',
      title: 'Data engineer',
    };
    data = await call('member:save', { member: hire });
    data = await call('round:close', { name: '2026 Q3 review', date: '2026-09-30' });
    const later = data.members.filter((m) => m.role === 'data-scientist').slice(3, 5);
    for (const member of later) {
      data = await call('member:save', { member: raised(member, [...skillIds].reverse(), top, 2, '2026-11-20') });
    }
  });
}

/**
 * `memberId`'s form, filled in as the member would: most levels as the manager has them,
 * some one above, two skills two levels apart (flagged) and one "Not observed". Written to
 * `file`; returns the path.
 */
export async function returnedForm(data: AppData, memberId: string, file: string): Promise<string> {
  const [form] = await selfAssessmentForms(data, { memberIds: [memberId], perTeam: false, now: '2026-12-01' });
  const member = data.members.find((m) => m.id === memberId)!;
  const names = data.framework.scale.levels.map((l) => l.name);
  const top = names.length - 1;
  const workbook = new Workbook();
  await workbook.xlsx.load(Buffer.from(form!.bytes) as never);
  const sheet = workbook.worksheets.find((ws) => ws.name !== 'Levels' && ws.name !== 'gapwise')!;
  const skills = orderedSkills(data.framework);
  const managerLevel = (id: string) => member.levels[id] ?? 1;
  // Two skills where a two-level difference fits on the scale: one rated higher, one lower.
  const higher = skills.findIndex((s) => managerLevel(s.id) <= top - 2);
  const lower = skills.findIndex((s, i) => i !== higher && managerLevel(s.id) >= 2);
  skills.forEach((skill, i) => {
    const manager = managerLevel(skill.id);
    const self =
      i === higher ? manager + 2 : i === lower ? manager - 2 : i % 4 === 1 ? Math.min(top, manager + 1) : manager;
    const notObserved = i === skills.length - 1;
    sheet.getCell(FIRST_SKILL_ROW + i, LEVEL_COLUMN).value = notObserved ? NOT_OBSERVED_LABEL : names[self]!;
    if (i === higher)
      sheet.getCell(FIRST_SKILL_ROW + i, NOTES_COLUMN).value = 'Led the churn model rebuild this quarter';
  });
  await writeFile(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return file;
}

/** Imports the returned forms at `files` through forms:import, as the forms dialog does. */
export function importForms(dataDir: string, files: string[]): Promise<void> {
  return onDataDir(dataDir, (call) => call('forms:import', {}).then(() => undefined), files);
}
