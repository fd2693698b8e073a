import { describe, expect, it } from 'vitest';
import { describeProblem, formatPath, lineAndColumn, MAX_DEPTH, parseJsonText } from '@shared/io';

describe('parseJsonText', () => {
  it('accepts a UTF-8 BOM', () => {
    expect(parseJsonText('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('says where a syntax error is', () => {
    const r = parseJsonText('{\n  "a": 1,\n  "b": tru\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^invalid JSON at line 3, column \d+: /);
    const end = parseJsonText('{"a": [1, 2');
    if (!end.ok) expect(end.error.message).toMatch(/^invalid JSON at line 1, column 12: expected "]"/);
    else expect.unreachable('truncated JSON was accepted');
  });

  it('refuses an empty file', () => {
    expect(parseJsonText('  \n')).toMatchObject({ ok: false, error: { message: 'the file is empty' } });
  });

  it('refuses prototype keys anywhere, naming the path', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const r = parseJsonText(`{"members":[{"id":"a"},{"levels":{"${key}":1}}]}`);
      expect(r).toMatchObject({ ok: false, error: { code: 'unsafe-key', path: `members[1].levels.${key}` } });
    }
  });

  it('refuses absurd nesting without overflowing the stack', () => {
    const deep = `${'['.repeat(MAX_DEPTH + 5)}${']'.repeat(MAX_DEPTH + 5)}`;
    expect(parseJsonText(deep)).toMatchObject({ ok: false, error: { message: /nested deeper than 64/ } });
  });
});

describe('paths and messages', () => {
  it('formats paths as people read them', () => {
    expect(formatPath(['members', 2, 'levels', 'data-pipelines'])).toBe('members[2].levels.data-pipelines');
    expect(formatPath(['a b', 0])).toBe('["a b"][0]');
    expect(formatPath([])).toBe('');
  });

  it('describes a problem on one line with the file', () => {
    const line = describeProblem(
      { code: 'invalid-schema', path: 'members[0].fte', message: 'too big', more: 2 },
      'team.json',
    );
    expect(line).toBe('team.json: members[0].fte: too big (and 2 more problems)');
  });

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab', 0)).toEqual({ line: 1, column: 1 });
  });
});
