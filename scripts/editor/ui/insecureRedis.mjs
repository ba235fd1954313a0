// A deliberately insecure redis-server for the live-audit UI step: no password, protected mode off, nothing saved.
// It listens on 127.0.0.1 only, on a free port, and runs in a temp dir of its own (scripts/editor/redisServer.mjs).
// The caller stops it by its PID (stop()), also when a step fails.
import { freePort } from '../codeServer.mjs';
import { startRedisServer } from '../redisServer.mjs';

/**
 * @param {{ dir: string, timeoutMs?: number }} opts  `dir`: an empty temp dir, the server's working and data dir.
 * @returns {Promise<{ host: string, port: number, pid: number, stop: () => Promise<void> }>}
 */
export async function startInsecureRedis({ dir, timeoutMs = 15_000 }) {
  return startRedisServer({
    dir,
    port: await freePort(),
    timeoutMs,
    extraArgs: ['--protected-mode', 'no', '--save', '', '--appendonly', 'no'],
  });
}
