/**
 * Issue "security diagnostics and one-click hardening", end to end:
 * - a config written the way hardening guides warn against lights up with the matching findings;
 * - applying the quick fixes one after another (as a user clicking the light bulb would) leaves a
 *   file with no warnings, and the real redis-server still loads it;
 * - the hardened example gives no warning at all.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { computeCodeActions, lintText } from '../../server/src/service';
import { applyEdits } from '../../server/src/rules/edits';
import { encodeSecret, passwordEdits, PasswordFixArgs, GENERATE_PASSWORD_COMMAND } from '../../server/src/fixes/password';
import { detectRedis, runServer, withTrailer, repoRoot } from '../differential/harness';
import type { TargetId } from '../../server/src/catalog/types';

const TARGET: TargetId = 'redis-7.0';
const DOC = { uri: 'file:///work/redis.conf', languageId: 'redis-conf' as const };
const SETTINGS = { target: TARGET };

const INSECURE = [
  'bind 0.0.0.0',
  'protected-mode no',
  'port 6379',
  'requirepass foobared',
  'user app on nopass ~* &* +@all',
  'enable-debug-command yes',
  'enable-module-command yes',
  'enable-protected-configs yes',
  '',
].join('\n');

/**
 * Warnings and errors about the file. The version rules (RCS8xx) judge the server line named by
 * the target setting, which no edit of the file can change, so the fix loop leaves them aside.
 */
const problems = (text: string, target: TargetId = TARGET) =>
  lintText(text, DOC, { target }).filter((d) => (d.severity === 1 || d.severity === 2) && !(target === TARGET && String(d.code).startsWith('RCS8')));
const codes = (ds: Diagnostic[]) => [...new Set(ds.map((d) => String(d.code)))].sort();

/** What the client does for the password command: a CSPRNG secret, only its hash in the file. */
function clientPassword(text: string, args: PasswordFixArgs): string {
  const secret = encodeSecret(randomBytes(32));
  const written = args.mode === 'acl-default' ? createHash('sha256').update(secret).digest('hex') : secret;
  return applyEdits(text, passwordEdits(text, args, written));
}

/** Clicks the preferred (else first) quick fix of the first problem that has one; undefined when none has. */
function applyOneFix(text: string): string | undefined {
  for (const d of problems(text)) {
    const actions = computeCodeActions(text, d.range, [d], ['quickfix'], DOC, SETTINGS).filter((a) => !a.title.startsWith('Ignore'));
    const action = actions.find((a) => a.isPreferred) ?? actions[0];
    if (!action) continue;
    if (action.command?.command === GENERATE_PASSWORD_COMMAND) return clientPassword(text, action.command.arguments![1] as PasswordFixArgs);
    const edits = action.edit?.changes?.[DOC.uri];
    if (edits?.length) return applyEdits(text, edits);
  }
  return undefined;
}

test('the classic insecure config lights up with the matching findings', () => {
  const found = codes(problems(INSECURE));
  for (const id of ['RCS001', 'RCS002', 'RCS102', 'RCS202', 'RCS301', 'RCS302', 'RCS303']) assert.ok(found.includes(id), `${id} in ${found.join(' ')}`);
});

test('a config with no password at all and dangerous commands open', () => {
  const found = codes(problems('bind 0.0.0.0\nprotected-mode no\nport 6379\n'));
  for (const id of ['RCS001', 'RCS002', 'RCS101', 'RCS309']) assert.ok(found.includes(id), `${id} in ${found.join(' ')}`);
});

async function fixAndLoad(t: { skip: (msg: string) => void }, start: string): Promise<void> {
  let text = start;
  for (let i = 0; i < 60; i++) {
    const next = applyOneFix(text);
    if (next === undefined || next === text) break;
    text = next;
  }
  assert.deepEqual(
    problems(text).map((d) => `${d.range.start.line + 1}: ${d.code} ${d.message}`),
    [],
    `left after fixing:\n${text}`,
  );
  assert.doesNotMatch(text, /foobared/);
  const redis = detectRedis();
  if ('error' in redis) {
    if (process.env.CI) assert.fail(redis.error);
    t.skip(redis.error);
    return;
  }
  const run = await runServer(redis.bin, (dir) => withTrailer(text, dir));
  assert.equal(run.verdict, 'ACCEPT', `redis-server refused the fixed config:\n${text}\n${JSON.stringify(run.verdict)}`);
}

test('quick fixes, applied one by one, leave no warning and a config the real server loads', (t) => fixAndLoad(t, INSECURE));

test('the same for the insecure example of the demo', (t) => fixAndLoad(t, readFileSync(join(repoRoot(), 'examples', 'insecure.redis.conf'), 'utf8')));

test('the hardened example raises no warning or error on maintained versions', () => {
  const text = readFileSync(join(repoRoot(), 'examples', 'hardened.redis.conf'), 'utf8');
  for (const target of ['redis-7.2', 'redis-7.4', 'redis-8.2', 'valkey-8.0', 'valkey-9.0'] as TargetId[]) {
    assert.deepEqual(problems(text, target).map((d) => `${target} ${d.range.start.line + 1}: ${d.code} ${d.message}`), []);
  }
});
