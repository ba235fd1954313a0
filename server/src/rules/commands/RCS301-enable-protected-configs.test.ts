import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { fixedBy } from '../auth/fixTesting';
import { enableProtectedConfigs } from './RCS301-enable-protected-configs';

test('RCS301 catches yes and local; ignores no, the default and targets without the directive', () => {
  spec('RCS301', { catches: ['enable-protected-configs yes', 'enable-protected-configs local', 'enable-protected-configs YES'], ignores: ['enable-protected-configs no', 'port 6379', 'enable-debug-command yes'] });
  spec('RCS301', { catches: [], ignores: ['enable-protected-configs yes'] }, { target: 'redis-6.2' });
  spec('RCS301', { catches: ['enable-protected-configs yes'], ignores: [] }, { target: 'valkey-8.0' });
});

test('RCS301: yes is an error, local a warning; the safe fix writes no', () => {
  assert.equal(lintWith(enableProtectedConfigs, 'enable-protected-configs yes')[0].diagnostic.severity, 1);
  const [local] = lintWith(enableProtectedConfigs, 'enable-protected-configs local');
  assert.equal(local.diagnostic.severity, 2);
  assert.match(local.finding.message, /SSRF/);
  assert.equal(local.finding.fixes![0].safe, true);
  assert.equal(fixedBy(enableProtectedConfigs, '# x\r\nenable-protected-configs "yes"\r\n', 'Set'), '# x\r\nenable-protected-configs no\r\n');
  assert.equal(fixedBy(enableProtectedConfigs, 'enable-protected-configs local', 'Set', { target: 'redis-7.0' }), 'enable-protected-configs no');
});
