import { printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser';
import { formatPath, type Parsed, type PathSegment } from './errors';

/** Keys that could reach an object's prototype if the data were ever merged into one. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Whether data with this key is refused (see FORBIDDEN_KEYS): a record keyed by user text must not make one. */
export const isForbiddenKey = (key: string): boolean => FORBIDDEN_KEYS.has(key);

/** Deepest nesting accepted; real files are < 10 deep, so this only stops hostile input. */
export const MAX_DEPTH = 64;

/** Where a character offset falls, 1-based, for messages people can act on. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const SYNTAX_TEXT: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected ","',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'unexpected text after the end of the document',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string',
};

/** Thrown from the scanner's error callback to stop at the first error. */
const FOUND = Symbol('first syntax error found');

/**
 * The first syntax error's offset and code, scanning no further than it: a tolerant parse
 * that went on would collect an error per token of a large corrupt file (100 MB of commas:
 * gigabytes of error objects). Undefined when it cannot be found: the scanner recurses per
 * nesting level, so a file of a million "[" overflows the stack before reaching its end.
 */
function firstSyntaxError(source: string): { offset: number; error: ParseErrorCode } | undefined {
  let first: { offset: number; error: ParseErrorCode } | undefined;
  try {
    visit(
      source,
      {
        onError(error, offset) {
          first = { offset, error };
          throw FOUND;
        },
      },
      { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
    );
  } catch (e) {
    if (e !== FOUND && !(e instanceof RangeError)) throw e;
  }
  return first;
}

/**
 * V8's JSON.parse messages often give no position; a scanner (only run once parsing has
 * failed) finds the first error's offset so people can go to the spot.
 */
function describeSyntaxError(source: string, error: unknown): string {
  const first = firstSyntaxError(source);
  if (!first) return `invalid JSON: ${error instanceof Error ? error.message : String(error)}`;
  const { line, column } = lineAndColumn(source, first.offset);
  const code = printParseErrorCode(first.error);
  return `invalid JSON at line ${line}, column ${column}: ${SYNTAX_TEXT[code] ?? code}`;
}

/**
 * JSON.parse with errors that say where (line and column) and a leading BOM tolerated, but
 * without the prototype-key walk: for callers that check every key themselves (the data
 * file's members) and walk the rest with findUnsafeKey.
 */
export function parseJsonSyntax(text: string): Parsed<unknown> {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') {
    return { ok: false, error: { code: 'invalid-json', path: '', message: 'the file is empty', more: 0 } };
  }
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (e) {
    return { ok: false, error: { code: 'invalid-json', path: '', message: describeSyntaxError(source, e), more: 0 } };
  }
}

/**
 * JSON.parse with errors that say where (line and column), a leading BOM tolerated, and
 * prototype keys and absurd nesting refused with their path instead of trusted.
 */
export function parseJsonText(text: string): Parsed<unknown> {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') {
    return { ok: false, error: { code: 'invalid-json', path: '', message: 'the file is empty', more: 0 } };
  }
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (e) {
    return { ok: false, error: { code: 'invalid-json', path: '', message: describeSyntaxError(source, e), more: 0 } };
  }
  const unsafe = findUnsafe(value, [], 0);
  if (unsafe) return { ok: false, error: { ...unsafe, more: 0 } };
  return { ok: true, value };
}

/**
 * Depth-first walk with one shared path stack and no per-node allocation (a 10,000-member
 * file has over a million values): only objects and arrays are descended into.
 */
function findUnsafe(
  value: unknown,
  path: PathSegment[],
  depth: number,
): { code: 'unsafe-key'; path: string; message: string } | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (depth > MAX_DEPTH) {
    return { code: 'unsafe-key', path: formatPath(path), message: `nested deeper than ${MAX_DEPTH} levels` };
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const child: unknown = value[i];
      if (child === null || typeof child !== 'object') continue;
      path.push(i);
      const found = findUnsafe(child, path, depth + 1);
      if (found) return found;
      path.pop();
    }
    return undefined;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (FORBIDDEN_KEYS.has(key)) {
      path.push(key);
      return { code: 'unsafe-key', path: formatPath(path), message: `the key "${key}" is not allowed` };
    }
    const child = record[key];
    if (child === null || typeof child !== 'object') continue;
    path.push(key);
    const found = findUnsafe(child, path, depth + 1);
    if (found) return found;
    path.pop();
  }
  return undefined;
}

/**
 * The first prototype key or over-deep nesting in an already-parsed value (an IPC payload,
 * say), with its path; undefined when the value is safe to hand to a schema.
 */
export function findUnsafeKey(value: unknown): { path: string; message: string } | undefined {
  const found = findUnsafe(value, [], 0);
  return found ? { path: found.path, message: found.message } : undefined;
}
