import { describe, expect, it } from 'vitest';
import {
  anyPending,
  dismissed,
  finished,
  IDLE,
  operationOf,
  started,
  type Operations,
  type WorkspaceError,
} from '@renderer/state/operations';

const diskFull: WorkspaceError = { code: 'io-error', message: 'the disk is full', path: '', title: 'Not saved' };

describe('operation status, without React', () => {
  it('a channel never requested is idle, and the same idle object each time', () => {
    expect(operationOf({}, 'member:save')).toBe(IDLE);
    expect(operationOf({}, 'member:save')).toEqual({ pending: 0, error: null });
    expect(anyPending({}, ['member:save', 'plan:export'])).toBe(false);
  });

  it('counts overlapping requests on one channel: the first to finish leaves the second pending', () => {
    let ops: Operations = started(started({}, 'member:save'), 'member:save');
    expect(operationOf(ops, 'member:save').pending).toBe(2);
    ops = finished(ops, 'member:save', null);
    expect(anyPending(ops, ['member:save'])).toBe(true);
    ops = finished(ops, 'member:save', null);
    expect(anyPending(ops, ['member:save'])).toBe(false);
  });

  it('keeps each channel apart: finishing one does not touch another', () => {
    let ops: Operations = started(started({}, 'member:save'), 'plan:export');
    ops = finished(ops, 'plan:export', diskFull);
    expect(operationOf(ops, 'plan:export')).toEqual({ pending: 0, error: diskFull });
    expect(operationOf(ops, 'member:save')).toEqual({ pending: 1, error: null });
    expect(anyPending(ops, ['plan:export'])).toBe(false);
    expect(anyPending(ops, ['plan:export', 'member:save'])).toBe(true);
  });

  it('a new request clears its channel’s last error; dismissing clears it and keeps the count', () => {
    const failed = finished(started({}, 'plan:export'), 'plan:export', diskFull);
    expect(operationOf(started(failed, 'plan:export'), 'plan:export')).toEqual({ pending: 1, error: null });
    const again = started(failed, 'member:save');
    expect(operationOf(dismissed(again, 'plan:export'), 'plan:export').error).toBeNull();
    expect(operationOf(dismissed(again, 'plan:export'), 'member:save').pending).toBe(1);
    expect(dismissed(again, 'member:save')).toBe(again);
  });

  it('never counts below zero', () => {
    expect(operationOf(finished({}, 'member:save', null), 'member:save').pending).toBe(0);
  });
});
