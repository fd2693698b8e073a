import sampleTeamJson from '../../resources/sample-team.json';
import { initialData, type AppData } from '@shared/data';
import { TeamFile } from '@shared/domain';
import { builtinFramework } from '@shared/io';
import { DATA_DIR_ENV } from './data-dir';
import { StoreRefusedError } from './store';

/** First-run data: the bundled sample team on the built-in framework, marked as sample. */
export function firstRunData(): AppData {
  return initialData(TeamFile.parse(sampleTeamJson), builtinFramework());
}

/** Why the data folder could not be used, in the words a person would use, by Node's error code. */
const FOLDER_PROBLEMS: Record<string, string> = {
  EROFS: 'it is on a read-only disk or share',
  EACCES: 'you do not have permission to use it',
  EPERM: 'the system refused access (its permissions, or another program such as an antivirus holding a file)',
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is used up',
};

/** What to tell a person when the store cannot be opened: a title and a message for an error box. */
export function startupFailureMessage(error: unknown, dataDir: string): { title: string; message: string } {
  if (error instanceof StoreRefusedError) {
    return {
      title: 'Gapwise cannot open this data',
      message: `${error.message}\n\nThe data file was left untouched: ${error.file}`,
    };
  }
  const code = (error as { code?: unknown } | null)?.code;
  const problem = typeof code === 'string' ? FOLDER_PROBLEMS[code] : undefined;
  if (problem) {
    return {
      title: 'Gapwise could not start',
      message:
        `Gapwise keeps its data in ${dataDir}, but cannot use that folder: ${problem} (${code}).\n\n` +
        `Make the folder writable, or start Gapwise with ${DATA_DIR_ENV} set to a folder that is.`,
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    title: 'Gapwise could not start',
    message: `The data folder could not be opened: ${dataDir}\n\n${detail}`,
  };
}
