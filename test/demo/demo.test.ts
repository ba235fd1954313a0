/**
 * `npm start` (scripts/demo.mjs) as a user meets it: it reports ready with an editor URL and a Redis
 * address, both on 127.0.0.1; the editor answers, the deliberately insecure Redis answers PING and
 * listens on loopback only; Ctrl-C stops code-server and redis-server and removes the temp dirs.
 * It reuses the .vsix the UI tests packaged (--no-build) when there is one, to stay quick.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../differential/harness';

const ROOT = repoRoot();
const READY_TIMEOUT_MS = 240_000;

interface Ready {
  url: string;
  redisUrl: string;
  codeServerPid: number;
  redisPid: number;
  tempDirs: string[];
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until<T>(what: string, check: () => T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = check();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what} after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function ping(host: string, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host, port }, () => socket.write('PING\r\n'));
    socket.setTimeout(3000, () => socket.destroy(new Error('no answer to PING')));
    socket.once('data', (b) => {
      resolve(b.toString('latin1'));
      socket.end();
    });
    socket.once('error', reject);
  });
}

test('npm start: editor and insecure Redis on 127.0.0.1, Ctrl-C stops both and cleans up', { timeout: READY_TIMEOUT_MS + 60_000 }, async (t) => {
  if (!existsSync('/usr/bin/redis-server') && !process.env.REDIS_SERVER) {
    if (process.env.CI) assert.fail('redis-server is missing');
    return t.skip('redis-server is missing');
  }
  if (!existsSync(join(ROOT, '.cache', 'editor', 'cs'))) {
    if (process.env.CI) assert.fail('code-server is not set up (npm run setup:editor runs before this in npm test)');
    return t.skip('code-server is not set up: npm run setup:editor');
  }
  const readyFile = join(tmpdir(), `redis-conf-demo-test-${process.pid}.json`);
  const args = ['scripts/demo.mjs', '--ready-file', readyFile, ...(existsSync(join(ROOT, 'redis-conf.vsix')) ? ['--no-build'] : [])];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (b) => (output += b));
  child.stderr.on('data', (b) => (output += b));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let ready: Ready | undefined;
  try {
    ready = await until('DEMO READY', () => {
      if (child.exitCode !== null) throw new Error(`the demo exited (${child.exitCode}):\n${output}`);
      return /DEMO READY /.test(output) && existsSync(readyFile) ? (JSON.parse(readFileSync(readyFile, 'utf8')) as Ready) : undefined;
    }, READY_TIMEOUT_MS);

    const editor = new URL(ready.url);
    assert.equal(editor.hostname, '127.0.0.1');
    const page = await fetch(ready.url);
    assert.equal(page.status, 200, `editor answered ${page.status}`);
    assert.match(await page.text(), /vscode-workbench-web-configuration/, 'not the VS Code workbench page');

    const redis = new URL(ready.redisUrl);
    assert.equal(redis.hostname, '127.0.0.1');
    // The example's weak requirepass makes it answer NOAUTH; either way it is the Redis protocol.
    assert.match(await ping('127.0.0.1', Number(redis.port)), /^(\+PONG|-NOAUTH)/);
    // The insecure example binds 0.0.0.0; the demo must override that to loopback only.
    const cmdline = readFileSync(`/proc/${ready.redisPid}/cmdline`, 'utf8').split('\0').join(' ');
    assert.match(cmdline, /127\.0\.0\.1/, cmdline);
    assert.doesNotMatch(cmdline, /0\.0\.0\.0|\*:/, cmdline);
    assert.match(output, /Ctrl-C stops everything/);
  } finally {
    child.kill('SIGINT');
    const code = await Promise.race([exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 20_000))]);
    if (code === 'timeout') child.kill('SIGKILL');
    assert.equal(code, 0, `the demo did not stop cleanly on Ctrl-C:\n${output}`);
  }
  await until('both servers to stop', () => (!alive(ready.codeServerPid) && !alive(ready.redisPid) ? true : undefined), 5000);
  for (const dir of ready.tempDirs) assert.ok(!existsSync(dir), `${dir} is left behind`);
  assert.ok(!existsSync(readyFile), 'the ready file is left behind');
});
