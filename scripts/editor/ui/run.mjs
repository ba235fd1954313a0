// Runs the UI tests in test/ui/*.ui.mjs: installs the packaged extension (redis-conf.vsix) into a throwaway
// code-server, opens a copy of examples/ as the workspace in headless chromium, and runs each file's steps in order
// on one workbench page. Screenshots go to test-results/ui/. Everything listens on 127.0.0.1 only.
// Usage: node scripts/editor/ui/run.mjs [--vsix path] [--only file-name-part] [--headed-log]   (npm run test:ui builds the vsix first)
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startCodeServer } from '../codeServer.mjs';
import { installVsix } from '../installVsix.mjs';
import { startInsecureRedis } from './insecureRedis.mjs';
import { CHROMIUM, CS_ENTRY, PW_MODULE, REPO } from '../paths.mjs';
import { workbenchUrl } from './workbench.mjs';

const t0 = Date.now();
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
const say = (msg) => console.log(`[test:ui ${secs(Date.now() - t0)}] ${msg}`);
const argv = process.argv.slice(2);
const vsix = path.resolve(argv.includes('--vsix') ? argv[argv.indexOf('--vsix') + 1] : path.join(REPO, 'redis-conf.vsix'));
const RESULTS = path.join(REPO, 'test-results', 'ui');
const STEP_TIMEOUT_MS = 60_000;

for (const [what, file] of [['code-server', CS_ENTRY], ['playwright-core', PW_MODULE], ['chromium', CHROMIUM], ['the packaged extension', vsix]]) {
  if (!existsSync(file)) {
    console.error(`${what} is missing (${file}); run npm run setup:editor and npm run package first`);
    process.exit(2);
  }
}

// --only <text>: just the test files whose name contains it (for working on one of them).
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : '';
const testFiles = readdirSync(path.join(REPO, 'test', 'ui')).filter((f) => f.endsWith('.ui.mjs') && f.includes(only)).sort();
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const tmp = mkdtempSync(path.join(os.tmpdir(), 'redis-conf-ui-'));
// A copy of examples/: the quick-fix step edits a document, and nothing may ever be saved into the repo.
const workspace = path.join(tmp, 'examples');
cpSync(path.join(REPO, 'examples'), workspace, { recursive: true });

// Install the .vsix the way a user would (scripts/editor/installVsix.mjs), before the server starts.
const extensionsDir = path.join(tmp, 'extensions');
try {
  const installed = await installVsix(vsix, extensionsDir);
  say(`installed ${path.basename(vsix)} in ${secs(installed.ms)}`);
} catch (err) {
  console.error(err.message);
  rmSync(tmp, { recursive: true, force: true });
  process.exit(1);
}

const serverLog = [];
// The secondary side bar would only hold an empty chat view (AI features are off); hiding it gives the editor room.
const userSettings = { 'workbench.secondarySideBar.defaultVisibility': 'hidden' };
const server = await startCodeServer({ workspace, extensionsDir, userSettings, log: (l) => serverLog.push(l) });
say(`code-server up at ${server.url} (pid ${server.pid})`);

// The live-audit step audits a real, insecure redis-server; steps get its address as `redis` (null when it could
// not start, so that only the steps needing it fail).
let redis = null;
let redisError = null;
try {
  const redisDir = path.join(tmp, 'redis');
  mkdirSync(redisDir);
  redis = await startInsecureRedis({ dir: redisDir });
  say(`insecure redis-server up at ${redis.host}:${redis.port} (pid ${redis.pid})`);
} catch (err) {
  redisError = err.message;
  say(`no redis-server for the steps: ${redisError}`);
}
// A last resort if the runner dies without reaching `finally`: the server is stopped by its PID, never by name.
process.on('exit', () => { if (redis) try { process.kill(redis.pid, 'SIGKILL'); } catch { /* already stopped */ } });
const redisForSteps = redis ? { host: redis.host, port: redis.port } : null;

const { chromium } = createRequire(import.meta.url)(PW_MODULE);
let context;
const results = [];
const pageLog = [];
try {
  context = await chromium.launchPersistentContext(path.join(tmp, 'chromium-profile'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
    env: { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'), XDG_CACHE_HOME: path.join(tmp, 'xdg-cache') },
  });
  for (const testFile of testFiles) {
    const mod = await import(pathToFileURL(path.join(REPO, 'test', 'ui', testFile)).href);
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => pageLog.push(`[console.${m.type()}] ${m.text()}`));
    // `options` go to page.screenshot (e.g. `mask` to cover a secret shown on screen).
    const shot = async (name, options = {}) => {
      await page.screenshot({ ...options, path: path.join(RESULTS, `${name}.png`) });
    };
    const openStart = Date.now();
    await page.goto(workbenchUrl(server, workspace, path.join(workspace, mod.file)));
    await page.locator('.monaco-workbench').waitFor({ timeout: 30_000 });
    await page.locator('.editor-instance .view-lines .view-line').first().waitFor({ timeout: 30_000 });
    say(`${testFile}: workbench with ${mod.file} open after ${secs(Date.now() - openStart)}`);
    let broken = false;
    for (const step of mod.steps) {
      const name = `${testFile} › ${step.name}`;
      if (broken) {
        results.push({ name, ok: false, skipped: true, ms: 0 });
        continue;
      }
      const start = Date.now();
      const notes = [];
      try {
        const ctx = { page, shot, log: (l) => notes.push(l), redis: redisForSteps, redisError };
        await withTimeout(step.run(ctx), STEP_TIMEOUT_MS, name);
        results.push({ name, ok: true, ms: Date.now() - start, notes });
      } catch (err) {
        broken = true; // later steps build on this one
        results.push({ name, ok: false, ms: Date.now() - start, notes, error: err.stack ?? String(err) });
        await shot(`failure-${testFile.replace(/\.ui\.mjs$/, '')}`).catch(() => {});
      }
    }
  }
} catch (err) {
  results.push({ name: 'runner', ok: false, ms: 0, error: err.stack ?? String(err) });
} finally {
  say('closing chromium and stopping code-server');
  await context?.close().catch(() => {});
  if (redis) {
    await redis.stop();
    say(`redis-server (pid ${redis.pid}) stopped`);
    redis = null;
  }
  await server.stop();
  rmSync(tmp, { recursive: true, force: true });
}

for (const r of results) {
  console.log(`${r.ok ? '  ok  ' : r.skipped ? '  skip' : '  FAIL'} ${r.name} (${secs(r.ms)})`);
  for (const n of r.notes ?? []) console.log(`        ${n}`);
  if (r.error) console.log(r.error.split('\n').map((l) => `        ${l}`).join('\n'));
}
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed; screenshots in ${path.relative(REPO, RESULTS)}/`);
if (failed) {
  console.log('--- workbench console (last 30 lines) ---\n' + pageLog.slice(-30).join('\n'));
  console.log('--- code-server log (last 30 lines) ---\n' + serverLog.slice(-30).join('\n'));
}
say(`done in ${secs(Date.now() - t0)}`);
process.exit(failed || !results.length ? 1 : 0);

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: no result within ${ms / 1000} s`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}
