import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { ALL_TARGETS, assertLoads, fixed, hardenedConfig, severitiesOf } from './testKit';
import { legacyTlsProtocol } from './RCS405-legacy-tls-protocol';

const TLS = 'port 0\ntls-port 6379\ntls-cert-file /etc/redis/tls/redis.crt\ntls-key-file /etc/redis/tls/redis.key\ntls-ca-cert-file /etc/redis/tls/ca.crt';

test('RCS405 catches TLSv1 and TLSv1.1; ignores modern protocol lists', () => {
  spec('RCS405', {
    catches: [`${TLS}\ntls-protocols TLSv1`, `${TLS}\ntls-protocols "TLSv1.1 TLSv1.2"`, `${TLS}\ntls-protocols "tlsv1 TLSv1.3"`, 'tls-protocols "TLSv1 TLSv1.1"'],
    ignores: [hardenedConfig(), TLS, `${TLS}\ntls-protocols "TLSv1.2 TLSv1.3"`, `${TLS}\ntls-protocols TLSv1.3`, `${TLS}\ntls-protocols ""`, `${TLS}\ntls-protocols TLSv1\ntls-protocols TLSv1.2`],
  });
});

test('RCS405 is a warning while TLS is not switched on', () => {
  assert.deepEqual(severitiesOf(legacyTlsProtocol, `${TLS}\ntls-protocols TLSv1`), [1]);
  assert.deepEqual(severitiesOf(legacyTlsProtocol, 'tls-protocols TLSv1'), [2]);
});

test('RCS405 fix keeps the modern protocols listed, else writes TLSv1.2 and TLSv1.3 (not safe)', () => {
  const text = `${TLS}\ntls-protocols "TLSv1 TLSv1.1 TLSv1.2"\n`;
  const [r] = lintWith(legacyTlsProtocol, text);
  assert.equal(r.diagnostic.range.start.line, 5);
  assert.match(r.finding.message, /TLSv1 and TLSv1\.1, deprecated protocols/);
  assert.equal(r.finding.fixes![0].safe, false);
  assert.equal(fixed(legacyTlsProtocol, text), `${TLS}\ntls-protocols TLSv1.2\n`);
  const only = `${TLS}\ntls-protocols TLSv1\n`;
  const out = fixed(legacyTlsProtocol, only);
  assert.equal(out, `${TLS}\ntls-protocols "TLSv1.2 TLSv1.3"\n`);
  assert.equal(fixed(legacyTlsProtocol, `${TLS}\ntls-protocols "TLSv1.3 TLSv1"`), `${TLS}\ntls-protocols TLSv1.3`);
  for (const t of ALL_TARGETS) assertLoads(out, t);
});
