import { basename, dirname } from 'node:path';
import { z } from 'zod';
import { sweepOrphanTemps, writeFileDurable } from './store/durable-write';
import { isNotFound, type FileOps } from './store/file-ops';

/**
 * The main window reopens where the user left it. The file is cosmetic: anything wrong with
 * it (missing, unreadable, invalid, from a monitor that is gone) silently gives the default
 * window rather than an error, and nothing here may stop the app from starting.
 */

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
/** A restored window is never smaller than this (unless the display itself is). */
export const MIN_RESTORED_SIZE = { width: 900, height: 600 } as const;

const coordinate = z.number().finite();
const size = z.number().finite().positive();

export const WindowStateSchema = z.object({
  x: coordinate.optional(),
  y: coordinate.optional(),
  width: size,
  height: size,
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

/** A rectangle in screen coordinates: a window's bounds or a display's work area. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Default size, centred (x/y left undefined), shrunk to fit the primary display if needed. */
export function defaultWindowState(primaryWorkArea?: Rect): WindowState {
  const width = primaryWorkArea
    ? Math.min(DEFAULT_WINDOW_SIZE.width, primaryWorkArea.width)
    : DEFAULT_WINDOW_SIZE.width;
  const height = primaryWorkArea
    ? Math.min(DEFAULT_WINDOW_SIZE.height, primaryWorkArea.height)
    : DEFAULT_WINDOW_SIZE.height;
  return { width, height, maximized: false };
}

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

const clamp = (value: number, min: number, max: number): number => Math.min(Math.max(value, min), max);

/**
 * Fits a saved state to today's displays (`workAreas`, the primary first). The window goes on
 * the display it overlaps most; one that overlaps none (a monitor unplugged since) gets the
 * default. Sizes are at least MIN_RESTORED_SIZE and at most the display; the position is moved
 * so the whole window is on that display. Without a position, the window is centred.
 */
export function fitWindowState(saved: WindowState, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0];
  const fitSize = (area: Rect | undefined): { width: number; height: number } => ({
    width: Math.round(clamp(saved.width, MIN_RESTORED_SIZE.width, area?.width ?? Infinity)),
    height: Math.round(clamp(saved.height, MIN_RESTORED_SIZE.height, area?.height ?? Infinity)),
  });

  if (saved.x === undefined || saved.y === undefined) {
    return { ...fitSize(primary), maximized: saved.maximized };
  }
  const bounds: Rect = { x: saved.x, y: saved.y, width: saved.width, height: saved.height };
  let best: Rect | undefined;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const overlap = overlapArea(bounds, area);
    if (overlap > bestOverlap) {
      best = area;
      bestOverlap = overlap;
    }
  }
  if (best === undefined) return defaultWindowState(primary);

  const { width, height } = fitSize(best);
  return {
    x: Math.round(clamp(saved.x, best.x, best.x + best.width - width)),
    y: Math.round(clamp(saved.y, best.y, best.y + best.height - height)),
    width,
    height,
    maximized: saved.maximized,
  };
}

/**
 * Reads and fits the saved state; defaults on any problem. Also removes temp files a crash
 * left behind from an earlier save (run once at start, before this process writes).
 */
export async function loadWindowState(ops: FileOps, file: string, workAreas: readonly Rect[]): Promise<WindowState> {
  await sweepOrphanTemps(ops, dirname(file), basename(file)).catch(() => undefined);
  let text: string;
  try {
    text = Buffer.from(await ops.readFile(file)).toString('utf8');
  } catch (error) {
    if (!isNotFound(error)) console.warn(`Gapwise: could not read ${file}; using the default window.`, error);
    return defaultWindowState(workAreas[0]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return defaultWindowState(workAreas[0]);
  }
  const parsed = WindowStateSchema.safeParse(json);
  return parsed.success ? fitWindowState(parsed.data, workAreas) : defaultWindowState(workAreas[0]);
}

/** Writes the state durably (temp file, fsync, rename), so a crash never leaves half a file. */
export async function saveWindowState(ops: FileOps, file: string, state: WindowState): Promise<void> {
  const valid = WindowStateSchema.parse(state);
  await ops.mkdir(dirname(file));
  await writeFileDurable(ops, file, `${JSON.stringify(valid, null, 2)}\n`);
}

/** The part of Electron's BrowserWindow the tracker uses. */
export interface TrackedWindowLike {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
}

export interface WindowStateTracker {
  /** Saves a state still waiting for its debounce now, and resolves once every save is done: await before quitting. */
  flush(): Promise<void>;
  /** Drops a waiting save and ignores later events. */
  dispose(): void;
}

/**
 * Saves the window's state after it has been still for `debounceMs` (a drag fires dozens of
 * move events), and at once when the window closes. The normal (un-maximised) bounds are
 * stored with the maximised flag, so un-maximising after a restart returns to the old size.
 * Save failures go to `onError`: losing the window position is not worth bothering the user.
 */
export function trackWindowState(
  win: TrackedWindowLike,
  save: (state: WindowState) => Promise<void>,
  debounceMs = 500,
  onError: (error: unknown) => void = (error) => console.warn('Gapwise: could not save the window state.', error),
): WindowStateTracker {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saves: Promise<void> = Promise.resolve();
  let disposed = false;

  const cancelTimer = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const saveNow = (): void => {
    cancelTimer();
    const { x, y, width, height } = win.getNormalBounds();
    const state: WindowState = { x, y, width, height, maximized: win.isMaximized() };
    // One save at a time, in order, so an older state can never land after a newer one.
    saves = saves.then(() => save(state)).catch(onError);
  };
  const schedule = (): void => {
    if (disposed) return;
    cancelTimer();
    timer = setTimeout(saveNow, debounceMs);
  };

  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(event, schedule);
  win.on('close', () => {
    if (!disposed) saveNow();
  });

  return {
    flush() {
      if (timer !== undefined) saveNow();
      return saves;
    },
    dispose() {
      disposed = true;
      cancelTimer();
    },
  };
}
