/*
 * The requests the page has sent to main and main has not yet answered, so a test can wait
 * for main as a person waits for the app: a write or a spreadsheet read in main takes more
 * than one turn of the event loop (exceljs reads and writes in steps).
 */

const inFlight = new Set<Promise<unknown>>();

/** Counts `answer` as in flight until it settles, and returns it. */
export function track<T>(answer: Promise<T>): Promise<T> {
  inFlight.add(answer);
  const done = () => inFlight.delete(answer);
  answer.then(done, done);
  return answer;
}

/** Resolves once every request sent so far, and every one sent while waiting, has been answered. */
export async function allAnswered(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}

/** True when main has answered every request sent so far. */
export const nothingInFlight = (): boolean => inFlight.size === 0;
