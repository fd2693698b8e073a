import shippedBenchmarksJson from '../../resources/benchmarks.json';
import { BENCHMARKS_KIND, BenchmarksFile } from '../domain/benchmarks';
import { describeProblem, problemFromZod, type Parsed } from './errors';

/** Where the shipped figures live, named in every error about them. */
export const BENCHMARKS_FILE_NAME = 'resources/benchmarks.json';

/**
 * Validates a benchmarks file already parsed from JSON; a problem names its field path. (No
 * JSON parser here: the JSON report imports this module, and its schema script bundles it.)
 */
export function parseBenchmarks(data: unknown): Parsed<BenchmarksFile> {
  const kind =
    data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as { kind?: unknown }).kind : undefined;
  if (typeof kind === 'string' && kind !== BENCHMARKS_KIND) {
    return {
      ok: false,
      error: {
        code: 'wrong-kind',
        path: 'kind',
        message: `this is a "${kind}" file, expected a benchmarks file (kind "${BENCHMARKS_KIND}")`,
        more: 0,
      },
    };
  }
  const result = BenchmarksFile.safeParse(data);
  return result.success ? { ok: true, value: result.data } : { ok: false, error: problemFromZod(result.error) };
}

let shipped: Parsed<BenchmarksFile> | undefined;

/** The shipped figures, validated once: the file, or the first problem with it. */
export function readShippedBenchmarks(): Parsed<BenchmarksFile> {
  return (shipped ??= parseBenchmarks(shippedBenchmarksJson));
}

/**
 * The published figures shipped with Gapwise, validated once on first use. Bundled into
 * main and the CLI by the build (as the built-in framework is), so the packaged app needs
 * no extra file; an invalid file stops with the file and the field named.
 */
export function shippedBenchmarks(): BenchmarksFile {
  const parsed = readShippedBenchmarks();
  if (!parsed.ok) throw new Error(`invalid benchmarks: ${describeProblem(parsed.error, BENCHMARKS_FILE_NAME)}`);
  return parsed.value;
}
