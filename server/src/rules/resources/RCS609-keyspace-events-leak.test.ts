import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { keyspaceEventsLeak } from './RCS609-keyspace-events-leak';
import { assertLoads, fixed, hardenedConfig } from '../files/testKit';

test('RCS609 catches keyspace notifications that are switched on', () => {
  spec('RCS609', {
    catches: ['notify-keyspace-events KEA', 'notify-keyspace-events Ex', 'notify-keyspace-events ""\nnotify-keyspace-events Kg'],
    ignores: [hardenedConfig(), 'port 6379', 'notify-keyspace-events ""', 'notify-keyspace-events Kg\nnotify-keyspace-events ""', 'notify-keyspace-events', 'notify-keyspace-events gx', 'notify-keyspace-events A'],
  });
});

test('RCS609 is a Warning when a user limited to some keys may subscribe everywhere', () => {
  const info = lintWith(keyspaceEventsLeak, 'notify-keyspace-events KEA\nuser app on >pw ~app:* resetchannels +@all');
  assert.equal(info[0].diagnostic.severity, 3);
  const warn = lintWith(keyspaceEventsLeak, 'notify-keyspace-events KEA\nuser app on >pw ~app:* &* +@all');
  assert.equal(warn[0].diagnostic.severity, 2);
  assert.match(String(warn[0].diagnostic.message), /"app"/);
  // Admins and disabled users do not count.
  assert.equal(lintWith(keyspaceEventsLeak, 'notify-keyspace-events KEA\nuser admin on >pw ~x:* &* +@all')[0].diagnostic.severity, 3);
  assert.equal(lintWith(keyspaceEventsLeak, 'notify-keyspace-events KEA\nuser app off ~x:* &* +@all')[0].diagnostic.severity, 3);
  // acl-pubsub-default allchannels gives new users every channel.
  assert.equal(lintWith(keyspaceEventsLeak, 'acl-pubsub-default allchannels\nnotify-keyspace-events KEA\nuser app on >pw ~app:* +@all')[0].diagnostic.severity, 2);
  // Redis 6.0 has no channel permissions at all.
  assert.equal(lintWith(keyspaceEventsLeak, 'notify-keyspace-events KEA\nuser app on >pw ~app:* +@all', { target: 'redis-6.0' })[0].diagnostic.severity, 2);
});

test('RCS609 fix empties the setting (unsafe)', () => {
  const text = 'notify-keyspace-events KEA\n';
  assert.equal(lintWith(keyspaceEventsLeak, text)[0].finding.fixes![0].safe, false);
  const out = fixed(keyspaceEventsLeak, text);
  assert.equal(out, 'notify-keyspace-events ""\n');
  for (const t of ['redis-6.0', 'redis-7.4', 'valkey-8.0'] as const) assertLoads(out, t);
});
