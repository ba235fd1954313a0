import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { ALL_TARGETS, assertLoads, fixed, hardenedConfig, severitiesOf } from './testKit';
import { weakCipherTerms, weakTlsCiphers } from './RCS406-weak-tls-ciphers';

const TLS = 'port 0\ntls-port 6379\ntls-cert-file /etc/redis/tls/redis.crt\ntls-key-file /etc/redis/tls/redis.key\ntls-ca-cert-file /etc/redis/tls/ca.crt';

test('RCS406 catches weak cipher selections; ignores exclusions and strong lists', () => {
  spec('RCS406', {
    catches: [
      `${TLS}\ntls-ciphers RC4-SHA`,
      `${TLS}\ntls-ciphers DEFAULT:DES-CBC3-SHA`,
      `${TLS}\ntls-ciphers ALL`,
      `${TLS}\ntls-ciphers "HIGH:aNULL"`,
      `${TLS}\ntls-ciphers EXP-RC4-MD5`,
      `${TLS}\ntls-ciphers DEFAULT:@SECLEVEL=0`,
      'tls-ciphers NULL-SHA256',
    ],
    ignores: [
      hardenedConfig(),
      TLS,
      `${TLS}\ntls-ciphers DEFAULT:!MEDIUM`,
      `${TLS}\ntls-ciphers HIGH:!aNULL:!MD5:!RC4:!3DES`,
      `${TLS}\ntls-ciphers ALL:!aNULL:!eNULL:!LOW:!EXPORT:!RC4:!DES:!MD5`,
      `${TLS}\ntls-ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-CHACHA20-POLY1305`,
      `${TLS}\ntls-ciphers ""`,
    ],
  });
});

test('RCS406 parses OpenSSL cipher strings', () => {
  assert.deepEqual(weakCipherTerms('HIGH:RC4:!aNULL'), ['RC4']);
  assert.deepEqual(weakCipherTerms('ECDHE-RSA-DES-CBC3-SHA,AES256-SHA'), ['ECDHE-RSA-DES-CBC3-SHA']);
  assert.deepEqual(weakCipherTerms('ALL'), ['ALL']);
  assert.deepEqual(weakCipherTerms('ALL:-RC4'), []);
  assert.deepEqual(weakCipherTerms('+RSA+RC4'), ['RSA+RC4']);
  assert.deepEqual(weakCipherTerms('ECDHE-ECDSA-AES256-GCM-SHA384'), []);
});

test('RCS406 severity and fix (not safe)', () => {
  assert.deepEqual(severitiesOf(weakTlsCiphers, `${TLS}\ntls-ciphers RC4-SHA`), [1]);
  assert.deepEqual(severitiesOf(weakTlsCiphers, 'tls-ciphers RC4-SHA'), [2]);
  const text = `${TLS}\r\ntls-ciphers "HIGH:RC4-SHA:MD5"\r\n`;
  const [r] = lintWith(weakTlsCiphers, text);
  assert.equal(r.diagnostic.range.start.line, 5);
  assert.match(r.finding.message, /RC4-SHA, MD5/);
  assert.equal(r.finding.fixes![0].safe, false);
  const out = fixed(weakTlsCiphers, text);
  assert.equal(out, `${TLS}\r\ntls-ciphers DEFAULT:!MEDIUM\r\n`);
  for (const t of ALL_TARGETS) assertLoads(out, t);
});
