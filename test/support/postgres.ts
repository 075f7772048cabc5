// A throwaway PostgreSQL for tests and benchmarks: initdb into a temporary folder, listen on a
// unix socket only (no TCP), removed on stop. Uses the installed server binaries.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ThrowawayPostgres {
  readonly url: string;
  readonly socketDir: string;
  stop(): void;
}

function findBinDir(): string | undefined {
  const candidates = [process.env.PASO_PG_BIN, '/usr/local/bin', '/usr/lib/postgresql'].filter(
    (d): d is string => typeof d === 'string',
  );
  for (const dir of candidates) {
    if (existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  }
  if (existsSync('/usr/lib/postgresql')) {
    const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
    for (const v of versions) {
      const dir = join('/usr/lib/postgresql', v, 'bin');
      if (existsSync(join(dir, 'initdb'))) return dir;
    }
  }
  return undefined;
}

// initdb refuses to run as root: run the binaries as the postgres user then.
function asOwner(command: string, args: readonly string[]): [string, string[]] {
  if (process.getuid?.() === 0) return ['runuser', ['-u', 'postgres', '--', command, ...args]];
  return [command, [...args]];
}

export function startPostgres(): ThrowawayPostgres {
  const bin = findBinDir();
  if (!bin) throw new Error('PostgreSQL server binaries (initdb, pg_ctl) not found; set PASO_PG_BIN');
  const root = mkdtempSync(join(tmpdir(), 'paso-pg-'));
  const data = join(root, 'data');
  const sock = join(root, 'sock');
  execFileSync('mkdir', ['-p', data, sock]);
  if (process.getuid?.() === 0) {
    chmodSync(root, 0o755);
    execFileSync('chown', ['-R', 'postgres:postgres', root]);
  }
  const run = (command: string, args: readonly string[]) => {
    const [c, a] = asOwner(join(bin, command), args);
    const r = spawnSync(c, a, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${command} failed: ${r.stderr || r.stdout}`);
  };
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(root, 'pg.log'),
    '-w',
    '-t',
    '60',
    '-o',
    `-c listen_addresses='' -k ${sock} -c fsync=off -c max_connections=200`,
    'start',
  ]);
  let stopped = false;
  return {
    url: `postgresql://postgres@${encodeURIComponent(sock)}/postgres`,
    socketDir: sock,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}
