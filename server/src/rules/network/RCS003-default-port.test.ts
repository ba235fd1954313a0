import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { hardenedConfig } from '../tls/testKit';
import { defaultPort } from './RCS003-default-port';

test('RCS003 catches port 6379 beyond loopback; ignores loopback, other ports and sentinels', () => {
  spec('RCS003', {
    catches: ['bind 10.0.0.5\nport 6379', 'bind 0.0.0.0', 'port 06379\nbind 192.168.1.2', 'port 6379'],
    ignores: [hardenedConfig(), 'bind 127.0.0.1 -::1\nport 6379', 'bind 10.0.0.5\nport 6380', 'bind 10.0.0.5\nport 0\ntls-port 6379', 'bind ""\nport 6379'],
  });
  spec('RCS003', { catches: [], ignores: ['bind 0.0.0.0\nport 6379'] }, { kind: 'sentinel' });
});

test('RCS003 is a hint without a fix, on the port line or the first line', () => {
  const [r] = lintWith(defaultPort, 'bind 10.0.0.5\nport 6379');
  assert.equal(r.diagnostic.severity, 3);
  assert.equal(r.diagnostic.range.start.line, 1);
  assert.equal(r.finding.fixes, undefined);
  const [r2] = lintWith(defaultPort, '# top\nbind 10.0.0.5');
  assert.equal(r2.diagnostic.range.start.line, 1);
});
