// The review queues give each record compared the document it was registered with, its type and
// issuing state with its number: two people of one name and birth date are told apart by them.
import { describe, expect, it } from 'vitest';
import { as, eachTestApp, sendAs } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { duplicateLink as link } from '../../../test/support/links';
import { registrationOf } from '../../../test/support/registrations';
import { importWatchlist, LISTED_ALONE_CSV, LISTED_AS_READ } from '../../../test/support/watchlists';
import { insertLinks } from '../../store/matching';
import { insertRegistration } from '../../store/people';
import { crossingAt, postEvents } from '../crossings/test-post-events';

type Shown = { type: string; number: string; issuingState: string | null; expiryDate: string | null } | null;
type Person = { personId: string; document: Shown };

describe.each(DIALECTS)('the documents the review queues compare, on %s', (dialect) => {
  const ctx = eachTestApp(dialect, ['officer', 'supervisor', 'admin']);
  const send = sendAs(ctx);

  it('shows the hit’s person with the type, number, issuing state and expiry of their document', async () => {
    await importWatchlist(ctx.app, ctx.admin, LISTED_ALONE_CSV);
    const passport = { type: 'P', number: 'V12345678', issuingState: 'VEN', expiryDate: '2030-05-31' };
    await postEvents(ctx.app, as(ctx.officer), [
      crossingAt('2025-11-27T14:00:00Z', LISTED_AS_READ, { document: passport }),
      crossingAt('2025-11-27T14:30:00Z', LISTED_AS_READ),
    ]);
    const response = await send(ctx.supervisor, 'GET', '/api/screening/hits?status=open');
    expect(response.statusCode, response.body).toBe(200);
    const documents = response.json<{ hits: { person: Person }[] }>().hits.map((h) => h.person.document);
    expect(documents).toHaveLength(2);
    expect(documents).toContainEqual(passport);
    // Registered without one: said as none, not left out.
    expect(documents).toContainEqual(null);
  });

  it('shows both records of a duplicate link with their own documents', async () => {
    const dni = (n: number, number: string, issuingState: string | null) => ({
      ...registrationOf(n, 'Maria', 'Cruz'),
      document: {
        id: `20000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
        documentType: n === 1 ? 'PE-DNI' : 'I',
        number,
        issuingState,
        expiryDate: null,
        mrz: null,
      },
    });
    await insertRegistration(ctx.t.db.kysely, dni(1, '45879632', 'PER'));
    await insertRegistration(ctx.t.db.kysely, dni(2, '45879632', 'VEN'));
    await insertLinks(ctx.t.db.kysely, [link(1, 1, 2)]);
    const response = await send(ctx.supervisor, 'GET', '/api/duplicates?status=candidate');
    expect(response.statusCode, response.body).toBe(200);
    const [shown] = response.json<{ links: { a: Person; b: Person }[] }>().links;
    const byPerson = Object.fromEntries([shown?.a, shown?.b].map((p) => [p?.personId, p?.document]));
    expect(byPerson).toEqual({
      [registrationOf(1, '', '').person.id]: {
        type: 'PE-DNI',
        number: '45879632',
        issuingState: 'PER',
        expiryDate: null,
      },
      [registrationOf(2, '', '').person.id]: {
        type: 'I',
        number: '45879632',
        issuingState: 'VEN',
        expiryDate: null,
      },
    });
  });
});
