// Starts and stops a throwaway code-server (a real VS Code server + web workbench) on 127.0.0.1.
// Each start gets its own user-data dir and config file in a temp dir, so runs never share state and nothing
// is written to ~/.config.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { CS_ENTRY, NODE24, node24Env } from './paths.mjs';

const HOST = '127.0.0.1';

/** Asks the kernel for a port nobody is listening on (there is a small window before code-server binds it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, HOST, () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * @param {{ workspace: string, extensionsDir?: string, userSettings?: object, log?: (line: string) => void,
 *           timeoutMs?: number }} opts
 * @returns {Promise<{ url: string, port: number, host: string, pid: number, tmp: string, stop: () => Promise<void> }>}
 */
export async function startCodeServer(opts) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'redis-conf-cs-'));
  const userData = path.join(tmp, 'user-data');
  const extensionsDir = opts.extensionsDir ?? path.join(tmp, 'extensions');
  mkdirSync(path.join(userData, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  // AI features off: VS Code 1.139 otherwise starts an agent host and a copilot runtime per window.
  const settings = { 'chat.disableAIFeatures': true, 'workbench.startupEditor': 'none', ...opts.userSettings };
  writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  const config = path.join(tmp, 'config.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');

  const port = await freePort();
  const args = [
    CS_ENTRY, '--config', config, '--user-data-dir', userData, '--extensions-dir', extensionsDir,
    '--bind-addr', `${HOST}:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', opts.workspace,
  ];
  // Node is started directly (no shell), so child.pid is the server itself; detached makes it a process-group
  // leader, so stop() can reach the server's own children (extension host, file watcher) as well.
  const child = spawn(NODE24, args, {
    env: node24Env({ XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'), XDG_CACHE_HOME: path.join(tmp, 'xdg-cache') }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const log = opts.log ?? (() => {});
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => chunk.split('\n').filter(Boolean).forEach((l) => log(l)));
  }
  let exited = null;
  child.on('exit', (code, signal) => { exited = { code, signal }; });

  const url = `http://${HOST}:${port}`;
  const stop = () => stopProcessTree(child, () => exited !== null).finally(() => rmSync(tmp, { recursive: true, force: true }));
  try {
    await waitForHealth(url, opts.timeoutMs ?? 30_000, () => exited);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, port, host: HOST, pid: child.pid, tmp, stop };
}

async function waitForHealth(url, timeoutMs, exited) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const gone = exited();
    if (gone) throw new Error(`code-server exited before it was healthy (code ${gone.code}, signal ${gone.signal})`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs} ms`);
}

/** SIGTERM to the process group, then SIGKILL after a grace period if anything is left. */
async function stopProcessTree(child, hasExited) {
  const pid = child.pid;
  if (!pid) return;
  const signalGroup = (sig) => { try { process.kill(-pid, sig); } catch { /* already gone */ } };
  signalGroup('SIGTERM');
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline && (!hasExited() || groupAlive(pid))) await new Promise((r) => setTimeout(r, 100));
  if (groupAlive(pid)) {
    if (process.env.REDIS_CONF_EDITOR_DEBUG) console.error(`[codeServer] process group ${pid} outlived SIGTERM; sending SIGKILL`);
    signalGroup('SIGKILL');
  }
}

function groupAlive(pgid) {
  // Signal 0 to the negative id probes the whole process group without touching it.
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}
