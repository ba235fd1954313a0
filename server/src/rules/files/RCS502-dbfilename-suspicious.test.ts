import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { dbfilenameSuspicious } from './RCS502-dbfilename-suspicious';
import { assertLoads, fixed, hardenedConfig } from './testKit';

test('RCS502 catches dump names that match attack targets', () => {
  spec('RCS502', {
    catches: ['dbfilename authorized_keys', 'dbfilename root', 'dbfilename crontab', 'dbfilename shell.php', 'dbfilename x.JSP', 'dbfilename exp.so', 'dbfilename run.sh', 'dbfilename libx.so.1'],
    ignores: [hardenedConfig(), 'dbfilename dump.rdb', 'dbfilename redis-6379.rdb', 'dbfilename backup.rdb.old', 'dbfilename ""', 'appendfilename authorized_keys', 'dbfilename'],
  });
});

test('RCS502 reads appendfilename only where it is the file itself (before 7.0)', () => {
  spec('RCS502', { catches: ['appendfilename authorized_keys', 'appendfilename x.php'], ignores: ['appendfilename appendonly.aof'] }, { target: 'redis-6.2' });
  spec('RCS502', { catches: [], ignores: ['appendfilename authorized_keys'] }, { target: 'redis-7.0' });
});

test('RCS502 points at the line and restores the default name', () => {
  const text = 'dir /var/lib/redis\ndbfilename authorized_keys\n';
  const [r] = lintWith(dbfilenameSuspicious, text);
  assert.equal(r.diagnostic.severity, 1);
  assert.equal(r.diagnostic.range.start.line, 1);
  assert.equal(r.finding.fixes![0].safe, false);
  assert.equal(fixed(dbfilenameSuspicious, text), 'dir /var/lib/redis\ndbfilename dump.rdb\n');
  assertLoads(fixed(dbfilenameSuspicious, text));
  const aof = 'appendonly yes\nappendfilename "shell.php"\n';
  assert.equal(fixed(dbfilenameSuspicious, aof, { target: 'redis-6.0' }), 'appendonly yes\nappendfilename appendonly.aof\n');
  assertLoads(fixed(dbfilenameSuspicious, aof, { target: 'redis-6.0' }), 'redis-6.0');
});
