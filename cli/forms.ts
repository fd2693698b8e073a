import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { selfAssessmentForms } from '../shared/forms';
import { UserError, writeFileAtomic } from './files';
import type { CliIo, TerminalOutput } from './output';
import { loadAppData } from './subject';

/*
 * `gapwise forms <data-file> --out <dir> [--per-team]`: the self-assessment forms of the
 * app's data file, one .xlsx per member (or per product team), written into a folder. A
 * form never replaces a file already there: it gets the next free name (" (2)") and the
 * command says so. Names are compared ignoring case, as Windows and macOS do.
 */

/** `name`, or "stem (n).xlsx" for the first n from 2 that `taken` (lower-cased) does not hold. */
function freeName(name: string, taken: Set<string>): string {
  const stem = name.replace(/\.xlsx$/, '');
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n}).xlsx`;
  return candidate;
}

/** The folder, made when missing; a UserError when it is a file or cannot be made. */
function outputFolder(dir: string): void {
  try {
    if (statSync(dir).isDirectory()) return;
    throw new UserError(`--out ${dir}: is a file, not a folder`);
  } catch (e) {
    if (e instanceof UserError) throw e;
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new UserError(`--out ${dir}: cannot be used (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    }
  }
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new UserError(`--out ${dir}: cannot be made (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

export async function formsCommand(
  file: string,
  name: string,
  options: { out: string | undefined; perTeam: boolean },
  io: CliIo,
  output: TerminalOutput,
): Promise<void> {
  if (options.out === undefined) throw new UserError('forms: name the folder to write the forms to with --out <dir>');
  const subject = await loadAppData(
    file,
    io,
    output.err,
    () =>
      `${name}: forms needs the app's data file (gapwise-data.json or a "Save all data" file), which has the members' ids`,
  );
  const now = (io.now?.() ?? new Date()).toISOString();
  const forms = await selfAssessmentForms(subject.data, { perTeam: options.perTeam, now });
  if (forms.length === 0) {
    output.out(`${name}: no members, so no forms to write\n`);
    return;
  }
  outputFolder(options.out);
  const taken = new Set(readdirSync(options.out).map((entry) => entry.toLowerCase()));
  for (const form of forms) {
    const fileName = freeName(form.fileName, taken);
    taken.add(fileName.toLowerCase());
    const path = join(options.out, fileName);
    writeFileAtomic(path, form.bytes);
    if (fileName !== form.fileName) {
      output.err(`gapwise: ${join(options.out, form.fileName)} already exists; wrote ${fileName} beside it\n`);
    }
    output.out(`${path}\n`);
  }
  const what = options.perTeam ? 'product team' : 'member';
  output.err(`gapwise: wrote ${forms.length} self-assessment form${forms.length === 1 ? '' : 's'}, one per ${what}\n`);
}
