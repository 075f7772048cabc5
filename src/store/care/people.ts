// What care needs to know of registered people, and nothing more: whether they consented to care by
// humanitarian partners, who their family is, and whether they are a child travelling alone. No
// decision, ground or screening result leaves here.
import { type CarePerson, type LookAlikeStaying, lookAlikesToAsk } from '../../domain/care';
import type { Executor } from '../executor';
import { nameHasWord, nameSearchWords } from '../people';
import { readStoredObject } from '../stored-json';
import { lookAlikesStaying } from './look-alikes';

interface CrossingFacts {
  readonly personId: string;
  readonly consent: boolean;
  readonly group: string | undefined;
}

type CrossingRow = {
  id: string;
  person_id: string | null;
  body: string;
  fields: string | null;
  voided: number | null;
};

function factsOf(row: CrossingRow): CrossingFacts | null {
  if (row.person_id === null || row.voided === 1) return null;
  const where = { table: 'crossing_event', column: 'body', key: row.id };
  const body = readStoredObject(row.body, where);
  const fields = row.fields
    ? readStoredObject(row.fields, { ...where, table: 'event_state', column: 'fields' })
    : body;
  return {
    personId: row.person_id,
    consent: fields.consent === true,
    group: typeof fields.group === 'string' ? fields.group : undefined,
  };
}

const crossingRows = (tx: Executor) =>
  tx
    .selectFrom('crossing_event as ce')
    .leftJoin('event_state as es', 'es.event_id', 'ce.id')
    .select(['ce.id', 'ce.person_id', 'ce.body', 'es.fields', 'es.voided'])
    .where('ce.kind', '=', 'crossing');

/** The people named (those registered and not merged away), with their consent and family. */
export async function carePeople(
  tx: Executor,
  personIds: readonly string[],
): Promise<Map<string, CarePerson>> {
  const { consent, groups } = await consentAndGroups(tx, personIds);
  return withFamilies(tx, [...consent.keys()], consent, groups);
}

interface ConsentAndGroups {
  /** Every live person named, whether they consented. */
  readonly consent: Map<string, boolean>;
  /** The crossing group each belongs to, for those in one. */
  readonly groups: Map<string, string>;
}

async function consentAndGroups(tx: Executor, personIds: readonly string[]): Promise<ConsentAndGroups> {
  const consent = new Map<string, boolean>();
  const groups = new Map<string, string>();
  if (personIds.length === 0) return { consent, groups };
  const live = await tx
    .selectFrom('person')
    .select('id')
    .where('id', 'in', [...personIds])
    .where('merged_into', 'is', null)
    .execute();
  const ids = live.map((p) => p.id);
  if (ids.length === 0) return { consent, groups };
  for (const id of ids) consent.set(id, false);
  const registrations = await tx
    .selectFrom('registration')
    .select(['person_id', 'consent', 'at'])
    .where('person_id', 'in', ids)
    .orderBy('at')
    .execute();
  for (const r of registrations) consent.set(r.person_id, r.consent === 1);
  for (const row of await crossingRows(tx).where('ce.person_id', 'in', ids).execute()) {
    const facts = factsOf(row);
    if (!facts) continue;
    consent.set(facts.personId, facts.consent || consent.get(facts.personId) === true);
    if (facts.group) groups.set(facts.personId, facts.group);
  }
  return { consent, groups };
}

// The family of each of `ids`: the others of their crossing group. Finding a group's members reads
// the events' JSON, so only the people shown are given theirs.
async function withFamilies(
  tx: Executor,
  ids: readonly string[],
  consent: ReadonlyMap<string, boolean>,
  groups: ReadonlyMap<string, string>,
): Promise<Map<string, CarePerson>> {
  const out = new Map<string, CarePerson>();
  const members = await groupMembers(tx, [...new Set(ids.flatMap((id) => groups.get(id) ?? []))]);
  const alone = await childrenAlone(tx, ids);
  for (const id of ids) {
    const group = groups.get(id);
    const family = group ? (members.get(group) ?? []).filter((m) => m !== id) : [];
    out.set(id, { id, consented: consent.get(id) === true, family, childAlone: alone.has(id) });
  }
  return out;
}

// The referral reasons that say a child travels without their parents (docs/care.md).
const CHILD_ALONE_REASONS = ['unaccompanied-minor', 'separated-minor'];

/** Those of `ids` who crossed as a child alone and whose protection referral is still open. */
async function childrenAlone(tx: Executor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  // From the people's crossings to their referrals: joined, SQLite went from every open referral
  // (thousands, where children cross alone) to its crossing.
  const rows = await tx
    .selectFrom('crossing_event as ce')
    .select('ce.person_id')
    .where('ce.person_id', 'in', [...ids])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('protection_referral as pr')
          .select('pr.id')
          .whereRef('pr.event_id', '=', 'ce.id')
          .where('pr.status', '=', 'open')
          .where('pr.reason', 'in', CHILD_ALONE_REASONS),
      ),
    )
    .execute();
  return new Set(rows.flatMap((r) => (r.person_id === null ? [] : [r.person_id])));
}

// A group's members: the crossings whose group (as last corrected) is one of these, by its index.
async function groupMembers(tx: Executor, groups: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(groups.map((group) => [group, []]));
  if (groups.length === 0) return out;
  const rows = await crossingRows(tx)
    .where('ce.group_id', 'in', [...groups])
    .execute();
  for (const facts of rows.map(factsOf)) {
    const members = facts?.group === undefined ? undefined : out.get(facts.group);
    if (facts && members && !members.includes(facts.personId)) members.push(facts.personId);
  }
  return out;
}

