import { terminalJson, terminalText } from '../shared/encode/terminal';

/*
 * Everything the CLI prints passes through here: names and cells come from the user's files,
 * and a terminal obeys the control characters they may hold. --out files do not come here;
 * a file is not a terminal and gets the exact text.
 */

/** Where the CLI's text goes: the process's streams, or a test's buffers. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Binary output (the XLSX plan) on standard output, exactly as given. */
  stdoutBytes: (bytes: Uint8Array) => void;
  /** Whether standard output is a terminal: binary output is refused there (it would garble the screen). */
  stdoutIsTerminal: boolean;
  /** All of standard input, read when the file named is `-`. */
  readStdin: () => Promise<Uint8Array>;
  /** The clock exports are dated by; the machine's when not given. */
  now?: () => Date;
}

export interface TerminalOutput {
  /** A report or team printed as the command's result: tabs kept, JSON still parses the same. */
  document: (text: string, format: 'json' | 'text') => void;
  /** Lines on standard output (validate's verdict, the help). */
  out: (text: string) => void;
  /** Lines on standard error (problems, notes about the input). */
  err: (text: string) => void;
  /** A binary document (the XLSX plan); the caller has made sure standard output is not a terminal. */
  bytes: (bytes: Uint8Array) => void;
}

export function terminalOutput(io: CliIo): TerminalOutput {
  return {
    document: (text, format) => io.stdout(format === 'json' ? terminalJson(text) : terminalText(text, { tabs: true })),
    out: (text) => io.stdout(terminalText(text)),
    err: (text) => io.stderr(terminalText(text)),
    bytes: (bytes) => io.stdoutBytes(bytes),
  };
}
