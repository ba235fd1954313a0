import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { dirSensitivePath } from './RCS501-dir-sensitive-path';
import { assertLoads, fixed, hardenedConfig } from './testKit';

test('RCS501 catches data directories where a dump does harm', () => {
  spec('RCS501', {
    catches: [
      'dir /root/.ssh',
      'dir /home/alice/.ssh/',
      'dir /var/spool/cron/crontabs',
      'dir /etc',
      'dir /var/www/html',
      'dir /tmp',
      'dir /dev/shm/redis',
      'dir /',
      'dir /usr/lib/x86_64-linux-gnu',
      'dir /var/lib/redis/../../../etc/cron.d',
      'dir //root',
      'logfile /tmp/redis.log',
      'pidfile /var/tmp/redis.pid',
      'unixsocket /tmp/redis.sock',
    ],
    ignores: [hardenedConfig(), 'dir /var/lib/redis', 'dir ./', 'dir /data', 'dir /srv/redis', 'dir /home/redis/data', 'logfile /var/log/redis/redis.log\npidfile /run/redis/redis.pid\nunixsocket /run/redis.sock', 'logfile ""', 'dir /tmpfs/redis', ''],
  });
});

test('RCS501 grades the data directory as an error and temp files as warnings', () => {
  const [dir, log] = lintWith(dirSensitivePath, 'dir /root\nlogfile /tmp/r.log');
  assert.equal(dir.diagnostic.severity, 1);
  assert.match(String(dir.diagnostic.message), /root's home directory/);
  assert.equal(log.diagnostic.severity, 2);
  assert.deepEqual(log.diagnostic.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 18 } });
});

test('RCS501 judges only the files of a sentinel config, not its dir', () => {
  spec('RCS501', { catches: ['pidfile /tmp/sentinel.pid'], ignores: ['dir /tmp\nport 26379'] }, { kind: 'sentinel' });
});

test('RCS501 fixes move the directory and the files; none is safe', () => {
  const text = '# persistence\r\ndir "/var/www/html"\r\nlogfile /tmp/redis.log\r\n';
  assert.equal(fixed(dirSensitivePath, text), '# persistence\r\ndir /var/lib/redis\r\nlogfile /tmp/redis.log\r\n');
  assert.equal(fixed(dirSensitivePath, text, {}, 1), '# persistence\r\ndir "/var/www/html"\r\nlogfile /var/log/redis/redis.log\r\n');
  const sock = 'unixsocket /tmp/redis.sock\nunixsocketperm 700\npidfile /tmp/redis_6379.pid\n';
  const all = lintWith(dirSensitivePath, sock);
  assert.ok(all.every((r) => r.finding.fixes!.every((f) => !f.safe)));
  assert.equal(fixed(dirSensitivePath, sock), 'unixsocket /run/redis/redis.sock\nunixsocketperm 700\npidfile /tmp/redis_6379.pid\n');
  const both = fixed(dirSensitivePath, fixed(dirSensitivePath, sock), {}, 0);
  assert.equal(both, 'unixsocket /run/redis/redis.sock\nunixsocketperm 700\npidfile /run/redis/redis_6379.pid\n');
  for (const t of ['redis-6.0', 'redis-7.0', 'redis-7.4', 'valkey-8.0'] as const) {
    assertLoads(fixed(dirSensitivePath, text, { target: t }), t);
    assertLoads(both, t);
  }
});

test('RCS501 copes with odd input', () => {
  spec('RCS501', { catches: [], ignores: ['dir', 'dir ""', 'logfile', 'pidfile ""', 'unixsocket'] });
});
