/**
 * Errors the command line itself reports (files, workers, usage). Parse failures keep the core's codes from
 * `ERROR_CATALOGUE`; these add what only a program reading files can hit.
 */
export const CLI_ERROR_CATALOGUE = {
  FILE_NOT_FOUND: "No file, folder or glob match at this path: check the spelling or the current directory.",
  FILE_UNREADABLE: "The file could not be read: check its permissions and that it is a regular file.",
  PARSE_TIMEOUT: "Parsing this input took longer than --timeout allows: report it with the input attached.",
  WORKER_FAILED: "The parsing worker stopped unexpectedly on this input: report it with the input attached.",
  STORE_FAILED: "The database refused the write: check --db, the disk space and the permissions.",
} as const;

export type CliErrorCode = keyof typeof CLI_ERROR_CATALOGUE;

/** A failure on one input, as reported on stderr and in JSON output: the file, a permanent code and a message. */
export interface InputFailure {
  code: string;
  message: string;
}

/** Builds the failure of one input from a CLI code, with an optional detail appended to the catalogue words. */
export function cliFailure(code: CliErrorCode, detail?: string): InputFailure {
  const message = CLI_ERROR_CATALOGUE[code];
  return { code, message: detail ? `${message} (${detail})` : message };
}

/** Thrown for a bad command line: the message names the flag and what is allowed; the CLI exits with 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  readonly command: string;

  constructor(command: string, message: string) {
    super(message);
    this.command = command;
  }
}

/** Exit codes: 0 every input was fine, 1 some inputs failed, 2 the command line was wrong, 130 interrupted. */
export const EXIT = { ok: 0, someFailed: 1, usage: 2, interrupted: 130 } as const;
