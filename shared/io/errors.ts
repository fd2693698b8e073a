import type { z } from 'zod';

export type PathSegment = string | number;

export type InputErrorCode = 'invalid-json' | 'invalid-schema' | 'invalid-reference' | 'unsafe-key' | 'wrong-kind';

/** A problem with input data, saying where it is: the file (when known) and the field path. */
export interface InputProblem {
  code: InputErrorCode;
  /** Field path such as `members[2].levels.data-pipelines`; empty for the whole document. */
  path: string;
  message: string;
  /** Problems found beyond this one (reported as a count so the message stays one line). */
  more: number;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: InputProblem };

const PLAIN_KEY = /^[A-Za-z0-9_-]+$/;

/** `['members', 2, 'levels', 'data-pipelines']` → `members[2].levels.data-pipelines`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (PLAIN_KEY.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** One line for a person: `team.json: members[2].fte: expected a number, got "x"`. */
export function describeProblem(problem: InputProblem, file?: string): string {
  const where = [file, problem.path].filter((p) => p !== undefined && p !== '').join(': ');
  const more = problem.more > 0 ? ` (and ${problem.more} more problem${problem.more === 1 ? '' : 's'})` : '';
  return `${where ? `${where}: ` : ''}${problem.message}${more}`;
}

/** The first zod issue, in the shape above; unrecognised keys get their key in the path. */
export function problemFromZod(error: z.ZodError): InputProblem {
  const issue = error.issues[0];
  if (!issue) return { code: 'invalid-schema', path: '', message: 'invalid data', more: 0 };
  const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys;
    if (keys.length === 1) {
      path.push(keys[0]!);
      message = 'unknown field';
    } else {
      message = `unknown fields ${keys.map((k) => `"${k}"`).join(', ')}`;
    }
  }
  return { code: 'invalid-schema', path: formatPath(path), message: tidy(message), more: error.issues.length - 1 };
}

/** zod's "Invalid input: expected number, received string" reads better in lower case. */
function tidy(message: string): string {
  return message.replace(/^Invalid input: /, '').replace(/^Invalid /, 'invalid ');
}
