// Runs the real `paso` command in a child process, as an operator would.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const PASO = join(import.meta.dirname, '..', '..', 'bin', 'paso.mjs');

export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  output(): string;
}

export function startServer(
  env: Record<string, string>,
  args: readonly string[] = ['--demo'],
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [PASO, 'serve', '--port', '0', ...args], {
    env: { ...process.env, PASO_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /serving at (http:\/\/[^\s]+)/.exec(output);
      if (match?.[1]) resolve({ url: match[1], child, output: () => output });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`paso serve exited with ${code}:\n${output}`)));
  });
}

export function stopServer(server: ServerProcess, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null) return resolve(server.child.exitCode);
    server.child.once('exit', (code) => resolve(code));
    server.child.kill(signal);
  });
}

export function runPaso(args: readonly string[], env: Record<string, string>, input?: string) {
  return spawnSync(process.execPath, [PASO, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    input: input ?? '',
  });
}

/**
 * runPaso without waiting: the command runs while the test goes on (and a server in the test's own
 * process goes on answering it); resolves when it exits.
 */
export function runPasoLater(
  args: readonly string[],
  env: Record<string, string>,
  input?: string,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [PASO, ...args], { env: { ...process.env, ...env } });
  if (input !== undefined) child.stdin.end(input);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += String(d);
  });
  child.stderr.on('data', (d) => {
    stderr += String(d);
  });
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

export async function loginOver(url: string, username: string, password: string) {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken };
}
