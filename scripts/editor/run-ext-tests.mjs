// Runs test/vscode/ inside a real VS Code: builds the extension, starts code-server with the repo as the
// extension under development, opens the workbench in headless chromium and waits for the exit code the
// extension-host test runner reports. Usage: node scripts/editor/run-ext-tests.mjs [--grep text] [--keep-log]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { startCodeServer } from './codeServer.mjs';
import { makeExtTestWorkspace, printExtTestReport } from './extTestWorkspace.mjs';
import { CHROMIUM, CS_ENTRY, PW_MODULE, REPO } from './paths.mjs';

const t0 = Date.now();
const since = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
const say = (msg) => console.log(`[test:editor ${since()}] ${msg}`);
const argv = process.argv.slice(2);
const grep = argv.includes('--grep') ? argv[argv.indexOf('--grep') + 1] : undefined;
const OVERALL_TIMEOUT_MS = 180_000;

for (const [what, file] of [['code-server', CS_ENTRY], ['playwright-core', PW_MODULE], ['chromium', CHROMIUM]]) {
  if (!existsSync(file)) {
    console.error(`${what} is missing (${file}); run npm run setup:editor first`);
    process.exit(2);
  }
}

say('npm run build');
const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: REPO, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const { tmp, workspace, report } = makeExtTestWorkspace();

const serverLog = [];
process.env.REDIS_CONF_EXT_TEST_REPORT = report; // inherited by code-server, and so by the extension host
if (grep) process.env.REDIS_CONF_EXT_TEST_GREP = grep;
const server = await startCodeServer({ workspace, log: (l) => serverLog.push(l) });
say(`code-server up at ${server.url} (pid ${server.pid})`);

const { chromium } = createRequire(import.meta.url)(PW_MODULE);
const profile = path.join(tmp, 'chromium-profile');
let context;
let exitCode = 1;
const pageLog = [];
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
      // The workbench page is served through page.route below, which makes chromium treat it as non-local and
      // block its ws://127.0.0.1 socket unless this check is off.
      '--disable-features=LocalNetworkAccessChecks',
    ],
    env: { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'), XDG_CACHE_HOME: path.join(tmp, 'xdg-cache') },
  });
  const page = context.pages()[0] ?? (await context.newPage());

  const exited = new Promise((resolve) => {
    page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code)));
  });
  await page.exposeFunction('codeAutomationLog', (type, args) => pageLog.push(`[${type}] ${formatArgs(args)}`));
  page.on('console', (m) => pageLog.push(`[console.${m.type()}] ${m.text()}`));

  // code-server has no flag for it, but the workbench only honours extensionDevelopmentPath/extensionTestsPath
  // when developmentOptions.enableSmokeTestDriver is set in its configuration meta tag; patch the page.
  await page.route((url) => url.pathname === '/', async (route) => {
    const res = await route.fetch();
    route.fulfill({ response: res, body: enableSmokeTestDriver(await res.text()) });
  });

  const remote = (p) => `vscode-remote://${server.host}:${server.port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(REPO)],
    ['extensionTestsPath', remote(path.join(REPO, 'test', 'vscode', 'index.js'))],
  ];
  const url = `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  say('opening the workbench in chromium');
  await page.goto(url);

  let timer;
  const timedOut = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), OVERALL_TIMEOUT_MS); });
  const result = await Promise.race([exited, timedOut]);
  clearTimeout(timer);
  if (result === 'timeout') {
    console.error(`no exit code from the extension host within ${OVERALL_TIMEOUT_MS / 1000} s`);
    exitCode = 1;
  } else {
    exitCode = result;
  }
} catch (err) {
  console.error(err);
  exitCode = 1;
} finally {
  say('closing chromium and stopping code-server');
  await context?.close().catch(() => {});
  await server.stop();
}

if (existsSync(report)) {
  // A run that found no tests is not a pass.
  if (printExtTestReport(JSON.parse(readFileSync(report, 'utf8')))) exitCode = exitCode || 1;
} else {
  console.log('no test report was written; browser and server logs follow');
  exitCode = exitCode || 1;
}
if (exitCode !== 0 || argv.includes('--keep-log')) {
  console.log('--- workbench log (last 60 lines) ---\n' + pageLog.slice(-60).join('\n'));
  console.log('--- code-server log (last 40 lines) ---\n' + serverLog.slice(-40).join('\n'));
}
rmSync(tmp, { recursive: true, force: true });
say(`done, exit code ${exitCode}`);
process.exit(exitCode);

function formatArgs(args) {
  return (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
}

/** Sets developmentOptions.enableSmokeTestDriver in the HTML-escaped JSON of the workbench configuration meta tag. */
function enableSmokeTestDriver(html) {
  const re = /(<meta\s+id="vscode-workbench-web-configuration"\s+data-settings=")([^"]*)(")/;
  const m = re.exec(html);
  if (!m) throw new Error('workbench configuration meta tag not found; code-server changed its page');
  const decode = (s) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const encode = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const config = JSON.parse(decode(m[2]));
  config.developmentOptions = { ...config.developmentOptions, enableSmokeTestDriver: true };
  return html.replace(re, `$1${encode(JSON.stringify(config))}$3`);
}
