// The rules the server enforces are in the API's document: a request the document calls invalid is
// refused, and one it calls valid gets past validation, so a client generated from the document
// sends what the server takes. Cross-field rules are in the schemas too, where JSON Schema says them.
import { beforeAll, describe, expect, it } from 'vitest';
import { as, suiteTestApp } from '../../test/support/app';
import { type OpenApiDocument, readDocument, schemaChecker } from '../../test/support/openapi';
import { MIN_PASSWORD_LENGTH } from '../api/accounts';
import { SANTA_ROSA_ID } from '../store/demo';

const MRZ = 'P<UTOERIKSSON<<ANNA<MARIA';
let serial = 0;
const registration = (person: Record<string, string>) => {
  serial += 1;
  return {
    id: `0a7a0000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    checkpointId: SANTA_ROSA_ID,
    at: '2025-11-27T14:00:00.000Z',
    person: { givenNames: 'Ana', surname1: `Regla${serial}`, ...person },
    intention: 'entry',
    consent: true,
  };
};

type Verdict = 'valid' | 'invalid';
type Case = readonly [string, string, string, Record<string, unknown>, Verdict];
// Cases of one POST route, each body made from the fields the case is about.
const casesOf =
  <F>(path: string, bodyOf: (fields: F) => Record<string, unknown>) =>
  (what: string, fields: F, verdict: Verdict): Case => [what, 'POST', path, bodyOf(fields), verdict];
const mrzCase = casesOf('/api/documents/mrz', (fields: Record<string, string>) => ({ mrz: MRZ, ...fields }));
const registrationCase = casesOf('/api/registrations', registration);
const CASES: readonly Case[] = [
  mrzCase('a checkpoint without its direction', { checkpointId: SANTA_ROSA_ID }, 'invalid'),
  mrzCase('a direction without its checkpoint', { direction: 'entry' }, 'invalid'),
  mrzCase('a checkpoint with its direction', { checkpointId: SANTA_ROSA_ID, direction: 'entry' }, 'valid'),
  mrzCase('a zone alone', {}, 'valid'),
  registrationCase('a birth date written day first', { birthDate: '27/11/1990' }, 'invalid'),
  registrationCase('a birth date of a year and month', { birthDate: '1990-11' }, 'valid'),
  registrationCase('a birth date of a year', { birthDate: '1990' }, 'valid'),
  registrationCase('a nationality written out', { nationality: 'Venezuela' }, 'invalid'),
  registrationCase('a nationality in lower case', { nationality: 'ven' }, 'valid'),
  registrationCase('a surname of spaces', { surname1: '   ' }, 'invalid'),
  registrationCase('a surname past the limit', { surname1: 'a'.repeat(201) }, 'invalid'),
  ['a username of spaces', 'POST', '/api/auth/login', { username: '  ', password: 'x' }, 'invalid'],
  ['a referral note of spaces', 'POST', '/api/referrals/{id}/close', { note: ' ' }, 'invalid'],
  ['a policy note of spaces', 'POST', '/api/documents/policy', { rules: [], note: '  ' }, 'invalid'],
  ['a user change that changes nothing', 'PATCH', '/api/users/{id}', {}, 'invalid'],
  [
    'an identifier number past the limit',
    'POST',
    '/api/documents/identifier',
    { idType: 'PE-DNI', number: '1'.repeat(65) },
    'invalid',
  ],
  ['an event batch of any events', 'POST', '/api/events', { events: [{ kind: 'unknown' }] }, 'valid'],
];

describe('the rules in the OpenAPI document', () => {
  const ctx = suiteTestApp('sqlite', ['supervisor', 'admin', 'humanitarian']);
  let doc: OpenApiDocument;
  let faultsOf: ReturnType<typeof schemaChecker>;
  beforeAll(async () => {
    doc = await readDocument(ctx.app);
    faultsOf = schemaChecker(doc);
  });

  const bodySchemaOf = (method: string, path: string) => {
    const schema = doc.paths[path]?.[method.toLowerCase()]?.requestBody?.content['application/json']?.schema;
    if (!schema) throw new Error(`${method} ${path} documents no JSON body`);
    return schema;
  };

  it.each(CASES)('agrees with the server on %s', async (_what, method, path, body, verdict) => {
    const faults = faultsOf(bodySchemaOf(method, path), body);
    expect(faults.length === 0 ? 'valid' : 'invalid', JSON.stringify(faults)).toBe(verdict);
    const who = path.startsWith('/api/users')
      ? ctx.admin
      : path.startsWith('/api/referrals')
        ? ctx.humanitarian
        : ctx.supervisor;
    const response = await ctx.app.inject({
      method: method as 'POST',
      url: path.replace('{id}', '00000000-0000-4000-8000-000000000000'),
      headers: as(who),
      payload: body,
    });
    const validation = response.statusCode === 400 && response.json<{ code: string }>().code === 'validation';
    expect(validation, response.body).toBe(verdict === 'invalid');
  });

  it('states the password minimum the server holds new passwords to', async () => {
    for (const path of ['/api/users', '/api/users/{id}/password']) {
      const schema = bodySchemaOf('POST', path) as { properties: { password: { minLength: number } } };
      expect(schema.properties.password.minLength).toBe(MIN_PASSWORD_LENGTH);
    }
    const short = 'x'.repeat(MIN_PASSWORD_LENGTH - 1);
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: as(ctx.admin),
      payload: { username: 'rule.short', displayName: 'Corta', role: 'analyst', password: short },
    });
    expect(response.json()).toMatchObject({ status: 400, code: 'user.weak-password' });
  });

  it('says in words the rules JSON Schema cannot state', () => {
    const counts = doc.paths['/api/counts']?.get?.parameters ?? [];
    expect(JSON.stringify(counts.find((p) => p.name === 'from'))).toContain('not after `to`');
    expect(JSON.stringify(bodySchemaOf('POST', '/api/documents/mrz'))).toContain('go together');
  });
});
