#!/usr/bin/env node
/**
 * Runs the grammar tests (test/grammar/*.test.redis-conf, *.test.redis-acl) with
 * vscode-tmgrammar-test and exits non-zero when one fails.
 *
 * Before that it checks that every scope an assertion names exists in one of the grammars. The
 * tool compares scope names exactly, so a misspelt scope after `-` (a scope that must be absent)
 * would pass silently; this check makes such an assertion fail instead.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(import.meta.url);
const grammars = ['redis-conf', 'redis-acl'].map((l) => join(root, 'syntaxes', `${l}.tmLanguage.json`));
const tests = readdirSync(here)
  .filter((f) => /\.test\.redis-(conf|acl)$/.test(f))
  .sort()
  .map((f) => join(here, f));
if (tests.length === 0) {
  console.error('no grammar test files found in', here);
  process.exit(1);
}

/** Every scope name a grammar can produce (rule names and capture names, space-separated). */
function scopesOf(node, out) {
  if (Array.isArray(node)) node.forEach((n) => scopesOf(n, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'name' || key === 'contentName' || key === 'scopeName') && typeof value === 'string') {
        value.split(/\s+/).forEach((s) => out.add(s));
      } else scopesOf(value, out);
    }
  }
  return out;
}
const known = new Set();
for (const g of grammars) scopesOf(JSON.parse(readFileSync(g, 'utf8')), known);

const { parseGrammarTestCase } = require('vscode-tmgrammar-test/dist/unit/index.js');
let assertions = 0;
const unknown = [];
for (const file of tests) {
  const testCase = parseGrammarTestCase(readFileSync(file, 'utf8'));
  for (const line of testCase.assertions) {
    for (const a of line.scopeAssertions) {
      assertions++;
      for (const s of [...a.scopes, ...a.exclude]) {
        if (!known.has(s)) unknown.push(`${relative(root, file)}:${line.testCaseLineNumber + 1}: unknown scope ${s}`);
      }
    }
  }
}
if (unknown.length) {
  console.error(unknown.join('\n'));
  process.exit(1);
}

const cli = require.resolve('vscode-tmgrammar-test/dist/unit.js');
const args = [cli, ...grammars.flatMap((g) => ['-g', g]), ...tests];
const result = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: root });
const status = result.status ?? 1;
console.log(`${tests.length} grammar test files, ${assertions} assertions: ${status === 0 ? 'passed' : 'FAILED'}`);
process.exit(status);
