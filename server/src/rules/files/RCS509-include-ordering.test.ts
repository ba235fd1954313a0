import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { includeOrdering } from './RCS509-include-ordering';
import { assertLoads, fixed, hardenedConfig } from './testKit';

test('RCS509 catches includes read after security settings', () => {
  spec('RCS509', {
    catches: ['requirepass s3cret\ninclude /etc/redis/local.conf', 'bind 127.0.0.1\nport 6379\ninclude /etc/redis/*.conf', 'user app on >x ~* +get\ninclude other.conf', 'rename-command CONFIG ""\ninclude x.conf'],
    ignores: [hardenedConfig(), 'include /etc/redis/base.conf\nbind 127.0.0.1\nrequirepass x', 'port 6379\nmaxmemory 1gb\ninclude /etc/redis/tuning.conf', 'include', 'bind 127.0.0.1\ninclude'],
  });
});

test('RCS509 reports each late include and names the first security line', () => {
  const text = 'include a.conf\nprotected-mode yes\ninclude b.conf\nmaxmemory 1gb\ninclude c.conf\n';
  const results = lintWith(includeOrdering, text);
  assert.deepEqual(results.map((r) => r.diagnostic.range.start.line), [2, 4]);
  assert.match(String(results[0].diagnostic.message), /"protected-mode" on line 2/);
  assert.equal(results[0].diagnostic.severity, 3);
});

test('RCS509 fix moves the include above the first security line (unsafe)', () => {
  const text = '# top\r\nport 6379\r\nbind 127.0.0.1\r\nrequirepass x\r\ninclude /etc/redis/local.conf\r\nmaxmemory 1gb\r\n';
  const [r] = lintWith(includeOrdering, text);
  assert.equal(r.finding.fixes![0].safe, false);
  const out = fixed(includeOrdering, text);
  assert.equal(out, '# top\r\nport 6379\r\ninclude /etc/redis/local.conf\r\nbind 127.0.0.1\r\nrequirepass x\r\nmaxmemory 1gb\r\n');
  const last = 'bind 127.0.0.1\ninclude x.conf';
  assert.equal(fixed(includeOrdering, last), 'include x.conf\nbind 127.0.0.1\n');
  assert.deepEqual(lintWith(includeOrdering, out), []);
});

test('RCS509 applies to sentinel configs too', () => {
  spec('RCS509', { catches: ['port 26379\nrequirepass x\ninclude local.conf'], ignores: ['include local.conf\nsentinel monitor m 127.0.0.1 6379 2'] }, { kind: 'sentinel' });
  assertLoads('include /etc/redis/local.conf\nbind 127.0.0.1');
});