export interface CareCandidate {
  readonly personId: string;
  readonly givenNames: string;
  readonly surname1: string;
  readonly surname2: string | null;
  readonly birthYear: number | null;
  readonly family: readonly string[];
  /**
   * The family, each with their consent and where they stay: a check-in may leave some out. Only those
   * who consented are named (an empty name otherwise).
   */
  readonly relatives: readonly CareRelative[];
  readonly shelterId: string | null;
  /** A child travelling alone with a protection referral open: the children's beds are theirs. */
  readonly childAlone: boolean;
  /** People staying at a shelter whose records may be this person's or their family's. */
  readonly lookAlikes: readonly LookAlikeStaying[];
}

export interface CareRelative {
  readonly personId: string;
  readonly givenNames: string;
  readonly surname1: string;
  readonly consented: boolean;
  readonly shelterId: string | null;
}

export interface CareCandidates {
  readonly people: readonly CareCandidate[];
  /** More people who consented match than were given: the carer should type more of the name. */
  readonly more: boolean;
}

interface NameRow {
  readonly id: string;
  readonly given_names: string;
  readonly surname1: string;
  readonly surname2: string | null;
  readonly birth_year: number | null;
}

// Consent is not a column of person: name matches are read in pages and filtered, until enough who
// consented are found. A common name (María, González) matches thousands; reading stops after
// CANDIDATE_SCAN of them, and the answer then says that more may match.
const CANDIDATE_PAGE = 200;
const CANDIDATE_SCAN = 5_000;

/** People who consented, found by a part of their name, with their family and where they stay now. */
export async function findCareCandidates(tx: Executor, text: string, limit = 20): Promise<CareCandidates> {
  const words = nameSearchWords(text);
  if (words.length === 0) return { people: [], more: false };
  let query = tx
    .selectFrom('person')
    .select(['id', 'given_names', 'surname1', 'surname2', 'birth_year'])
    .where('merged_into', 'is', null);
  for (const word of words) query = query.where(nameHasWord(word));
  const ordered = query.orderBy('surname1').orderBy('given_names').orderBy('id');
  const chosen: NameRow[] = [];
  const groups = new Map<string, string>();
  let more = false;
  // One read of the matches (a page at a time, each read again and sorted every match: a second
  // each with a million people), looked at in pages.
  const matches: readonly NameRow[] = await ordered.limit(CANDIDATE_SCAN).execute();
  for (let offset = 0; ; offset += CANDIDATE_PAGE) {
    if (offset >= CANDIDATE_SCAN) {
      more = true;
      break;
    }
    const found = matches.slice(offset, offset + CANDIDATE_PAGE);
    const page = await consentAndGroups(
      tx,
      found.map((p) => p.id),
    );
    for (const row of found) {
      if (page.consent.get(row.id) !== true) continue;
      if (chosen.length === limit) {
        more = true;
        break;
      }
      chosen.push(row);
      const group = page.groups.get(row.id);
      if (group) groups.set(row.id, group);
    }
    if (more || found.length < CANDIDATE_PAGE) break;
  }
  const ids = chosen.map((row) => row.id);
  const people = await withFamilies(tx, ids, new Map(ids.map((id) => [id, true])), groups);
  const familyOf = (id: string) => people.get(id)?.family ?? [];
  const everyone = [...new Set(ids.flatMap((id) => [id, ...familyOf(id)]))];
  const staying = await stayingAt(tx, everyone);
  const lookAlikes = await lookAlikesStaying(tx, everyone);
  const relativeIds = everyone.filter((id) => !ids.includes(id));
  const { consent } = await consentAndGroups(tx, relativeIds);
  const names =
    relativeIds.length === 0
      ? []
      : await tx
          .selectFrom('person')
          .select(['id', 'given_names', 'surname1'])
          .where('id', 'in', relativeIds)
          .execute();
  const nameOf = new Map<string, { readonly given_names: string; readonly surname1: string }>(
    [...chosen, ...names].map((n) => [n.id, n]),
  );
  // A relative who did not consent to sharing their data with the humanitarian side is not named
  // to it: the carer learns only that someone of the family stays out.
  const relativesOf = (id: string): CareRelative[] =>
    familyOf(id).map((m) => {
      const consented = consent.get(m) === true || ids.includes(m);
      return {
        personId: m,
        givenNames: consented ? (nameOf.get(m)?.given_names ?? '') : '',
        surname1: consented ? (nameOf.get(m)?.surname1 ?? '') : '',
        consented,
        shelterId: staying.get(m) ?? null,
      };
    });
  return {
    more,
    people: chosen.map((row) => ({
      personId: row.id,
      givenNames: row.given_names,
      surname1: row.surname1,
      surname2: row.surname2,
      birthYear: row.birth_year,
      family: familyOf(row.id),
      relatives: relativesOf(row.id),
      shelterId: staying.get(row.id) ?? null,
      childAlone: people.get(row.id)?.childAlone === true,
      lookAlikes: lookAlikesToAsk([row.id, ...familyOf(row.id)], lookAlikes, people),
    })),
  };
}

/** Where each of these people stays now (shelter id), for those inside. */
export async function stayingAt(tx: Executor, personIds: readonly string[]): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const rows = await tx
    .selectFrom('care_presence')
    .select(['person_id', 'shelter_id'])
    .where('person_id', 'in', [...personIds])
    .execute();
  return new Map(rows.map((r) => [r.person_id, r.shelter_id]));
}
