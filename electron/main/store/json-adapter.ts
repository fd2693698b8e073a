import type { Adapter } from 'lowdb';
import type { AppData } from '@shared/data';
import { writeFileDurable } from './durable-write';
import { UnconfirmedWriteError } from './errors';
import type { FileOps } from './file-ops';

/**
 * lowdb's storage for the data file, writing through `writeFileDurable` instead of steno
 * (which never fsyncs and reuses one temp name). Compact JSON: a 10,000-member team is
 * about 10 MB, and nobody should need to hand-edit it.
 */
export class DurableJsonAdapter implements Adapter<AppData> {
  /** The exact text of the last successful write, so backups can copy it without serialising again. */
  lastWrittenText: string | undefined;

  constructor(
    private readonly ops: FileOps,
    readonly file: string,
  ) {}

  /**
   * The store reads the file itself: it needs the raw bytes to back them up or move them
   * aside, and validates them before anything trusts them. Null keeps lowdb's current data.
   */
  async read(): Promise<AppData | null> {
    return null;
  }

  async write(data: AppData): Promise<void> {
    const text = JSON.stringify(data);
    try {
      await writeFileDurable(this.ops, this.file, text);
    } catch (error) {
      // Written, only not confirmed: the file holds this text, so backups copy it.
      if (error instanceof UnconfirmedWriteError) this.lastWrittenText = text;
      throw error;
    }
    this.lastWrittenText = text;
  }
}
