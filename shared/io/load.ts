import builtinFrameworkJson from '../../resources/frameworks/ds-vs-de.json';
import { checkTeamAgainstFramework, Framework, TeamFile, upgradeFrameworkFormat } from '../domain';
import { formatPath, problemFromZod, type Parsed } from './errors';
import { parseJsonText } from './safe-json';

/** Validates a framework already parsed from JSON; a file of an older format is read as the current one. */
export function parseFramework(data: unknown): Parsed<Framework> {
  const kind = kindOf(data);
  if (kind !== undefined && kind !== 'gapwise-framework') {
    return wrongKind(kind, 'a framework file (kind "gapwise-framework")');
  }
  const upgraded = upgradeFrameworkFormat(data);
  if (!upgraded.ok) {
    return {
      ok: false,
      error: { code: 'invalid-schema', path: formatPath(upgraded.path), message: upgraded.message, more: 0 },
    };
  }
  const result = Framework.safeParse(upgraded.data);
  return result.success ? { ok: true, value: result.data } : { ok: false, error: problemFromZod(result.error) };
}

/** Validates a team already parsed from JSON, including every id it uses against the framework. */
export function parseTeam(data: unknown, framework: Framework): Parsed<TeamFile> {
  const kind = kindOf(data);
  if (kind !== undefined && kind !== 'gapwise-team') return wrongKind(kind, 'a team file (kind "gapwise-team")');
  const result = TeamFile.safeParse(data);
  if (!result.success) return { ok: false, error: problemFromZod(result.error) };
  const issues = checkTeamAgainstFramework(result.data, framework);
  const first = issues[0];
  if (first) {
    return {
      ok: false,
      error: {
        code: 'invalid-reference',
        path: formatPath(first.path),
        message: first.message,
        more: issues.length - 1,
      },
    };
  }
  return { ok: true, value: result.data };
}

export const parseFrameworkText = (text: string): Parsed<Framework> => andThen(parseJsonText(text), parseFramework);

export const parseTeamText = (text: string, framework: Framework): Parsed<TeamFile> =>
  andThen(parseJsonText(text), (data) => parseTeam(data, framework));

function andThen<T>(parsed: Parsed<unknown>, next: (value: unknown) => Parsed<T>): Parsed<T> {
  return parsed.ok ? next(parsed.value) : parsed;
}

function kindOf(data: unknown): string | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const kind = (data as { kind?: unknown }).kind;
  return typeof kind === 'string' ? kind : undefined;
}

function wrongKind<T>(kind: string, expected: string): Parsed<T> {
  return {
    ok: false,
    error: { code: 'wrong-kind', path: 'kind', message: `this is a "${kind}" file, expected ${expected}`, more: 0 },
  };
}

let builtin: Framework | undefined;

/** The article's framework shipped with Gapwise, validated once on first use. */
export function builtinFramework(): Framework {
  if (!builtin) {
    const parsed = parseFramework(builtinFrameworkJson);
    if (!parsed.ok) throw new Error(`built-in framework is invalid at ${parsed.error.path}: ${parsed.error.message}`);
    builtin = parsed.value;
  }
  return builtin;
}
