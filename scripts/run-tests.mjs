#!/usr/bin/env node
// Runs every compiled `*.test.js` under out/ with Node's test runner. Node 20's `--test <dir>`
// would also run every other .js file inside a folder named "test" (harnesses, recorders), so
// the files are listed explicitly.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function find(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) find(path, out);
    else if (name.endsWith('.test.js')) out.push(path);
  }
  return out;
}

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ['out/server/src', 'out/client/src', 'out/test'];
const files = roots.flatMap((r) => find(r)).sort();
const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
