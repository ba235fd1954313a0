#!/usr/bin/env node
// `npm start`: the extension in a real VS Code in the browser, next to a deliberately insecure Redis to audit.
// Builds and packages the extension, installs it into a throwaway code-server, opens a copy of examples/ (the repo
// itself is never the workspace) and starts redis-server from examples/insecure.redis.conf on 127.0.0.1.
// Everything listens on 127.0.0.1 only; Ctrl-C (or SIGTERM) stops it all and removes the temp dirs.
//
// Usage: node scripts/demo.mjs [--no-build] [--vsix <file>] [--ready-file <file>]
//   --no-build           use the existing redis-conf.vsix instead of building and packaging first
//   --vsix <file>        use this .vsix (implies --no-build)
//   --ready-file <file>  once ready, write a JSON description (URLs, PIDs, temp dirs) there; removed on exit
// When ready it prints one line `DEMO READY <editor-url> <redis-url>` for scripts.
import { spawn } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startCodeServer } from './editor/codeServer.mjs';
import { installVsix } from './editor/installVsix.mjs';
import { CS_ENTRY, NODE24, REPO } from './editor/paths.mjs';
import { REDIS_SERVER, redisServerVersion, startRedisServer } from './editor/redisServer.mjs';
import { workbenchUrl } from './editor/ui/workbench.mjs';

const t0 = Date.now();
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
const say = (msg) => console.log(`[demo ${secs(Date.now() - t0)}] ${msg}`);

const argv = process.argv.slice(2);
const valueOf = (flag) => {
  const i = argv.indexOf(flag);
  if (i < 0) return undefined;
  if (!argv[i + 1] || argv[i + 1].startsWith('--')) usage(`${flag} needs a value`);
  return path.resolve(argv[i + 1]);
};
function usage(problem) {
  console.error(`${problem}\nusage: node scripts/demo.mjs [--no-build] [--vsix <file>] [--ready-file <file>]`);
  process.exit(2);
}
for (const a of argv) if (a.startsWith('--') && !['--no-build', '--vsix', '--ready-file'].includes(a)) usage(`unknown option ${a}`);
const vsixArg = valueOf('--vsix');
const readyFile = valueOf('--ready-file');
const build = !argv.includes('--no-build') && !vsixArg;
const vsix = vsixArg ?? path.join(REPO, 'redis-conf.vsix');
const EXAMPLES = path.join(REPO, 'examples');
const INSECURE_CONF = path.join(EXAMPLES, 'insecure.redis.conf');

// Shutdown: cleanups run newest first, after the step in progress (if any) has settled, so that nothing started
// during that step is left behind.
const cleanups = [];
let currentChild = null;
let stopping = false;
let failure = null;
const mainDone = main().catch((err) => { failure = err; });
mainDone.then(() => { if (failure && !stopping) shutdown(1, failure.message); });
process.on('SIGINT', () => shutdown(0, 'Ctrl-C: stopping everything…'));
process.on('SIGTERM', () => shutdown(0, 'SIGTERM: stopping everything…'));

async function shutdown(code, message) {
  if (stopping) return;
  stopping = true;
  (code ? console.error : console.log)(code ? `demo failed: ${message}` : `\n${message}`);
  try { currentChild?.kill('SIGTERM'); } catch { /* already gone */ }
  await mainDone;
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch (err) {
      console.error(`cleanup: ${err.message}`);
      code ||= 1;
    }
  }
  if (!code) console.log('stopped; temp dirs removed');
  process.exit(code);
}

/** Throws (ending main quietly) once a signal has asked the demo to stop. */
function checkpoint() {
  if (stopping) throw new Error('stopped');
}

/** Runs a build step with the terminal attached; a signal to the demo ends it. */
function run(cmd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: REPO, stdio: ['ignore', 'inherit', 'inherit'] });
    currentChild = child;
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      currentChild = null;
      if (code === 0) resolve();
      else reject(new Error(`\`${[path.basename(cmd), ...args].join(' ')}\` failed (${code ?? signal})`));
    });
  });
}

