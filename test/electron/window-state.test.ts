import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nodeFileOps } from '@main/store/file-ops';
import {
  defaultWindowState,
  fitWindowState,
  loadWindowState,
  saveWindowState,
  trackWindowState,
  type Rect,
  type TrackedWindowLike,
  type WindowState,
} from '@main/window-state';

const LAPTOP: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
/** A second monitor to the right of the laptop. */
const RIGHT: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('fitWindowState', () => {
  it('keeps a state that fits its display as it is', () => {
    const saved: WindowState = { x: 100, y: 50, width: 1400, height: 900, maximized: false };
    expect(fitWindowState(saved, [LAPTOP, RIGHT])).toEqual(saved);
  });

  it('keeps the window on the second monitor it was on', () => {
    const saved: WindowState = { x: 2200, y: 100, width: 1600, height: 1000, maximized: true };
    expect(fitWindowState(saved, [LAPTOP, RIGHT])).toEqual(saved);
  });

  it('raises a size below the minimum to 900×600', () => {
    const fitted = fitWindowState({ x: 10, y: 10, width: 300, height: 200, maximized: false }, [LAPTOP]);
    expect(fitted).toMatchObject({ width: 900, height: 600 });
  });

  it('shrinks a window larger than its display and moves it fully onto it', () => {
    const fitted = fitWindowState({ x: 1000, y: 500, width: 3000, height: 2000, maximized: false }, [LAPTOP]);
    expect(fitted).toEqual({ x: 0, y: 0, width: 1920, height: 1040, maximized: false });
  });

  it('pulls a window hanging off the edge back inside the display it mostly covers', () => {
    const fitted = fitWindowState({ x: 1500, y: 800, width: 1000, height: 700, maximized: false }, [LAPTOP]);
    expect(fitted).toEqual({ x: 920, y: 340, width: 1000, height: 700, maximized: false });
  });

  it('gives the default window when the saved one is on no display (monitor unplugged)', () => {
    const saved: WindowState = { x: 2200, y: 100, width: 1600, height: 1000, maximized: true };
    expect(fitWindowState(saved, [LAPTOP])).toEqual({ width: 1280, height: 820, maximized: false });
  });

  it('centres (no x/y) a state saved without a position, still clamped', () => {
    expect(fitWindowState({ width: 5000, height: 100, maximized: true }, [LAPTOP])).toEqual({
      width: 1920,
      height: 600,
      maximized: true,
    });
  });

  it('lets a display smaller than the minimum win over the minimum', () => {
    const tiny: Rect = { x: 0, y: 0, width: 800, height: 560 };
    expect(fitWindowState({ x: 0, y: 0, width: 1000, height: 700, maximized: false }, [tiny])).toMatchObject({
      width: 800,
      height: 560,
    });
  });
});

describe('defaultWindowState', () => {
  it('is 1280×820, centred, not maximised; shrunk to a smaller primary display', () => {
    expect(defaultWindowState()).toEqual({ width: 1280, height: 820, maximized: false });
    expect(defaultWindowState({ x: 0, y: 0, width: 1024, height: 740 })).toEqual({
      width: 1024,
      height: 740,
      maximized: false,
    });
  });
});

describe('loadWindowState and saveWindowState', () => {
  let dir: string;
  let file: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gapwise-window-state-'));
    file = join(dir, 'window-state.json');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('gives the default when the file is missing', async () => {
    await expect(loadWindowState(nodeFileOps, file, [LAPTOP])).resolves.toEqual(defaultWindowState());
  });

  it.each([
    ['not JSON', '{"width": 1400,'],
    ['a wrong type', '{"x": 0, "y": 0, "width": "1400", "height": 900, "maximized": false}'],
    ['a missing field', '{"x": 0, "y": 0, "width": 1400, "height": 900}'],
    ['a negative size', '{"width": -5, "height": 900, "maximized": false}'],
    ['an array', '[1, 2, 3]'],
    ['null', 'null'],
  ])('gives the default for %s', async (_label, text) => {
    await writeFile(file, text);
    await expect(loadWindowState(nodeFileOps, file, [LAPTOP])).resolves.toEqual(defaultWindowState());
  });

  it('round-trips a state through the file', async () => {
    const state: WindowState = { x: 120, y: 80, width: 1500, height: 950, maximized: true };
    await saveWindowState(nodeFileOps, file, state);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(state);
    await expect(loadWindowState(nodeFileOps, file, [LAPTOP])).resolves.toEqual(state);
    // The durable write left no temp file behind.
    expect(await readdir(dir)).toEqual(['window-state.json']);
  });

  it('refuses to save an invalid state', async () => {
    await expect(
      saveWindowState(nodeFileOps, file, { width: Number.NaN, height: 900, maximized: false }),
    ).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });

  it('sweeps a temp file an earlier crash left behind', async () => {
    await writeFile(join(dir, '.window-state.json.123.abcdef.tmp'), '{"partial');
    await loadWindowState(nodeFileOps, file, [LAPTOP]);
    expect(await readdir(dir)).toEqual([]);
  });
});

