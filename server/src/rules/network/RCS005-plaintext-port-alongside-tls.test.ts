import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { ALL_TARGETS, assertLoads, fixed, hardenedConfig, severitiesOf } from '../tls/testKit';
import { plaintextPortAlongsideTls } from './RCS005-plaintext-port-alongside-tls';

test('RCS005 catches a plaintext port next to tls-port; ignores TLS-only and plaintext-only configs', () => {
  spec('RCS005', {
    catches: ['tls-port 6380', 'bind 10.0.0.5\nport 6379\ntls-port 6380', 'port 7000\ntls-port 7001', 'port 0\ntls-port 6380\nport 6379'],
    ignores: [hardenedConfig(), 'port 0\ntls-port 6379', 'port 6379', 'tls-port 0', 'port 6379\ntls-port 6380\nport 0', 'tls-port'],
  });
  spec('RCS005', { catches: ['tls-port 26380\nsentinel monitor m 10.0.0.1 6379 2'], ignores: ['port 0\ntls-port 26379'] }, { kind: 'sentinel' });
});

test('RCS005 is only a hint when both listeners are on loopback', () => {
  assert.deepEqual(severitiesOf(plaintextPortAlongsideTls, 'bind 127.0.0.1 -::1\ntls-port 6380'), [3]);
  assert.deepEqual(severitiesOf(plaintextPortAlongsideTls, 'bind 10.0.0.5\ntls-port 6380'), [2]);
});

test('RCS005 fix sets port 0 in place, or adds it (not safe)', () => {
  const text = 'bind 10.0.0.5\r\nport 6379\r\ntls-port 6380\r\n';
  const [r] = lintWith(plaintextPortAlongsideTls, text);
  assert.equal(r.diagnostic.range.start.line, 1);
  assert.equal(r.finding.fixes![0].safe, false);
  const out = fixed(plaintextPortAlongsideTls, text);
  assert.equal(out, 'bind 10.0.0.5\r\nport 0\r\ntls-port 6380\r\n');
  const added = fixed(plaintextPortAlongsideTls, 'bind 10.0.0.5\ntls-port 6380');
  assert.equal(added, 'bind 10.0.0.5\ntls-port 6380\nport 0');
  for (const t of ALL_TARGETS) {
    assertLoads(out, t);
    assertLoads(added, t);
  }
});
