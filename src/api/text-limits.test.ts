// The web app's fields stop at TEXT_LIMITS; the schemas must refuse exactly what is longer.
import { describe, expect, it } from 'vitest';
import { CreateUserBody } from './accounts';
import { AuditQuery } from './audit';
import { LoginBody } from './auth';
import { TEXT_LIMITS } from './common';
import { CloseReferralBody } from './crossing-views';
import { SavePolicyBody } from './documents';
import { ImportWatchlistBody, ReviewHitBody, ReviewLinkBody } from './matching';
import { RegisterBody } from './people';

const text = (n: number) => 'a'.repeat(n);

const registration = (person: Record<string, string>, document?: Record<string, string>) => ({
  id: '0a7a0000-0000-4000-8000-000000000001',
  checkpointId: '0a7a0000-0000-4000-8000-000000000002',
  at: '2025-11-26T12:00:00Z',
  person: { givenNames: 'Ana', surname1: 'Rojas', ...person },
  ...(document === undefined ? {} : { document: { type: 'P', number: 'A1', ...document } }),
  intention: 'entry',
  consent: true,
});

describe('TEXT_LIMITS', () => {
  it.each([
    [
      'a given name',
      TEXT_LIMITS.personName,
      (s: string) => RegisterBody.safeParse(registration({ givenNames: s })),
    ],
    [
      'a surname',
      TEXT_LIMITS.personName,
      (s: string) => RegisterBody.safeParse(registration({ surname1: s })),
    ],
    [
      'a document number',
      TEXT_LIMITS.documentNumber,
      (s: string) => RegisterBody.safeParse(registration({}, { number: s })),
    ],
    [
      'a username',
      TEXT_LIMITS.username,
      (s: string) =>
        CreateUserBody.safeParse({ username: s, displayName: 'Ana', role: 'officer', password: 'x' }),
    ],
    [
      'a display name',
      TEXT_LIMITS.displayName,
      (s: string) =>
        CreateUserBody.safeParse({ username: 'ana', displayName: s, role: 'officer', password: 'x' }),
    ],
    [
      'a password',
      TEXT_LIMITS.password,
      (s: string) => LoginBody.safeParse({ username: 'ana', password: s }),
    ],
    ['an audit actor', TEXT_LIMITS.auditFilter, (s: string) => AuditQuery.safeParse({ actor: s })],
    ['a referral note', TEXT_LIMITS.note, (s: string) => CloseReferralBody.safeParse({ note: s })],
    [
      'a policy version note',
      TEXT_LIMITS.note,
      (s: string) => SavePolicyBody.safeParse({ rules: [], note: s }),
    ],
    [
      'a screening review note',
      TEXT_LIMITS.reviewNote,
      (s: string) => ReviewHitBody.safeParse({ decision: 'dismissed', note: s }),
    ],
    [
      'a duplicate review reason',
      TEXT_LIMITS.note,
      (s: string) => ReviewLinkBody.safeParse({ decision: 'reject', reason: s }),
    ],
    [
      'a watchlist name',
      TEXT_LIMITS.watchlistName,
      (s: string) => ImportWatchlistBody.safeParse({ name: s, format: 'csv', content: 'x' }),
    ],
  ])('are what the API takes for %s', (_field, limit, parse) => {
    expect(parse(text(limit)).success).toBe(true);
    expect(parse(text(limit + 1)).success).toBe(false);
  });
});
