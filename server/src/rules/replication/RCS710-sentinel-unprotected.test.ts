import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GENERATE_PASSWORD_COMMAND, passwordEdits, PasswordFixArgs } from '../../fixes/password';
import { applyEdits } from '../edits';
import { lintWith, spec } from '../testing';
import { sentinelUnprotected } from './RCS710-sentinel-unprotected';
import { assertLoads, HASH } from './testKit';

const sentinel = { kind: 'sentinel' as const };

test('RCS710 catches reachable Sentinels without protected mode or password', () => {
  spec('RCS710', {
    catches: [
      '', // an empty sentinel.conf really is open: every interface, no protected mode, no password
      'port 26379\nsentinel monitor m 10.0.0.1 6379 2',
      'protected-mode no\nport 26379',
      'bind 0.0.0.0\nprotected-mode no',
      'protected-mode no\nrequirepass ""',
      'user default on nopass ~* &* +@all\nprotected-mode no',
      'bind 10.0.0.5\nprotected-mode no',
    ],
    ignores: [
      'protected-mode no\nrequirepass s3cret',
      'bind 127.0.0.1 -::1\nprotected-mode no',
      'protected-mode yes\nport 26379',
      `protected-mode no\nuser default on #${HASH} ~* &* +@all`,
      'protected-mode no\naclfile /etc/redis/sentinel.acl',
      'port 0\nprotected-mode no',
    ],
  }, sentinel);
  // Only sentinel configs: a redis.conf has its own protected-mode rule.
  spec('RCS710', { catches: [], ignores: ['protected-mode no\nport 6379'] });
});

test('RCS710 is an error on the protected-mode line and offers a generated requirepass', () => {
  const text = 'port 26379\nprotected-mode no\nsentinel monitor m 10.0.0.1 6379 2\n';
  const [r] = lintWith(sentinelUnprotected, text, sentinel);
  assert.equal(r.diagnostic.severity, 1);
  assert.equal(r.diagnostic.range.start.line, 1);
  const fix = r.finding.fixes![0];
  assert.ok(!fix.safe);
  assert.equal(fix.command?.id, GENERATE_PASSWORD_COMMAND);
  const args = fix.command!.arguments[0] as PasswordFixArgs;
  assert.equal(args.mode, 'requirepass');
  const out = applyEdits(text, passwordEdits(text, args, HASH));
  assert.equal(out, `port 26379\nprotected-mode no\nsentinel monitor m 10.0.0.1 6379 2\nrequirepass ${HASH}\n`);
  for (const t of ['redis-6.0', 'redis-7.4', 'valkey-8.0'] as const) assertLoads(out, t, true);
  assert.match(lintWith(sentinelUnprotected, 'port 26379', sentinel)[0].finding.message, /Sentinel's default/);
});

test('RCS710 fix replaces an empty requirepass line', () => {
  const text = 'protected-mode no\nrequirepass ""\n';
  const [r] = lintWith(sentinelUnprotected, text, sentinel);
  const out = applyEdits(text, passwordEdits(text, r.finding.fixes![0].command!.arguments[0] as PasswordFixArgs, HASH));
  assert.equal(out, `protected-mode no\nrequirepass ${HASH}\n`);
});
