/**
 * The README's Settings and Commands tables are what Marketplace readers see first; this keeps them
 * true to the manifest: every contributed setting with its default, every command by its palette name
 * ("Redis: <title>"), and nothing listed that the extension does not contribute.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root: the first folder above this file with a package.json (works from test/ and out/test/). */
function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    if (dirname(dir) === dir) throw new Error(`package.json not found above ${__dirname}`);
    dir = dirname(dir);
  }
  return dir;
}

const ROOT = repoRoot();
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** The Markdown table rows under a `## heading`, as arrays of cells. */
function tableUnder(heading: string): string[][] {
  const start = readme.indexOf(`\n## ${heading}\n`);
  assert.ok(start >= 0, `README has no "## ${heading}" section`);
  const section = readme.slice(start + 1).split(/\n## /)[0];
  return section
    .split('\n')
    .filter((l) => l.startsWith('|') && !/^\|[-| ]+\|$/.test(l))
    .slice(1)
    .map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
}

const stripTicks = (cell: string) => cell.replace(/^`|`$/g, '');

test('every setting is in the README table with its default, and no other', () => {
  const properties: Record<string, { default: unknown }> = pkg.contributes.configuration.properties;
  const rows = new Map(tableUnder('Settings').map((r) => [stripTicks(r[0]), stripTicks(r[1])]));
  assert.deepEqual([...rows.keys()].sort(), Object.keys(properties).sort());
  for (const [key, spec] of Object.entries(properties)) {
    const shown = typeof spec.default === 'string' ? spec.default : JSON.stringify(spec.default);
    assert.equal(rows.get(key), shown, `default of ${key}`);
  }
});

test('every command is in the README table by its palette name, and no other', () => {
  const listed = tableUnder('Commands').map((r) => stripTicks(r[0]));
  const contributed: string[] = pkg.contributes.commands.map((c: { category?: string; title: string }) => `${c.category}: ${c.title}`);
  assert.deepEqual([...listed].sort(), [...contributed].sort());
});
