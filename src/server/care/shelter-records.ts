// Making and describing shelters: the one path the API and `paso shelter` share. Names are unique
// whatever their case or accents, on making a shelter and on renaming one; each write is audited.
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { NewShelterBody, ShelterChangeBody } from '../../api/care';
import {
  type CareShelter,
  findShelterFacts,
  insertCareShelter,
  listCareShelters,
  setBeds,
  shelterNamed,
  updateShelterFacts,
} from '../../store/care';
import type { Executor } from '../../store/executor';
import type { Database } from '../../store/schema';
import { writeTransaction } from '../../store/transaction-lock';
import type { AuditWriter } from '../audit/record';
import { Problem } from '../problems';
import { orProblem } from './problems';

async function shelterOf(tx: Executor, id: string): Promise<CareShelter> {
  const found = (await listCareShelters(tx)).find((s) => s.id === id);
  if (!found) throw new Problem('request.not-found', 'No such shelter.');
  return found;
}

// Called in a writeTransaction, so that the check and the write are one step among the transactions
// of one server's pool and of servers sharing a PostgreSQL database.
async function refuseTakenName(tx: Executor, name: string, exceptId?: string): Promise<void> {
  const other = await shelterNamed(tx, name, exceptId);
  if (other) throw new Problem('care.shelter-name-taken', `The shelter "${other.name}" has this name.`);
}

/**
 * Makes a shelter with its beds, or answers the one a resend (same id, same name) made. Throws
 * care.shelter-name-taken, or care.conflict when the id was used for another shelter.
 */
export async function createShelter(
  db: Kysely<Database>,
  body: z.output<typeof NewShelterBody>,
  audit: AuditWriter,
): Promise<{ readonly shelter: CareShelter; readonly created: boolean }> {
  return writeTransaction(db, async (tx) => {
    const prior = await findShelterFacts(tx, body.id);
    if (prior?.name === body.name) return { shelter: await shelterOf(tx, body.id), created: false };
    if (prior) throw new Problem('care.conflict', `The id ${body.id} is another shelter's.`);
    await refuseTakenName(tx, body.name);
    const { beds, ...facts } = body;
    await insertCareShelter(tx, facts, beds);
    await audit(tx, {
      action: 'care.shelter-create',
      entityType: 'shelter',
      entityId: body.id,
      detail: { name: body.name, city: body.city, operator: body.operator, beds },
    });
    return { shelter: await shelterOf(tx, body.id), created: true };
  });
}

/**
 * Changes a shelter's name, city, operator, place or beds. Throws request.not-found,
 * care.shelter-name-taken, or care.beds-below-occupancy when fewer beds than people staying are set.
 */
export async function changeShelter(
  db: Kysely<Database>,
  id: string,
  change: z.output<typeof ShelterChangeBody>,
  audit: AuditWriter,
): Promise<CareShelter> {
  return writeTransaction(db, async (tx) => {
    const before = await findShelterFacts(tx, id);
    if (!before) throw new Problem('request.not-found', 'No such shelter.');
    if (change.name !== undefined) {
      await refuseTakenName(tx, change.name, id);
    }
    const { beds, ...facts } = change;
    await updateShelterFacts(tx, id, facts);
    if (beds !== undefined) orProblem(await setBeds(tx, id, beds));
    await audit(tx, {
      action: 'care.shelter-update',
      entityType: 'shelter',
      entityId: id,
      detail: { before, change },
    });
    return shelterOf(tx, id);
  });
}
