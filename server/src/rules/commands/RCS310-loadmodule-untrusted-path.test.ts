import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { loadmoduleUntrustedPath, normalizeAbsolute } from './RCS310-loadmodule-untrusted-path';

test('RCS310 catches relative, shared-temp and data-directory module paths', () => {
  spec('RCS310', {
    catches: [
      'loadmodule ./exp.so',
      'loadmodule exp.so',
      'loadmodule modules/redisearch.so',
      'loadmodule /tmp/exp.so',
      'loadmodule /usr/lib/../../var/tmp/x.so',
      'loadmodule /dev/shm/x.so arg1 arg2',
      'dir /var/lib/redis\nloadmodule /var/lib/redis/exp.so',
    ],
    ignores: ['loadmodule /usr/lib/redis/modules/redisearch.so', 'loadmodule /opt/redis-stack/lib/rejson.so', 'dir /var/lib/redis\nloadmodule /var/lib/redis-modules/x.so', 'port 6379', 'loadmodule /tmpfoo/x.so'],
  });
});

test('RCS310 is an error pointing at the path, one finding per line', () => {
  const results = lintWith(loadmoduleUntrustedPath, 'loadmodule /usr/lib/redis/modules/a.so\nloadmodule /tmp/b.so\nloadmodule c.so');
  assert.deepEqual(results.map((r) => r.diagnostic.range.start.line), [1, 2]);
  assert.deepEqual(results[0].diagnostic.range, { start: { line: 1, character: 11 }, end: { line: 1, character: 20 } });
  assert.equal(results[0].diagnostic.severity, 1);
  assert.match(results[1].finding.message, /library search path/);
});

test('paths are normalised without the file system', () => {
  assert.equal(normalizeAbsolute('/a//b/./c/../d'), '/a/b/d');
  assert.equal(normalizeAbsolute('/../..'), '/');
});
