/** The data file was written by a newer Gapwise: refused, and left exactly as it is. */
export class StoreRefusedError extends Error {
  readonly code = 'newer-version';

  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`Gapwise cannot open ${file}: ${reason} The file has not been changed.`);
    this.name = 'StoreRefusedError';
  }
}

/** An update produced data that does not pass the schema; nothing was changed. */
export class StoreValidationError extends Error {
  readonly code = 'invalid-data';

  constructor(
    /** Field path of the first problem, such as `members[2].levels.data-pipelines`. */
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'StoreValidationError';
  }
}

/**
 * The new file is in place (renamed over the old one), but fsyncing its folder failed, so
 * the rename may not survive a power cut. The file holds the new bytes all the same.
 */
export class UnconfirmedWriteError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(`the folder could not be synced: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'UnconfirmedWriteError';
  }
}

/**
 * A write did not complete durably. Usually nothing was written and the change was rolled
 * back in memory; when the file was written but the disk did not confirm it (`unconfirmed`),
 * the change is kept, as it is in the file, and only its durability is in doubt.
 */
export class StoreWriteError extends Error {
  readonly code = 'write-failed';
  readonly unconfirmed: boolean;

  constructor(cause: unknown) {
    const unconfirmed = cause instanceof UnconfirmedWriteError;
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      unconfirmed
        ? `the change was written, but the disk did not confirm it, so it may not survive a power cut: ${reason}`
        : `the data could not be saved: ${reason}`,
      { cause },
    );
    this.name = 'StoreWriteError';
    this.unconfirmed = unconfirmed;
  }
}
