import sampleTeamJson from '../../resources/sample-team.json';
import { initialData, type AppData } from '../../shared/data';
import { TeamFile } from '../../shared/domain';
import { builtinFramework } from '../../shared/io';
import { StoreRefusedError } from './store';

/** First-run data: the bundled sample team on the built-in framework, marked as sample. */
export function firstRunData(): AppData {
  return initialData(TeamFile.parse(sampleTeamJson), builtinFramework());
}

/** What to tell a person when the store cannot be opened: a title and a message for an error box. */
export function startupFailureMessage(error: unknown, dataDir: string): { title: string; message: string } {
  if (error instanceof StoreRefusedError) {
    return {
      title: 'Gapwise cannot open this data',
      message: `${error.message}\n\nThe data file was left untouched: ${error.file}`,
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    title: 'Gapwise could not start',
    message: `The data folder could not be opened: ${dataDir}\n\n${detail}`,
  };
}
