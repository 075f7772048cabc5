// The first administrator of an installation without the demo is made once, whatever the number of
// servers that start on the empty database at the same moment: one of them shows a password, and it
// is the password that signs in.
import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { DIALECTS, eachTestDb } from '../../../test/support/databases';
import { findCredentials, verifyPassword } from '../accounts';
import { listAudit } from '../audit';
import { ensureFirstAdmin } from './seed';

const NOW = new Date('2025-11-27T15:00:00Z');
// A bound on waiting for the two starts to meet, generous for a loaded machine: not a time measured.
const WAIT = { timeout: 30_000, interval: 20 };

describe.each(DIALECTS)('the first administrator, on %s', (dialect) => {
  const t = eachTestDb(dialect);

  // Before, each of two servers starting at once found no user, and both went on: the second's
  // insert was refused (or, once the first had committed, skipped without a word), and it printed
  // a password nobody could sign in with, or stopped with the database's error.
  it('is made once when two servers start at the same moment', async () => {
    const starts = () => [
      ensureFirstAdmin(t.db.kysely, NOW, () => crypto.randomUUID()),
      ensureFirstAdmin(t.db.kysely, NOW, () => crypto.randomUUID()),
    ];
    let made: Awaited<ReturnType<typeof ensureFirstAdmin>>[];
    if (dialect === 'sqlite') {
      // One connection: SQLite's transactions already run one after the other.
      made = await Promise.all(starts());
    } else {
      made = await bothPastTheirLook(t.env.PASO_DATABASE_URL ?? '', starts);
    }
    const shown = made.filter((m) => m !== undefined);
    expect(shown).toHaveLength(1);
    const found = await findCredentials(t.db.kysely, 'admin');
    expect(found && (await verifyPassword(found.passwordHash, shown[0]?.password ?? ''))).toBe(true);
    const entries = await listAudit(t.db.kysely, { action: 'user.create-first-admin', limit: 10 });
    expect(entries).toHaveLength(1);
  });
});

/**
 * Runs both starts while another connection holds an administrator row it has not committed: each
 * start then finds no user and stops at its own insert, or waits for the other start's lock. Once
 * both wait, the row is taken back and the starts go on, as two servers' starts could interleave.
 */
async function bothPastTheirLook<T>(url: string, starts: () => Promise<T>[]): Promise<T[]> {
  const holder = new pg.Client({ connectionString: url });
  await holder.connect();
  try {
    await holder.query('BEGIN');
    await holder.query(
      `INSERT INTO app_user (id, username, display_name, role, password_hash, disabled, demo, created_at, updated_at)
       VALUES ($1, 'admin', 'x', 'admin', 'x', 0, 0, $2, $2)`,
      [crypto.randomUUID(), NOW.toISOString()],
    );
    const running = starts().map((p) =>
      p.then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => ({ ok: false as const, error }),
      ),
    );
    await vi.waitFor(async () => {
      const waiting = await holder.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted',
      );
      expect(waiting.rows[0]?.n).toBeGreaterThanOrEqual(2);
    }, WAIT);
    await holder.query('ROLLBACK');
    const settled = await Promise.all(running);
    return settled.map((s) => {
      if (!s.ok) throw s.error;
      return s.value;
    });
  } finally {
    await holder.end();
  }
}
