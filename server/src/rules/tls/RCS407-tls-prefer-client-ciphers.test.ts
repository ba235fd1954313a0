import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { ALL_TARGETS, assertLoads, fixed, hardenedConfig } from './testKit';
import { tlsPreferClientCiphers } from './RCS407-tls-prefer-client-ciphers';

const TLS = 'port 0\ntls-port 6379\ntls-cert-file /etc/redis/tls/redis.crt\ntls-key-file /etc/redis/tls/redis.key\ntls-ca-cert-file /etc/redis/tls/ca.crt';

test('RCS407 catches a TLS listener where clients choose the cipher; ignores server preference and no TLS', () => {
  spec('RCS407', {
    catches: [TLS, `${TLS}\ntls-prefer-server-ciphers no`, 'tls-port 6380', `${TLS}\ntls-prefer-server-ciphers yes\ntls-prefer-server-ciphers no`],
    ignores: [hardenedConfig(), `${TLS}\ntls-prefer-server-ciphers yes`, 'tls-prefer-server-ciphers no', 'port 0\ntls-port 0', `${TLS}\ntls-prefer-server-ciphers YES`],
  });
});

test('RCS407 is a hint with a safe fix that every target accepts', () => {
  const text = `################################# TLS/SSL #####################################\n${TLS}\n\n# end\n`;
  const [r] = lintWith(tlsPreferClientCiphers, text);
  assert.equal(r.diagnostic.severity, 3);
  assert.equal(r.diagnostic.range.start.line, 2);
  assert.equal(r.finding.fixes![0].safe, true);
  const out = fixed(tlsPreferClientCiphers, text);
  assert.equal(out, `################################# TLS/SSL #####################################\n${TLS}\ntls-prefer-server-ciphers yes\n\n# end\n`);
  for (const t of ALL_TARGETS) assertLoads(out, t);
  assert.equal(fixed(tlsPreferClientCiphers, `${TLS}\ntls-prefer-server-ciphers no`), `${TLS}\ntls-prefer-server-ciphers yes`);
});
