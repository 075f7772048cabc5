import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { type ApiProblem, clientProblem, describeProblem, fieldErrors, toProblem } from './problem';

// A stand-in translator that shows which key was asked for.
const t = ((key: string) => `t:${key}`) as unknown as TFunction;

const problem = (fields: Partial<ApiProblem>): ApiProblem => ({
  type: 'about:blank',
  title: '',
  status: 400,
  errors: [],
  ...fields,
});

describe('toProblem', () => {
  it('keeps the fields of a problem document', () => {
    const body = {
      type: 't',
      title: 'Conflict',
      status: 409,
      detail: 'd',
      instance: '/i',
      code: 'user.exists',
    };
    expect(toProblem(409, body)).toEqual({ ...body, errors: [] });
  });

  it('keeps the line and the reason code of an unreadable watchlist', () => {
    expect(
      toProblem(400, {
        status: 400,
        code: 'watchlist.invalid',
        detail: 'Line 3: bad',
        line: 3,
        importCode: 'x.y',
      }),
    ).toMatchObject({ code: 'watchlist.invalid', line: 3, importCode: 'x.y' });
  });

  it('takes the status from the answer when the body has none', () => {
    expect(toProblem(503, { title: 'Down' })).toMatchObject({ status: 503, title: 'Down' });
  });

  it.each([undefined, 'text', 42, { status: 'bad' }])('makes a bare problem from a body like %j', (body) => {
    expect(toProblem(500, body)).toEqual({ type: 'about:blank', title: '', status: 500, errors: [] });
  });
});

describe('describeProblem', () => {
  it.each([
    ['auth.invalid-credentials', 't:problem.authInvalidCredentials'],
    ['auth.rate-limited', 't:problem.authRateLimited'],
    ['user.exists', 't:problem.userExists'],
    ['user.weak-password', 't:problem.userWeakPassword'],
    ['incident.conflict', 't:problem.incidentConflict'],
    ['validation', 't:problem.validation'],
    ['client.network', 't:problem.network'],
  ])('translates the known code %s', (code, expected) => {
    expect(describeProblem(problem({ code, detail: 'server words' }), t)).toBe(expected);
  });

  // The server's detail for these is English: the officer reads why a record was refused in Spanish.
  it.each([
    ['event.conflict', 't:problem.eventConflict'],
    ['event.unknown-checkpoint', 't:problem.eventUnknownCheckpoint'],
    ['event.unknown-booth', 't:problem.eventUnknownBooth'],
    ['event.checkpoint-not-assigned', 't:problem.registrationCheckpoint'],
    ['correction.target-kind', 't:problem.correctionTargetKind'],
    ['correction.checkpoint', 't:problem.correctionCheckpoint'],
    ['correction.held', 't:problem.correctionHeld'],
    ['correction.note-required', 't:problem.correctionNoteRequired'],
    ['group.companion-younger', 't:problem.groupCompanionYounger'],
    ['person.name', 't:problem.personName'],
  ])('translates %s, a reason the server refuses one record of a batch with', (code, expected) => {
    expect(
      describeProblem(problem({ code, detail: 'Event 1 was already received with other content.' }), t),
    ).toBe(expected);
  });

  it('falls back to the detail for an unknown code', () => {
    expect(describeProblem(problem({ code: 'crossing.duplicate', detail: 'Already recorded' }), t)).toBe(
      'Already recorded',
    );
  });

  it.each([
    [403, 't:problem.status403'],
    [404, 't:problem.status404'],
    [500, 't:problem.status500'],
    [504, 't:problem.status500'],
  ])('falls back to the status %i when there is no detail', (status, expected) => {
    expect(describeProblem(problem({ status }), t)).toBe(expected);
  });

  it('uses the title, then a generic sentence, as the last resort', () => {
    expect(describeProblem(problem({ status: 418, title: 'Teapot' }), t)).toBe('Teapot');
    expect(describeProblem(problem({ status: 418 }), t)).toBe('t:problem.unknown');
  });

  it('describes a failure the client made up', () => {
    expect(describeProblem(clientProblem('client.bad-response', 200), t)).toBe('t:problem.badResponse');
  });
});

describe('fieldErrors', () => {
  it.each([
    ['/body/username', 'username'],
    ['body.displayName', 'displayName'],
    ['password', 'password'],
    ['/body/checkpointIds/0', 'checkpointIds'],
    ['checkpointIds[1]', 'checkpointIds'],
  ])('files the error at %s under %s', (path, field) => {
    expect(fieldErrors(problem({ errors: [{ path, message: 'm' }] }))).toEqual({ [field]: 'm' });
  });

  it('keeps the first message for a field and ignores empty paths', () => {
    const errors = [
      { path: 'username', message: 'first' },
      { path: 'username', message: 'second' },
      { path: '', message: 'whole body' },
    ];
    expect(fieldErrors(problem({ errors }))).toEqual({ username: 'first' });
  });
});
