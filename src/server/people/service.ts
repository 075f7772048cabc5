// Registering a person at a booth, apart from HTTP: where it may happen, what a resend is answered,
// the person record made from what the booth sent, and the registration written with its screening
// and its possible earlier records, audited in the same transaction.
import type { z } from 'zod';
import type { RegisterBody, RegisterReply } from '../../api/people';
import { normalizeName, parsePartialDate } from '../../domain/matching';
import type { User } from '../../store/accounts';
import type { Executor } from '../../store/executor';
import { findPeople, findRegistration, insertRegistration, type PersonRecord } from '../../store/people';
import { listCheckpoints } from '../../store/reference';
import { writeTransaction } from '../../store/transaction-lock';
import type { AuditWriter } from '../audit/record';
import type { ServerContext } from '../context';
import { storeMatches, toMatchable } from '../matching/service';
import { Problem } from '../problems';
import { candidateView } from './candidates';

type Registration = z.infer<typeof RegisterBody>;
type Answer = z.infer<typeof RegisterReply>;

const partial = (text: string | undefined) => {
  if (text === undefined) return null;
  const parsed = parsePartialDate(text);
  return parsed.ok ? (parsed.value ?? null) : null;
};

/** The checkpoint must be one the officer works at, and the booth one of its booths. */
export async function checkPlace(db: Executor, body: Registration, scope: readonly string[] | undefined) {
  if (scope && !scope.includes(body.checkpointId)) throw new Problem('registration.checkpoint');
  const [checkpoint] = await listCheckpoints(db, [body.checkpointId]);
  if (!checkpoint || (body.boothId && !checkpoint.booths.some((b) => b.id === body.boothId))) {
    throw new Problem('registration.unknown-place');
  }
}

/** A resend (offline sync, a retry) is answered with what was decided the first time; undefined if new. */
export async function answerResend(
  ctx: ServerContext,
  body: Registration,
  scope: readonly string[] | undefined,
): Promise<Answer | undefined> {
  const db = ctx.db.kysely;
  const earlier = await findRegistration(db, body.id);
  if (!earlier) return undefined;
  if (earlier.checkpointId !== body.checkpointId || earlier.at !== new Date(body.at).toISOString()) {
    throw new Problem('registration.conflict');
  }
  const person = (await findPeople(db, [earlier.personId])).get(earlier.personId);
  const candidates = person
    ? await candidateView(db, await ctx.matching.candidates(db, toMatchable(person)), scope)
    : [];
  return { id: earlier.id, personId: earlier.personId, status: earlier.screeningStatus, candidates };
}

/** The person as the booth described them, with the name key the matcher compares. */
export function personOf(body: Registration, personId: string): Omit<PersonRecord, 'mergedInto'> {
  const name = normalizeName({
    givenNames: body.person.givenNames,
    surname1: body.person.surname1,
    surname2: body.person.surname2 ?? '',
  });
  if (!name.ok) {
    throw new Problem('person.name', 'The name has no letters that can be compared.', {
      nameCode: name.error.code,
    });
  }
  return {
    id: personId,
    givenNames: body.person.givenNames,
    surname1: body.person.surname1,
    surname2: body.person.surname2 ?? null,
    nameKey: name.value.canonical,
    sex: body.person.sex ?? null,
    birthDate: partial(body.person.birthDate),
    nationality: body.person.nationality ?? null,
  };
}

/** Screens and compares the new person, then writes the registration, its matches and the audit entry. */
export async function registerNew(
  ctx: ServerContext,
  body: Registration,
  officer: User,
  scope: readonly string[] | undefined,
  audit: AuditWriter,
): Promise<Answer> {
  const db = ctx.db.kysely;
  const now = ctx.now();
  const personId = ctx.newId();
  const person = personOf(body, personId);
  const document = body.document ? { number: body.document.number, type: body.document.type } : null;
  const matchable = toMatchable(person, document);
  const [hits = []] = await ctx.matching.screen([matchable]);
  const candidateHits = (await ctx.matching.candidates(db, matchable)).filter((h) => h.id !== personId);
  const status = hits.length > 0 ? 'hold' : 'clear';

  const inserted = await writeTransaction(db, async (tx) => {
    const fresh = await insertRegistration(tx, {
      person,
      document: body.document
        ? {
            id: ctx.newId(),
            documentType: body.document.type,
            number: body.document.number,
            issuingState: body.document.issuingState ?? null,
            expiryDate: body.document.expiryDate ?? null,
            mrz: body.document.mrz ?? null,
          }
        : null,
      registration: {
        id: body.id,
        personId,
        checkpointId: body.checkpointId,
        boothId: body.boothId ?? null,
        officerId: officer.id,
        at: new Date(body.at).toISOString(),
        receivedAt: now.toISOString(),
        intention: body.intention,
        consent: body.consent,
        vulnerabilities: body.vulnerabilities,
        offline: body.offline,
        screeningStatus: status,
      },
    });
    if (!fresh) return false;
    const matches = [{ registrationId: body.id, personId, hits, candidates: candidateHits }];
    await storeMatches(tx, ctx.matching, ctx.newId, matches, now.toISOString());
    await audit(tx, {
      action: 'registration.create',
      entityType: 'registration',
      entityId: body.id,
      detail: {
        personId,
        checkpointId: body.checkpointId,
        screening: status,
        hits: hits.length,
        candidatesShown: candidateHits.map((h) => h.id),
      },
    });
    return true;
  });
  // Two resends raced; the other one landed first. Answer as a resend does.
  if (!inserted)
    throw new Problem('registration.conflict', 'The registration was made meanwhile; send it again.');
  ctx.matching.rememberPerson(matchable);
  const candidates = await candidateView(db, candidateHits, scope);
  return { id: body.id, personId, status, candidates };
}
