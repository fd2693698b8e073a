/** A cell read: its value, or the message saying what is wrong with it. */
export type Result<T> = { ok: true; value: T } | { ok: false; message: string };
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const bad = <T>(message: string): Result<T> => ({ ok: false, message });
