// Making and describing shelters: the one path the API and `paso shelter` share. Names are unique
// whatever their case or accents, on making a shelter and on renaming one; each write is audited.
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { NewShelterBody, ShelterChangeBody } from '../../api/care';
import { checkPoint, describeIssue, type GeoPoint, operationExtent } from '../../domain/situation';
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
import { listCheckpoints } from '../../store/reference';
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

// A shelter is placed on the operation's map as an incident is (situation.outside-extent): a sign typed
// wrong (70.25 for −70.25) would put it across the world and open the map at its widest zoom.
async function refuseOutsideExtent(tx: Executor, point: GeoPoint): Promise<void> {
  const issues = checkPoint(point, operationExtent(await listCheckpoints(tx)));
  if (issues.length === 0) return;
  const errors = issues.map((i) => ({ path: `body.${i.field}`, message: describeIssue(i), code: i.code }));
  throw new Problem('validation', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });
}

/**
 * Makes a shelter with its beds, or answers the one a resend (same id, same name) made. Throws
 * validation (a place outside the operation's map), care.shelter-name-taken, or care.conflict when
 * the id was used for another shelter.
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
    await refuseOutsideExtent(tx, body);
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
 * Changes a shelter's name, city, operator, place or beds. Throws request.not-found, validation (a
 * place moved outside the operation's map), care.shelter-name-taken, or care.beds-below-occupancy
 * when fewer beds than people staying are set.
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
    if (change.latitude !== undefined || change.longitude !== undefined) {
      const { latitude = before.latitude, longitude = before.longitude } = change;
      await refuseOutsideExtent(tx, { latitude, longitude });
    }
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
