// What `paso` says when a command fails, and with which exit code: 2 for the user's mistake (a file
// that is missing, unreadable or not what the command reads; an argument out of order), 1 for
// anything else. A file-system error names the file and what is wrong in words, not as `ENOENT: …`.
import { InvalidArgumentError } from 'commander';

/** A file the user gave that cannot be used as it is; the message says why and what to do. */
export class InputFileError extends Error {}

const FILE_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  EEXIST: 'already exists',
  ENOSPC: 'the disk is full',
  EROFS: 'the file system is read-only',
};

// The database server (PASO_DATABASE_URL) out of reach: where, and what to check.
const NETWORK_PROBLEMS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the host name could not be looked up',
  ETIMEDOUT: 'no answer',
  EHOSTUNREACH: 'host unreachable',
};

interface SystemError extends Error {
  readonly code?: string;
  readonly path?: string;
  readonly address?: string;
  readonly port?: number;
  readonly hostname?: string;
}

export function describeFailure(error: unknown): { readonly message: string; readonly exitCode: 1 | 2 } {
  if (error instanceof InputFileError || error instanceof InvalidArgumentError) {
    return { message: error.message, exitCode: 2 };
  }
  if (!(error instanceof Error)) return { message: String(error), exitCode: 1 };
  const { code, path, address, port, hostname } = error as SystemError;
  const network = code === undefined ? undefined : NETWORK_PROBLEMS[code];
  if (network !== undefined) {
    const where = [address ?? hostname, port].filter((x) => x !== undefined).join(':');
    const message = `cannot reach the database server${where ? ` at ${where}` : ''}: ${network} (check PASO_DATABASE_URL and that the server runs)`;
    return { message, exitCode: 1 };
  }
  const problem = code === undefined ? undefined : FILE_PROBLEMS[code];
  if (problem === undefined) return { message: error.message, exitCode: 1 };
  const message = path === undefined ? problem : `${path}: ${problem}`;
  return { message, exitCode: code === 'ENOSPC' || code === 'EROFS' ? 1 : 2 };
}

/** The error with the file's path, where Node left it out (reading a folder says only EISDIR). */
export function withPath(error: unknown, path: string): unknown {
  if (error instanceof Error && (error as SystemError).path === undefined) Object.assign(error, { path });
  return error;
}
