import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WithDb } from '../arguments';
import { describeFailure } from '../failures';
import { type IssueOptions, issueCommand, keysetFrom } from './passes';

const NOW = new Date('2026-11-27T12:00:00Z');
const PASSENGER: IssueOptions = {
  name: 'José Gregorio Hernández',
  convoyId: 'CV-02',
  convoyName: 'Convoy 2',
  corridorId: 'TAC-TUM',
  corridorName: 'Tacna – Tumbes',
  until: '2026-11-30T12:00:00Z',
};

// Options refused are refused before the store is opened.
const noStore: WithDb = async () => {
  throw new Error('the store was opened for options that should have been refused');
};

describe('issueCommand', () => {
  it.each([
    ['a day that does not exist', { until: '2027-02-31T00:00:00Z' }, '--until: 2027-02-31T00:00:00Z is not'],
    ['a start time that is not ISO 8601', { from: 'tomorrow' }, '--from: tomorrow is not an ISO 8601 time'],
    ['an empty name', { name: '' }, '--name is empty'],
    ['a name of spaces only', { name: '   ' }, '--name is empty'],
    ['a name too long', { name: 'a'.repeat(201) }, '--name is longer than 200 characters'],
    ['an id that is not a UUID', { id: 'not-a-uuid' }, '--id is not a UUID'],
    ['an empty convoy name', { convoyName: '' }, '--convoy-name is empty'],
    [
      'a document kind without its number',
      { documentKind: 'VE-CI' },
      'give both --document-kind and --document-number',
    ],
  ])('refuses %s, naming the option', async (_, over, message) => {
    const result = await issueCommand(noStore, { ...PASSENGER, ...over }, NOW);
    expect(result).toEqual({ ok: false, message: expect.stringContaining(message) });
    expect(result.ok ? '' : result.message).not.toMatch(/\b(n|jti|exp|nbf):/);
  });
});

describe('keysetFrom', () => {
  it.each([
    [
      'not JSON',
      'hello\n',
      /keyset\.json is not a keyset \(the JSON `paso keys export` writes\): it is not JSON$/,
    ],
    [
      'JSON but not a keyset',
      '{"keys": 3}',
      /keyset\.json is not a keyset \(the JSON `paso keys export` writes\)$/,
    ],
  ])('refuses a keyset file that is %s as a mistake of the user (exit 2)', async (_, text, message) => {
    const file = join(mkdtempSync(join(tmpdir(), 'paso-keyset-')), 'keyset.json');
    writeFileSync(file, text);
    const error = await keysetFrom(noStore, file, NOW).catch((e: unknown) => e);
    const { message: said, exitCode } = describeFailure(error);
    expect(said).toMatch(message);
    expect(exitCode).toBe(2);
  });
});
