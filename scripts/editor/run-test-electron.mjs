// Runs test/vscode/ in a desktop VS Code build through @vscode/test-electron: the same mocha entry
// (test/vscode/index.js) and the same scratch workspace as the code-server launcher (run-ext-tests.mjs).
// test-electron downloads VS Code on first use (into .vscode-test/), so this works on a laptop or a CI runner with
// internet, not on a machine without it; there, `npm test` uses code-server instead. Set VSCODE_EXECUTABLE to use a
// VS Code already installed, and VSCODE_VERSION to pick a version (default: stable). On Linux without a display,
// run it under xvfb-run. Usage: npm run test:vscode [-- --grep text]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { makeExtTestWorkspace, printExtTestReport } from './extTestWorkspace.mjs';
import { REPO } from './paths.mjs';

const argv = process.argv.slice(2);
const grep = argv.includes('--grep') ? argv[argv.indexOf('--grep') + 1] : undefined;

const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: REPO, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const { tmp, workspace, report } = makeExtTestWorkspace();
let exitCode = 1;
try {
  exitCode = await runTests({
    extensionDevelopmentPath: REPO,
    extensionTestsPath: path.join(REPO, 'test', 'vscode', 'index.js'),
    ...(process.env.VSCODE_EXECUTABLE ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE } : {}),
    ...(process.env.VSCODE_VERSION ? { version: process.env.VSCODE_VERSION } : {}),
    // Same conditions as the code-server run: no other extensions, a trusted workspace, no welcome page.
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    extensionTestsEnv: { REDIS_CONF_EXT_TEST_REPORT: report, ...(grep ? { REDIS_CONF_EXT_TEST_GREP: grep } : {}) },
  });
} catch (err) {
  const offline = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo|download/i.test(String(err && (err.stack || err)));
  console.error(offline
    ? `VS Code could not be downloaded (${err.message ?? err}). This launcher needs internet or VSCODE_EXECUTABLE; ` +
      'offline, `npm run test:editor` runs the same tests in code-server.'
    : err);
  exitCode = 1;
}
if (existsSync(report) && printExtTestReport(JSON.parse(readFileSync(report, 'utf8')))) exitCode = exitCode || 1;
rmSync(tmp, { recursive: true, force: true });
process.exit(exitCode);
