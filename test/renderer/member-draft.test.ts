import { describe, expect, it, vi } from 'vitest';
import type { Member } from '@shared/domain';
import { hasUnsavedChanges, withLevel } from '@renderer/screens/team/member-draft';
import { createLeaveGuard } from '@renderer/state/leave-guard';

const saved: Member = {
  id: 'ana',
  name: 'Ana',
  role: 'data-scientist',
  productTeam: 'Search',
  fte: 1,
  levels: { a: 2, b: 0 },
  allocation: { r: 40 },
  assessedOn: '2026-01-10',
};

describe('hasUnsavedChanges: would saving store something else?', () => {
  it('is false for the saved member and for whitespace that saving trims', () => {
    expect(hasUnsavedChanges(saved, { ...saved })).toBe(false);
    expect(hasUnsavedChanges(saved, { ...saved, name: ' Ana ', title: '  ', notes: '\n' })).toBe(false);
  });

  it('is true for any stored field', () => {
    expect(hasUnsavedChanges(saved, { ...saved, name: 'Ana B' })).toBe(true);
    expect(hasUnsavedChanges(saved, { ...saved, notes: 'likes Spark' })).toBe(true);
    expect(hasUnsavedChanges(saved, { ...saved, fte: 0.5 })).toBe(true);
    expect(hasUnsavedChanges(saved, { ...saved, assessedOn: '2026-02-01' })).toBe(true);
    expect(hasUnsavedChanges(saved, { ...saved, allocation: { r: 41 } })).toBe(true);
  });

  it('tells "not assessed" from 0: clearing a level, or setting one to 0, is a change', () => {
    expect(hasUnsavedChanges(saved, { ...saved, levels: { a: 2 } })).toBe(true);
    expect(hasUnsavedChanges(saved, { ...saved, levels: { a: 2, b: 0, c: 0 } })).toBe(true);
    expect(hasUnsavedChanges(saved, { ...saved, levels: { b: 0, a: 2 } })).toBe(false);
  });
});

describe('withLevel: levels and the assessment date', () => {
  const today = '2026-12-05';

  it('sets a level and moves the date to today', () => {
    const next = withLevel(saved, saved, 'a', 3, { today, dateSetByUser: false });
    expect(next.levels).toEqual({ a: 3, b: 0 });
    expect(next.assessedOn).toBe(today);
  });

  it('clears a level to not assessed: no entry at all, not 0', () => {
    const next = withLevel(saved, saved, 'b', null, { today, dateSetByUser: false });
    expect(next.levels).toEqual({ a: 2 });
    expect('b' in next.levels).toBe(false);
  });

  it('gives the saved date back once the levels are back, so undoing a change leaves nothing unsaved', () => {
    const changed = withLevel(saved, saved, 'a', 3, { today, dateSetByUser: false });
    const back = withLevel(changed, saved, 'a', 2, { today, dateSetByUser: false });
    expect(back.assessedOn).toBe('2026-01-10');
    expect(hasUnsavedChanges(saved, back)).toBe(false);
  });

  it('leaves a date the user set alone', () => {
    const dated = { ...saved, assessedOn: '2025-11-30' };
    expect(withLevel(dated, saved, 'a', 3, { today, dateSetByUser: true }).assessedOn).toBe('2025-11-30');
  });
});

describe('the leave guard', () => {
  const work = (save: () => Promise<boolean>) => ({ what: 'the changes to Ana', save });

  it('leaves at once when nothing is unsaved', () => {
    const guard = createLeaveGuard();
    const proceed = vi.fn();
    guard.getState().leave(proceed);
    expect(proceed).toHaveBeenCalledOnce();
    expect(guard.getState().asking).toBeNull();
  });

  it('asks when work is held; Cancel stays, Discard leaves without saving, Save leaves after saving', async () => {
    const guard = createLeaveGuard();
    const save = vi.fn(async () => true);
    guard.getState().hold(work(save));
    const proceed = vi.fn();

    guard.getState().leave(proceed);
    expect(guard.getState().asking?.what).toBe('the changes to Ana');
    await guard.getState().answer('cancel');
    expect(proceed).not.toHaveBeenCalled();
    expect(guard.getState().work).not.toBeNull();

    guard.getState().leave(proceed);
    await guard.getState().answer('save');
    expect(save).toHaveBeenCalledOnce();
    expect(proceed).toHaveBeenCalledOnce();

    guard.getState().leave(proceed);
    await guard.getState().answer('discard');
    expect(save).toHaveBeenCalledOnce();
    expect(proceed).toHaveBeenCalledTimes(2);
    expect(guard.getState().work).toBeNull();
  });

  it('stays when saving fails', async () => {
    const guard = createLeaveGuard();
    guard.getState().hold(work(async () => false));
    const proceed = vi.fn();
    guard.getState().leave(proceed);
    await guard.getState().answer('save');
    expect(proceed).not.toHaveBeenCalled();
  });

  it("a late release does not drop another view's work", () => {
    const guard = createLeaveGuard();
    const releaseFirst = guard.getState().hold(work(async () => true));
    const second = work(async () => true);
    guard.getState().hold(second);
    releaseFirst();
    expect(guard.getState().work).toBe(second);
  });
});
