#!/usr/bin/env node
// Writes `contributes.configuration` in package.json from server/src/settings.ts, the only place
// settings are described. `--check` only reports a difference (exit 1) without writing.
import { buildSync } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkgPath = join(root, 'package.json');

// Bundle settings.ts (and the catalog it reads the target list from) to CommonJS in memory.
const out = buildSync({
  entryPoints: [join(root, 'server/src/settings.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  write: false,
  logLevel: 'error',
});
const mod = { exports: {} };
new Function('module', 'exports', 'require', out.outputFiles[0].text)(mod, mod.exports, createRequire(pkgPath));
const wanted = mod.exports.configurationContribution();

const text = readFileSync(pkgPath, 'utf8');
const pkg = JSON.parse(text);
const same = JSON.stringify(pkg.contributes?.configuration) === JSON.stringify(wanted);
if (process.argv.includes('--check')) {
  if (!same) {
    console.error('package.json contributes.configuration is out of date; run `npm run sync:settings`.');
    process.exit(1);
  }
  process.exit(0);
}
if (same) {
  console.log('package.json contributes.configuration is up to date.');
} else {
  pkg.contributes = { ...pkg.contributes, configuration: wanted };
  writeFileSync(pkgPath, JSON.stringify(pkg, null, 2) + '\n');
  console.log('package.json contributes.configuration updated.');
}
