import type { IpcError, IpcErrorCode } from '@shared/ipc';

/** A refusal a handler means to report to the renderer as it is (code, message, field path). */
export class HandlerError extends Error {
  readonly code: IpcErrorCode;
  readonly path: string;

  constructor(code: IpcErrorCode, message: string, path = '') {
    super(message);
    this.name = 'HandlerError';
    this.code = code;
    this.path = path;
  }

  toIpcError(): IpcError {
    return { code: this.code, message: this.message, path: this.path };
  }
}
