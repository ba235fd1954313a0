// A deliberately insecure redis-server for the live-audit UI step: no password, protected mode off, nothing saved.
// It listens on 127.0.0.1 only, on a free port, and runs in a temp dir of its own. The caller stops it by its PID
// (stop()), also when a step fails.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { freePort } from '../codeServer.mjs';

export const REDIS_SERVER = process.env.REDIS_SERVER ?? '/usr/bin/redis-server';

/**
 * @param {{ dir: string, timeoutMs?: number }} opts  `dir`: an empty temp dir, the server's working and data dir.
 * @returns {Promise<{ host: string, port: number, pid: number, output: () => string, stop: () => Promise<void> }>}
 */
export async function startInsecureRedis({ dir, timeoutMs = 15_000 }) {
  if (!existsSync(REDIS_SERVER)) throw new Error(`${REDIS_SERVER} is missing (apt-get install redis-server, or set REDIS_SERVER)`);
  const host = '127.0.0.1';
  const port = await freePort();
  const args = [
    '--port', String(port), '--bind', host, '--protected-mode', 'no', '--save', '', '--appendonly', 'no',
    '--dir', dir, '--daemonize', 'no',
  ];
  // Started directly (no shell), so child.pid is redis-server itself.
  const child = spawn(REDIS_SERVER, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => { text = (text + chunk).slice(-20_000); });
  }
  let exited = null;
  const exit = new Promise((resolve) => child.once('exit', (code, signal) => { exited = { code, signal }; resolve(); }));
  let spawnError = null;
  child.once('error', (err) => { spawnError = err; });

  const stop = async () => {
    if (exited || !child.pid) return;
    try { process.kill(child.pid, 'SIGTERM'); } catch { /* already gone */ }
    const killer = setTimeout(() => { try { process.kill(child.pid, 'SIGKILL'); } catch { /* gone */ } }, 5000);
    await exit;
    clearTimeout(killer);
  };

  const deadline = Date.now() + timeoutMs;
  while (!/ready to accept connections/i.test(text)) {
    if (spawnError || exited || Date.now() > deadline) {
      await stop();
      const why = spawnError ? spawnError.message : exited ? `exited (${exited.code ?? exited.signal})` : `was not ready within ${timeoutMs / 1000} s`;
      throw new Error(`redis-server ${why}; its last output:\n${text.trimEnd().split('\n').slice(-8).join('\n') || '(none)'}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { host, port, pid: child.pid, output: () => text, stop };
}
