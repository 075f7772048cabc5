// Seeds the demo scenario once, and makes the first administrator of an installation without it.
import { randomBytes } from 'node:crypto';
import { countUsers, hashPassword, insertUser } from '../accounts';
import { appendAudit } from '../audit';
import type { Executor } from '../executor';
import { insertCheckpoint, insertShelter, readSetting, writeSetting } from '../reference';
import { lockChainAndFigures } from '../transaction-lock';
import { seedCareDemo, seedCareDemoStays } from './care';
import { refreshDemoDecree, seedDemoDecree } from './decree';
import { refreshDemoPolicy, seedDemoPolicy } from './document-policy';
import { seedDemoHistory } from './history';
import { DEMO_CHECKPOINTS, DEMO_PASSWORD, DEMO_SHELTERS, DEMO_USERS } from './scenario';
import { seedDemoSituation } from './situation';
import { seedDemoTransit } from './transit';

const SYSTEM = { actorId: null, actorUsername: 'system' } as const;

// False when the demo was already there: seeding twice changes nothing.
export async function seedDemo(db: Executor, now: Date): Promise<boolean> {
  if ((await readSetting(db, 'demo')) === 'true') return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const at = now.toISOString();
  return db.transaction().execute(async (tx) => {
    if ((await readSetting(tx, 'demo')) === 'true') return false;
    for (const checkpoint of DEMO_CHECKPOINTS) await insertCheckpoint(tx, { ...checkpoint, demo: true }, at);
    for (const shelter of DEMO_SHELTERS) await insertShelter(tx, shelter);
    for (const user of DEMO_USERS) {
      await insertUser(tx, { ...user, passwordHash, demo: true, now: at });
    }
    await seedDemoPolicy(tx, at);
    await seedDemoDecree(tx, at);
    await seedDemoTransit(tx, now);
    await seedCareDemo(tx, at);
    await writeSetting(tx, 'demo', 'true', at);
    await appendAudit(tx, {
      at,
      ...SYSTEM,
      action: 'demo.seed',
      detail: {
        checkpoints: DEMO_CHECKPOINTS.length,
        shelters: DEMO_SHELTERS.length,
        users: DEMO_USERS.length,
      },
    });
    return true;
  });
}

/** Brings a seeded demo up to today: the rules' dates, and the recent hours of crossings. */
export async function refreshDemo(db: Executor, now: Date): Promise<{ events: number }> {
  if ((await readSetting(db, 'demo')) !== 'true') return { events: 0 };
  await refreshDemoPolicy(db, now);
  await seedDemoSituation(db, now);
  await refreshDemoDecree(db, now);
  await addMissingDemoUsers(db, now);
  const events = await seedDemoHistory(db, now);
  await seedCareDemoStays(db, now);
  return { events };
}

// A demo seeded before a demo user was added (Chacalluta's officer) gets them, so that the history
// can name them.
async function addMissingDemoUsers(db: Executor, now: Date): Promise<void> {
  const there = new Set((await db.selectFrom('app_user').select('id').execute()).map((u) => u.id));
  const missing = DEMO_USERS.filter((u) => !there.has(u.id));
  if (missing.length === 0) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (tx) => {
    for (const user of missing) {
      await insertUser(tx, { ...user, passwordHash, demo: true, now: now.toISOString() });
    }
  });
}

// On a fresh installation without the demo: one administrator whose password is shown once and
// stored only as a hash. Undefined when there are users already. The look for users is made under
// the write lock: of two servers starting at once on one PostgreSQL database, the second waits for
// the first and then finds its administrator, instead of printing a password that was never stored.
export async function ensureFirstAdmin(
  db: Executor,
  now: Date,
  newId: () => string,
): Promise<{ username: string; password: string } | undefined> {
  if ((await countUsers(db)) > 0) return undefined;
  const password = randomBytes(15).toString('base64url');
  const passwordHash = await hashPassword(password);
  const at = now.toISOString();
  const made = await db.transaction().execute(async (tx) => {
    await lockChainAndFigures(tx);
    if ((await countUsers(tx)) > 0) return false;
    const id = newId();
    const inserted = await insertUser(tx, {
      id,
      username: 'admin',
      displayName: 'Administrador',
      role: 'admin',
      checkpointIds: [],
      passwordHash,
      now: at,
    });
    if (!inserted) return false;
    await appendAudit(tx, {
      at,
      ...SYSTEM,
      action: 'user.create-first-admin',
      entityType: 'user',
      entityId: id,
    });
    return true;
  });
  return made ? { username: 'admin', password } : undefined;
}
