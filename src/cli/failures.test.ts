import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { describeFailure, InputFileError, withPath } from './failures';

const systemError = (code: string, more: Record<string, unknown>) =>
  Object.assign(new Error(`${code}: raw words`), { code, ...more });

describe('describeFailure', () => {
  it.each([
    [systemError('ENOENT', { path: '/x/lista.csv' }), '/x/lista.csv: no such file or folder', 2],
    [withPath(systemError('EISDIR', {}), '/x'), '/x: is a folder, not a file', 2],
    [systemError('EACCES', { path: '/x/y' }), '/x/y: permission denied', 2],
    [systemError('ENOSPC', { path: '/x/y' }), '/x/y: the disk is full', 1],
    [
      systemError('ECONNREFUSED', { address: '127.0.0.1', port: 5432 }),
      'cannot reach the database server at 127.0.0.1:5432: connection refused (check PASO_DATABASE_URL and that the server runs)',
      1,
    ],
    [new InputFileError('lista.xlsx is a spreadsheet workbook'), 'lista.xlsx is a spreadsheet workbook', 2],
    [new InvalidArgumentError('--from comes after --to'), '--from comes after --to', 2],
    [new Error('something else'), 'something else', 1],
    ['a thrown string', 'a thrown string', 1],
  ])('case %#: a message in words and the exit code', (error, message, exitCode) => {
    expect(describeFailure(error)).toEqual({ message, exitCode });
  });
});
