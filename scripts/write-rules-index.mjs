#!/usr/bin/env node
/**
 * Rewrites the "Security rules (RCS)" table of docs/rules/README.md from the rule registry, so the
 * index never drifts from the code (server/src/rules/registry.test.ts checks it). Needs the
 * compiled tests: `npm run compile-tests && node scripts/write-rules-index.mjs`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { rulesIndexMarkdown } = require(join(root, 'out', 'server', 'src', 'rules', 'docsIndex.js'));
const file = join(root, 'docs', 'rules', 'README.md');
const text = readFileSync(file, 'utf8');
const head = text.slice(0, text.indexOf('## Security rules (RCS)'));
writeFileSync(file, head + rulesIndexMarkdown());
console.log('docs/rules/README.md updated');
