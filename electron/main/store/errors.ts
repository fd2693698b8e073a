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

/** A write did not complete durably; the change was rolled back in memory. */
export class StoreWriteError extends Error {
  readonly code = 'write-failed';

  constructor(cause: unknown) {
    super(`the data could not be saved: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StoreWriteError';
  }
}
