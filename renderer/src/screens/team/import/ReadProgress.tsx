import type { ImportProgress } from '@shared/ipc';

const STAGES: Record<ImportProgress['stage'], string> = {
  reading: 'Reading the file…',
  parsing: 'Opening the workbook…',
  converting: 'Reading rows…',
};

/** While main's worker reads the file: the stage, and the rows read so far when known. */
export function ReadProgress({ progress }: { progress: ImportProgress | null }) {
  const determinate = progress?.stage === 'converting' && progress.total > 0;
  return (
    <div className="import__progress" role="status" aria-live="polite">
      <p>{progress ? STAGES[progress.stage] : 'Choose a file to import…'}</p>
      <progress
        aria-label="Reading the spreadsheet"
        max={determinate ? progress.total : undefined}
        value={determinate ? progress.done : undefined}
      />
      {determinate ? (
        <p className="import__progress-count">
          {progress.done.toLocaleString()} of {progress.total.toLocaleString()} rows
        </p>
      ) : null}
    </div>
  );
}
