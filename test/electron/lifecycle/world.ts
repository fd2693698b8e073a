/**
 * What the stand-in Electron saw, as the child reports it (host/main-host.cjs's snapshot),
 * and the few ways the tests read it.
 */

export interface JournalEntry {
  readonly seq: number;
  readonly what: string;
  readonly [detail: string]: unknown;
}

export interface MenuItemView {
  readonly label?: string;
  readonly role?: string;
  readonly type?: string;
  readonly accelerator?: string;
  readonly clickable: boolean;
  readonly submenu?: MenuItemView[];
}

/** What the stand-in has seen so far (host/main-host.cjs's snapshot). */
export interface World {
  readonly ready: boolean;
  readonly quit: boolean;
  readonly exitCode: number | null;
  readonly violations: string[];
  readonly crashes: string[];
  readonly logs: { level: string; text: string }[];
  readonly journal: JournalEntry[];
  readonly ipcChannels: string[];
  readonly menu: MenuItemView[] | null;
  readonly privilegedSchemes: Record<string, Record<string, boolean>>;
  readonly protocolHandlers: string[];
  readonly session: Record<'permissionRequest' | 'permissionCheck' | 'devicePermission', boolean>;
  readonly windows: { id: number; url: string; visible: boolean; minimized: boolean; bounds: Bounds }[];
  readonly readOnlyProbe: string | null;
  readonly quitFiles: Record<string, string | null> | null;
  readonly unansweredAtWillQuit: number[];
}

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const entries = (world: World, what: string): JournalEntry[] =>
  world.journal.filter((entry) => entry.what === what);

/** Events the page was sent, in order. */
export const sentToPage = (world: World): { channel: unknown; payload: unknown }[] =>
  entries(world, 'webContents.send').map(({ channel, payload }) => ({ channel, payload }));

/** Journal entries after `seq`: what one action caused. */
export const since = (world: World, seq: number): JournalEntry[] => world.journal.filter((entry) => entry.seq > seq);

/** The journal position now, to read what the next action causes. */
export const lastSeq = (world: World): number => world.journal.at(-1)?.seq ?? 0;

/** Where in the journal the first `what` is (Infinity when absent), to assert order. */
export const seqOf = (world: World, what: string): number =>
  world.journal.find((entry) => entry.what === what)?.seq ?? Number.POSITIVE_INFINITY;
