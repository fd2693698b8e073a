import type { ImportProgress } from '@shared/ipc';

const STAGES: Record<ImportProgress['stage'], string> = {
  reading: 'Reading the file…',
  parsing: 'Opening the workbook…',
  converting: 'Reading rows…',
};

/** Whole percent of the read done; the bar moves by whole steps, as it is read out. */
const percentOf = (progress: ImportProgress | null): number =>
  progress ? Math.round(Math.min(1, Math.max(0, progress.fraction)) * 100) : 0;

/** While main's worker reads the file: the stage, how much of the read is done, and the rows once converting. */
export function ReadProgress({ progress }: { progress: ImportProgress | null }) {
  const percent = percentOf(progress);
  const rows = progress?.stage === 'converting' && progress.total > 0;
  return (
    <div className="import__progress" role="status" aria-live="polite">
      <p>{progress ? STAGES[progress.stage] : 'Choose a file to import…'}</p>
      {/* A native progress bar, determinate from the start; the aria values say the same for every screen reader. */}
      <progress
        aria-label="Reading the spreadsheet"
        max={100}
        value={percent}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent} %`}
      />
      {rows ? (
        <p className="import__progress-count">
          {progress.done.toLocaleString()} of {progress.total.toLocaleString()} rows
        </p>
      ) : null}
    </div>
  );
}