async function main() {
  const redisVersion = redisServerVersion();
  if (!redisVersion) {
    throw new Error(`redis-server is not installed (looked for ${REDIS_SERVER}). `
      + 'Install it, e.g. `apt-get install redis-server` on Debian or Ubuntu, or point REDIS_SERVER at one.');
  }

  say('making sure code-server is set up (scripts/editor/setup.mjs --no-chromium)');
  await run(process.execPath, [path.join(REPO, 'scripts', 'editor', 'setup.mjs'), '--no-chromium']);
  checkpoint();
  if (!existsSync(CS_ENTRY) || !existsSync(NODE24)) throw new Error(`code-server is still missing (${CS_ENTRY})`);

  if (build) {
    say('building and packaging the extension (npm run package)');
    await run('npm', ['run', 'package']);
    checkpoint();
  }
  if (!existsSync(vsix)) throw new Error(`${vsix} is missing; run \`npm run package\` (or drop --no-build)`);

  const tmp = mkdtempSync(path.join(os.tmpdir(), 'redis-conf-demo-'));
  cleanups.push(async () => rmSync(tmp, { recursive: true, force: true }));

  const workspace = path.join(tmp, 'examples');
  cpSync(EXAMPLES, workspace, { recursive: true });
  const target = targetFor(redisVersion);
  if (target) {
    mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
    writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'redisConf.target': target }, null, 2) + '\n');
  }

  const extensionsDir = path.join(tmp, 'extensions');
  const installed = await installVsix(vsix, extensionsDir);
  say(`installed ${path.relative(REPO, vsix) || vsix} in ${secs(installed.ms)}`);
  checkpoint();

  const redisDir = path.join(tmp, 'redis');
  mkdirSync(redisDir);
  let redis; // set once ready; an exit before that is reported by startRedisServer itself
  redis = await startRedisServer({
    conf: INSECURE_CONF,
    dir: redisDir,
    port: await freePort(),
    onExit: (code, signal) => {
      if (redis && !stopping) shutdown(1, `redis-server stopped on its own (${code ?? signal}); the end of its log:\n${redis.logTail()}`);
    },
  });
  cleanups.push(() => redis.stop());
  say(`redis-server ${redisVersion} ready on ${redis.url} (pid ${redis.pid})`);
  checkpoint();

  const csLogFile = path.join(tmp, 'code-server.log');
  const csLog = createWriteStream(csLogFile);
  cleanups.push(() => new Promise((resolve) => csLog.end(resolve)));
  const recent = [];
  const server = await startCodeServer({
    workspace,
    extensionsDir,
    // The secondary side bar would only hold an empty chat view (AI features are off).
    userSettings: { 'workbench.secondarySideBar.defaultVisibility': 'hidden' },
    log: (line) => {
      csLog.write(line + '\n');
      recent.push(line);
      if (recent.length > 20) recent.shift();
    },
  });
  cleanups.push(() => server.stop());
  checkpoint();
  const watchdog = setInterval(() => {
    try {
      process.kill(server.pid, 0);
    } catch {
      shutdown(1, `code-server stopped on its own; its last lines:\n${recent.join('\n')}`);
    }
  }, 2000);
  cleanups.push(async () => clearInterval(watchdog));

  const url = workbenchUrl(server, workspace, path.join(workspace, path.basename(INSECURE_CONF)));
  if (readyFile) {
    writeFileSync(readyFile, JSON.stringify({
      url, redisUrl: redis.url, codeServerPid: server.pid, redisPid: redis.pid, workspace, extensionsDir,
      tempDirs: [tmp, server.tmp], target,
    }, null, 2) + '\n');
    cleanups.push(async () => rmSync(readyFile, { force: true }));
  }
  const password = /^\s*requirepass\s+(\S+)/m.exec(readFileSync(INSECURE_CONF, 'utf8'))?.[1];
  const port = redis.port;
  console.log(`
Ready in ${secs(Date.now() - t0)}.

  Editor  ${url}
          A throwaway copy of examples/ (${workspace}); nothing is saved into the repo.
          Files are checked against ${target ?? 'the default target'}${target ? ` (the version of ${REDIS_SERVER})` : ''}.

  Redis   redis://127.0.0.1:${port}
          redis-server ${redisVersion} running examples/insecure.redis.conf: deliberately insecure, loopback only.
          Try "Redis: Audit Live Instance…" in the editor with this address${password ? `, or with
          redis://app@127.0.0.1:${port} (user app has no password; the default user's is "${password}")` : ''}.
          Anyone logged in to this machine can use it while the demo runs.

Ctrl-C stops everything.
DEMO READY ${url} ${redis.url}`);
}

/** The extension's target for a redis-server version ("7.0.15" → "redis-7.0"), if the extension knows it. */
function targetFor(version) {
  const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  const targets = pkg.contributes?.configuration?.properties?.['redisConf.target']?.enum ?? [];
  const [major, minor] = version.split('.');
  const id = `redis-${major}.${minor}`;
  return targets.includes(id) ? id : undefined;
}
