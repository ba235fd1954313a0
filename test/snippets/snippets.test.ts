/**
 * The snippets (snippets/*.json) are hardened setups people paste as they are, so each one, expanded
 * with its default placeholder values the way VS Code does, must be a file the server accepts and the
 * security rules have nothing to say about, on every target it is meant for. What is allowed to remain
 * is listed with the reason. The standalone snippet is also loaded by the real redis-server.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '../../server/src/service';
import type { TargetId } from '../../server/src/catalog/types';
import type { LanguageId } from '../../server/src/service';
import { detectRedis, repoRoot, runServer, withTrailer } from '../differential/harness';

interface Snippet {
  prefix: string | string[];
  description: string;
  body: string[];
}

/** Findings that may remain, and why. */
const ALLOWED: Record<string, string> = {
  RCS801: 'about the chosen target version, not the file',
  RCS802: 'about the chosen target version, not the file',
  RCV052: 'info: tls-port needs a TLS build, which packages have',
  RCS507: 'info (8.2): hide-user-data-from-log is left to the operator',
  RCS702: 'info: min-replicas-to-write would stop a promoted replica without replicas from taking writes',
  RCV050: 'hint (Valkey): masteruser/masterauth keep the names every version accepts',
};

const MODERN: TargetId[] = ['redis-7.0', 'redis-7.4', 'redis-8.2', 'valkey-7.2', 'valkey-8.0', 'valkey-9.0'];

/** What VS Code inserts when every placeholder keeps its default: `${1:x}` → x, `${1|a,b|}` → a, `$1` → ''. */
export function expandSnippet(body: string[]): string {
  let text = body.join('\n');
  for (let i = 0; i < 5; i++) {
    text = text.replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1').replace(/\$\{\d+:([^{}]*)\}/g, '$1');
  }
  return `${text.replace(/\$\{\d+\}|\$\d+/g, '').replace(/\n+$/, '')}\n`;
}

function load(file: string): Record<string, Snippet> {
  return JSON.parse(readFileSync(join(repoRoot(), 'snippets', file), 'utf8'));
}

function findings(text: string, language: LanguageId, target: TargetId, uri: string): string[] {
  return lintText(text, { languageId: language, uri }, { target })
    .filter((d) => !ALLOWED[String(d.code)])
    .map((d) => `${target} ${d.range.start.line + 1}: ${d.code} ${d.message}`);
}

const CASES: Array<{ file: string; language: LanguageId; uri: (name: string) => string; targets: TargetId[] }> = [
  { file: 'redis-conf.json', language: 'redis-conf', uri: (name) => (/sentinel/i.test(name) ? 'file:///etc/redis/sentinel.conf' : 'file:///etc/redis/redis.conf'), targets: MODERN },
  { file: 'redis-acl.json', language: 'redis-acl', uri: () => 'file:///etc/redis/users.acl', targets: ['redis-6.2', ...MODERN] },
];

for (const { file, language, uri, targets } of CASES) {
  for (const [name, snippet] of Object.entries(load(file))) {
    test(`${file} "${name}": no error, no finding beyond the allowed ones, on ${targets.join(', ')}`, () => {
      assert.ok([snippet.prefix].flat().every((p) => /^[a-z][a-z0-9-]+$/.test(p)), 'prefixes are lower-case words');
      assert.ok(snippet.description.length > 20, 'a description says what the setup is for');
      const text = expandSnippet(snippet.body);
      assert.doesNotMatch(text, /\$\{|\$\d/, 'every placeholder is expanded');
      for (const target of targets) assert.deepEqual(findings(text, language, target, uri(name)), [], text);
    });
  }
}

test('the hardened standalone snippet loads in the real redis-server', async (t) => {
  const redis = detectRedis();
  if ('error' in redis) {
    if (process.env.CI) assert.fail(redis.error);
    t.skip(redis.error);
    return;
  }
  const text = expandSnippet(load('redis-conf.json')['Hardened standalone server'].body);
  // The data directory moves into the run's temp dir; everything else is the snippet as written.
  const run = await runServer(redis.bin, (dir) => withTrailer(`${text}dir ${dir}\n`, dir));
  assert.equal(run.verdict, 'ACCEPT', JSON.stringify(run.verdict));
});
