import { basename, join } from 'node:path';
import type { AppData } from '@shared/data';
import { readSelfAssessmentForm, selfAssessmentForms } from '@shared/forms';
import type { FormsImported } from '@shared/ipc';
import type { SelfAssessment } from '@shared/rounds/schema';
import type { Handlers } from './dispatcher';
import { HandlerError } from './errors';
import type { HandlerDeps } from './handlers';
import { todayOf } from './round-refs';

type FormChannels = 'forms:export' | 'forms:import' | 'selfAssessment:decide';

const FORMS = { name: 'Self-assessment forms (Excel)', extensions: ['xlsx'] };

/** The forms, each replacing the one stored for its member; `forms` later in the list win. */
function withForms(current: readonly SelfAssessment[], forms: readonly SelfAssessment[]): SelfAssessment[] {
  const byMember = new Map(forms.map((f) => [f.memberId, f]));
  return [...current.filter((f) => !byMember.has(f.memberId)), ...byMember.values()];
}

/**
 * Self-assessment forms: written into a folder, read back many at once (each good form taken,
 * each refused one reported with its reason), and the manager's decision per self rating.
 */
export function createFormHandlers(
  deps: HandlerDeps,
  change: (fn: (data: AppData) => AppData) => Promise<AppData>,
  writeChosenFile: (file: string, data: string | Uint8Array) => Promise<void>,
): Pick<Handlers, FormChannels> {
  const { store } = deps;

  return {
    'forms:export': async ({ memberIds, perTeam }) => {
      const data = store.data();
      if (memberIds !== undefined) {
        const known = new Set(data.members.map((m) => m.id));
        const unknown = memberIds.findIndex((id) => !known.has(id));
        if (unknown >= 0) {
          throw new HandlerError('not-found', `no member has the id "${memberIds[unknown]}"`, `memberIds.${unknown}`);
        }
        if (memberIds.length === 0) throw new HandlerError('invalid-request', 'no member was chosen', 'memberIds');
      } else if (data.members.length === 0) {
        throw new HandlerError('invalid-request', 'the team has no members to send forms to');
      }
      const folder = await deps.chooseFolder({ title: 'Choose a folder for the self-assessment forms' });
      if (folder === null) return null;
      // Made in full before anything is written: a failure leaves no half-made set of forms.
      const forms = await selfAssessmentForms(data, {
        ...(memberIds !== undefined ? { memberIds } : {}),
        perTeam,
        now: deps.now().toISOString(),
      });
      const files: string[] = [];
      for (const form of forms) {
        // The writer names files from people's names: only a plain name may land in the folder.
        const name = basename(form.fileName);
        if (name !== form.fileName || name === '' || name.startsWith('.')) {
          throw new HandlerError('internal', `a form was given the file name "${form.fileName}"`);
        }
        const file = join(folder, name);
        await writeChosenFile(file, form.bytes);
        files.push(file);
      }
      return { file: folder, files };
    },

    'forms:import': async (): Promise<FormsImported | null> => {
      const files = await deps.chooseFilesToOpen({ title: 'Import returned self-assessment forms', filters: [FORMS] });
      if (files === null || files.length === 0) return null;
      const data = store.data();
      const today = todayOf(deps.now);
      const refused: FormsImported['refused'] = [];
      const taken: { file: string; form: SelfAssessment }[] = [];
      for (const file of files) {
        const name = basename(file);
        let bytes: Uint8Array;
        try {
          bytes = await deps.readFileBytes(file);
        } catch (error) {
          refused.push({ file: name, reason: `it could not be read: ${(error as Error).message}` });
          continue;
        }
        let read: Awaited<ReturnType<typeof readSelfAssessmentForm>>;
        try {
          read = await readSelfAssessmentForm(bytes, name, data, today);
        } catch (error) {
          refused.push({ file: name, reason: `it could not be read as a form: ${(error as Error).message}` });
          continue;
        }
        if (!read.ok) refused.push({ file: name, reason: withoutFileName(read.reason, name) });
        else for (const form of read.forms) taken.push({ file: name, form });
      }
      if (taken.length === 0) return { data: store.data(), imported: [], refused };
      const imported: FormsImported['imported'] = [];
      const next = await change((current) => {
        const names = new Map(current.members.map((m) => [m.id, m.name]));
        const forms: SelfAssessment[] = [];
        for (const { file, form } of taken) {
          const memberName = names.get(form.memberId);
          // Someone deleted while the forms were read: said, not dropped.
          if (memberName === undefined) {
            refused.push({ file, reason: `no member has the id "${form.memberId}" any more` });
            continue;
          }
          forms.push(form);
          imported.push({ file, memberId: form.memberId, name: memberName });
        }
        return forms.length === 0
          ? current
          : { ...current, selfAssessments: withForms(current.selfAssessments, forms) };
      });
      return { data: next, imported, refused };
    },

    'selfAssessment:decide': ({ memberId, skillId, decision }) =>
      change((data) => {
        const member = data.members.find((m) => m.id === memberId);
        if (!member) throw new HandlerError('not-found', `no member has the id "${memberId}"`, 'memberId');
        const form = data.selfAssessments.find((f) => f.memberId === memberId);
        if (!form) {
          throw new HandlerError('not-found', `${member.name} has not returned a self-assessment`, 'memberId');
        }
        const rating = form.ratings[skillId];
        if (rating === undefined) {
          throw new HandlerError('not-found', `${member.name}'s self-assessment does not rate "${skillId}"`, 'skillId');
        }
        if (decision === 'accepted' && rating === 'not-observed') {
          throw new HandlerError(
            'invalid-request',
            `${member.name} marked "${skillId}" as not observed: there is no level to accept; keep yours (override) instead`,
            'decision',
          );
        }
        const decided = { ...form, decisions: { ...form.decisions, [skillId]: decision } };
        const selfAssessments = data.selfAssessments.map((f) => (f === form ? decided : f));
        if (decision === 'overridden' || rating === 'not-observed') return { ...data, selfAssessments };
        // Accepted: the self rating becomes the manager's level, the one the analysis uses.
        const accepted = { ...member, levels: { ...member.levels, [skillId]: rating } };
        return {
          ...data,
          members: data.members.map((m) => (m === member ? accepted : m)),
          selfAssessments,
        };
      }),
  };
}

/**
 * The reader's reason without its leading "<file>: ": the reader names the file for the CLI's
 * one-line messages, while the import summary already shows the file beside its reason.
 */
function withoutFileName(reason: string, file: string): string {
  return reason.startsWith(`${file}: `) ? reason.slice(file.length + 2) : reason;
}