/** A window double: records listeners, and lets a test move it and fire events. */
function fakeWindow(initial: Rect, maximized = false) {
  const listeners = new Map<string, (() => void)[]>();
  let bounds = initial;
  let isMax = maximized;
  const win: TrackedWindowLike = {
    getNormalBounds: () => bounds,
    isMaximized: () => isMax,
    on(event, listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return win;
    },
  };
  return {
    win,
    emit(event: string, next?: Partial<Rect>, nextMaximized?: boolean) {
      bounds = { ...bounds, ...next };
      if (nextMaximized !== undefined) isMax = nextMaximized;
      for (const listener of listeners.get(event) ?? []) listener();
    },
  };
}

describe('trackWindowState', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves once, after the window has been still for the debounce time', async () => {
    const save = vi.fn((_state: WindowState) => Promise.resolve());
    const { win, emit } = fakeWindow({ x: 0, y: 0, width: 1200, height: 800 });
    trackWindowState(win, save, 500);

    for (let x = 1; x <= 20; x += 1) {
      emit('move', { x: x * 10 });
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(save).not.toHaveBeenCalled();
    emit('resize', { width: 1300 });
    await vi.advanceTimersByTimeAsync(499);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledExactlyOnceWith({ x: 200, y: 0, width: 1300, height: 800, maximized: false });
  });

  it('records maximising with the normal bounds', async () => {
    const save = vi.fn((_state: WindowState) => Promise.resolve());
    const { win, emit } = fakeWindow({ x: 50, y: 40, width: 1200, height: 800 });
    trackWindowState(win, save, 300);
    emit('maximize', {}, true);
    await vi.advanceTimersByTimeAsync(300);
    expect(save).toHaveBeenLastCalledWith({ x: 50, y: 40, width: 1200, height: 800, maximized: true });
  });

  it('saves at once on close, dropping the pending debounced save', async () => {
    const save = vi.fn((_state: WindowState) => Promise.resolve());
    const { win, emit } = fakeWindow({ x: 0, y: 0, width: 1200, height: 800 });
    const tracker = trackWindowState(win, save, 500);
    emit('move', { x: 300 });
    emit('close');
    await tracker.flush();
    expect(save).toHaveBeenCalledExactlyOnceWith({ x: 300, y: 0, width: 1200, height: 800, maximized: false });
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('flush() saves a waiting state now and resolves when the write is done', async () => {
    let finish: () => void = () => undefined;
    const save = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { win, emit } = fakeWindow({ x: 0, y: 0, width: 1200, height: 800 });
    const tracker = trackWindowState(win, save, 500);
    emit('resize', { width: 1250 });
    let flushed = false;
    const flushing = tracker.flush().then(() => (flushed = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(1);
    expect(flushed).toBe(false);
    finish();
    await flushing;
    expect(flushed).toBe(true);
  });

  it('reports a failed save to onError and keeps tracking', async () => {
    const onError = vi.fn();
    const save = vi.fn((_state: WindowState) => Promise.resolve()).mockRejectedValueOnce(new Error('disk full'));
    const { win, emit } = fakeWindow({ x: 0, y: 0, width: 1200, height: 800 });
    const tracker = trackWindowState(win, save, 100, onError);
    emit('move', { x: 1 });
    await vi.advanceTimersByTimeAsync(100);
    emit('move', { x: 2 });
    await vi.advanceTimersByTimeAsync(100);
    await tracker.flush();
    expect(onError).toHaveBeenCalledExactlyOnceWith(new Error('disk full'));
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith(expect.objectContaining({ x: 2 }));
  });

  it('stops saving after dispose()', async () => {
    const save = vi.fn((_state: WindowState) => Promise.resolve());
    const { win, emit } = fakeWindow({ x: 0, y: 0, width: 1200, height: 800 });
    const tracker = trackWindowState(win, save, 100);
    emit('move', { x: 5 });
    tracker.dispose();
    emit('move', { x: 6 });
    emit('close');
    await vi.advanceTimersByTimeAsync(500);
    expect(save).not.toHaveBeenCalled();
  });
});
