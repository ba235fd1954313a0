// Starts a redis-server for the demo and the UI tests, optionally from a config file, with command-line overrides
// for every setting that would reach beyond a temp dir or beyond this machine. The security settings of the file
// are left as they are: the server is meant to be insecure, only never reachable from another host.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const REDIS_SERVER = process.env.REDIS_SERVER ?? '/usr/bin/redis-server';
const HOST = '127.0.0.1';

/** "7.0.15" from `redis-server --version`, or null when the binary is missing or says something else. */
export function redisServerVersion(bin = REDIS_SERVER) {
  if (!existsSync(bin)) return null;
  try {
    return /\bv=(\d+\.\d+\.\d+)/.exec(execFileSync(bin, ['--version'], { encoding: 'utf8' }))?.[1] ?? null;
  } catch {
    return null;
  }
}

/**
 * @param {{ conf?: string, dir: string, port: number, extraArgs?: string[], timeoutMs?: number,
 *           onExit?: (code: number|null, signal: string|null) => void }} opts
 *   `dir` must be an empty temp dir; the server runs there and the config (if any) is copied into it.
 *   `extraArgs` come last, so they win over everything (e.g. `--protected-mode no`).
 * @returns {Promise<{ pid: number, host: string, port: number, url: string, log: string, logTail: () => string, stop: () => Promise<void> }>}
 */
export async function startRedisServer({ conf, dir, port, extraArgs = [], timeoutMs = 15_000, onExit }) {
  if (!existsSync(REDIS_SERVER)) throw new Error(`${REDIS_SERVER} is missing (apt-get install redis-server, or set REDIS_SERVER)`);
  // A copy, because CONFIG REWRITE (open to anyone on this server) would otherwise rewrite the repo's file.
  const confCopy = conf ? path.join(dir, path.basename(conf)) : undefined;
  if (conf) copyFileSync(conf, confCopy);
  const log = path.join(dir, 'redis.log');
  // Later settings win, and command-line arguments come after the file.
  const args = [
    ...(confCopy ? [confCopy] : []),
    '--port', String(port),
    '--bind', HOST, // the file binds 0.0.0.0
    '--dir', dir, // the file says ./, which would be the caller's working directory (dump.rdb lands there)
    '--logfile', log, // readiness is read from the log
    '--daemonize', 'no', // stop() needs the server to be this child, not a forked copy
    '--pidfile', '', // no pid file anywhere
    '--unixsocket', '', // the file asks for /tmp/redis.sock, mode 777, which redis would first unlink if it exists
    '--supervised', 'no',
    ...extraArgs,
  ];
  // detached: a terminal's Ctrl-C must reach the demo only, which then stops the server itself.
  const child = spawn(REDIS_SERVER, args, { cwd: dir, stdio: 'ignore', detached: true });
  let exited = null;
  const exit = new Promise((resolve) => child.once('exit', (code, signal) => {
    exited = { code, signal };
    resolve();
    onExit?.(code, signal);
  }));
  const spawnError = new Promise((_, reject) => child.once('error', reject));
  spawnError.catch(() => {});
  const logTail = (n = 10) => (existsSync(log) ? readFileSync(log, 'utf8').trimEnd().split('\n').slice(-n).join('\n') : '');

  const stop = async () => {
    if (exited || !child.pid) return;
    try { process.kill(child.pid, 'SIGTERM'); } catch { /* gone */ }
    const killer = setTimeout(() => { try { process.kill(child.pid, 'SIGKILL'); } catch { /* gone */ } }, 5000);
    await exit;
    clearTimeout(killer);
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (existsSync(log) && /ready to accept connections/i.test(readFileSync(log, 'utf8'))) break;
    if (exited || Date.now() > deadline) {
      await stop();
      const why = exited ? `exited (${exited.code ?? exited.signal})` : `was not ready within ${timeoutMs / 1000} s`;
      throw new Error(`redis-server ${why}; the end of its log:\n${logTail() || '(empty)'}`);
    }
    await Promise.race([new Promise((r) => setTimeout(r, 50)), spawnError]);
  }
  return { pid: child.pid, host: HOST, port, url: `redis://${HOST}:${port}`, log, logTail, stop };
}
