import type { BenchmarksFile } from '@shared/domain';
import { BENCHMARKS_FILE_NAME, describeProblem, readShippedBenchmarks, type Parsed } from '@shared/io';
import type { Handlers } from './dispatcher';
import { HandlerError } from './errors';

/**
 * The published figures the dashboard sets the team's beside. They ship inside main's bundle
 * (resources/benchmarks.json, imported as the built-in framework is), so the packaged app
 * needs no extra file. An invalid file is refused with the file and the field named, not as
 * an unexplained failure.
 */
export function createBenchmarkHandlers(
  readBenchmarks: () => Parsed<BenchmarksFile> = readShippedBenchmarks,
): Pick<Handlers, 'benchmarks:read'> {
  return {
    'benchmarks:read': () => {
      const parsed = readBenchmarks();
      if (parsed.ok) return parsed.value;
      throw new HandlerError(
        'internal',
        `The published benchmarks could not be read: ${describeProblem(parsed.error, BENCHMARKS_FILE_NAME)}`,
        parsed.error.path,
      );
    },
  };
}
