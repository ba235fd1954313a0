import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES } from './registry';
import { rulesIndexMarkdown } from './docsIndex';

const DOCS = join(__dirname, '..', '..', '..', '..', 'docs', 'rules');

test('ids and names are unique and well formed, in id order', () => {
  const ids = ALL_RULES.map((r) => r.id);
  assert.deepEqual(ids, [...ids].sort());
  assert.equal(new Set(ids).size, ids.length);
  assert.equal(new Set(ALL_RULES.map((r) => r.name)).size, ids.length);
  for (const r of ALL_RULES) {
    assert.match(r.id, /^RCS\d{3}$/);
    assert.match(r.name, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.ok(r.summary.length > 10, r.id);
  }
});

test('every rule has its docs page', () => {
  for (const r of ALL_RULES) assert.ok(existsSync(join(DOCS, `${r.id}.md`)), `docs/rules/${r.id}.md`);
});

test('the docs index lists exactly the registered rules (run scripts/write-rules-index.mjs)', () => {
  const readme = readFileSync(join(DOCS, 'README.md'), 'utf8');
  assert.ok(readme.endsWith(rulesIndexMarkdown()), 'docs/rules/README.md security table is stale');
});
