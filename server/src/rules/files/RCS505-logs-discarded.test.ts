import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { logsDiscarded } from './RCS505-logs-discarded';
import { assertLoads, fixed, hardenedConfig } from './testKit';

test('RCS505 catches a daemon whose log goes nowhere', () => {
  spec('RCS505', {
    catches: ['daemonize yes', 'daemonize yes\nlogfile ""', 'daemonize YES\nsyslog-enabled no\nlogfile ""'],
    ignores: [hardenedConfig(), 'daemonize no', 'logfile ""', 'daemonize yes\nlogfile /var/log/redis/redis.log', 'daemonize yes\nsyslog-enabled yes', 'daemonize'],
  });
  spec('RCS505', { catches: ['daemonize yes\nport 26379'], ignores: ['daemonize no'] }, { kind: 'sentinel' });
});

test('RCS505 offers syslog (safe) and a log file (unsafe)', () => {
  const text = '################################# GENERAL #####################################\n\ndaemonize yes\nlogfile ""\n\n# end\n';
  const [r] = lintWith(logsDiscarded, text);
  assert.equal(r.diagnostic.range.start.line, 2);
  assert.deepEqual(r.finding.fixes!.map((f) => f.safe), [true, false]);
  const syslog = fixed(logsDiscarded, text);
  assert.equal(syslog, '################################# GENERAL #####################################\n\ndaemonize yes\nlogfile ""\nsyslog-enabled yes\n\n# end\n');
  const logfile = fixed(logsDiscarded, text, {}, 0, 1);
  assert.equal(logfile, '################################# GENERAL #####################################\n\ndaemonize yes\nlogfile /var/log/redis/redis.log\n\n# end\n');
  assert.equal(fixed(logsDiscarded, 'daemonize yes\nsyslog-enabled no'), 'daemonize yes\nsyslog-enabled yes');
  for (const t of ['redis-6.0', 'redis-7.4', 'valkey-8.0'] as const) {
    assertLoads(syslog, t);
    assertLoads(logfile, t);
  }
});
