import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { ALL_TARGETS, assertLoads, fixed, hardenedConfig } from './testKit';
import { tlsFilesMissing } from './RCS402-tls-files-missing';

const CERT = 'tls-cert-file /etc/redis/tls/redis.crt';
const KEY = 'tls-key-file /etc/redis/tls/redis.key';
const CA = 'tls-ca-cert-file /etc/redis/tls/ca.crt';

test('RCS402 catches TLS switched on without its files; ignores complete or unused TLS', () => {
  spec('RCS402', {
    catches: ['tls-port 6379', `tls-port 6379\n${CERT}\n${KEY}`, `tls-port 6379\n${CERT}\n${CA}`, `tls-replication yes\n${CERT}\n${KEY}`, `tls-cluster yes\n${KEY}\n${CA}`, `tls-port 6379\ntls-cert-file ""\n${KEY}\n${CA}`],
    ignores: [
      hardenedConfig(),
      `tls-port 6379\n${CERT}\n${KEY}\n${CA}`,
      `tls-port 6379\n${CERT}\n${KEY}\ntls-ca-cert-dir /etc/ssl/certs`,
      `tls-port 6379\n${CERT}\n${KEY}\ntls-auth-clients no`,
      'tls-port 0',
      `${CERT}`,
      'tls-replication no',
    ],
  });
});

test('RCS402 knows Redis 6.0 always wanted a CA', () => {
  const noCa = `tls-port 6379\n${CERT}\n${KEY}\ntls-auth-clients no`;
  spec('RCS402', { catches: [noCa], ignores: [] }, { target: 'redis-6.0' });
  spec('RCS402', { catches: [`${noCa}\ntls-replication yes`], ignores: [noCa] }, { target: 'redis-6.2' });
});

test('RCS402 fix adds only the missing lines, as placeholders (not safe)', () => {
  const text = '################################# TLS/SSL #####################################\ntls-port 6379\ntls-cert-file /srv/server.crt\n\n# end\n';
  const [r] = lintWith(tlsFilesMissing, text);
  assert.equal(r.diagnostic.severity, 1);
  assert.equal(r.diagnostic.range.start.line, 1);
  assert.match(r.finding.message, /tls-key-file, tls-ca-cert-file \(or tls-ca-cert-dir\) are not set/);
  assert.equal(r.finding.fixes![0].safe, false);
  const out = fixed(tlsFilesMissing, text);
  assert.equal(out, '################################# TLS/SSL #####################################\ntls-port 6379\ntls-cert-file /srv/server.crt\ntls-key-file /etc/redis/tls/redis.key\ntls-ca-cert-file /etc/redis/tls/ca.crt\n\n# end\n');
  for (const t of ALL_TARGETS) assertLoads(fixed(tlsFilesMissing, text, { target: t }), t);
  // An empty value counts as unset and is filled in place.
  assert.equal(fixed(tlsFilesMissing, `tls-port 6379\ntls-cert-file ""\n${KEY}\n${CA}`), `tls-port 6379\n${CERT}\n${KEY}\n${CA}`);
});
