import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { fixedBy } from '../auth/fixTesting';
import { enableDebugCommand } from './RCS302-enable-debug-command';

test('RCS302 catches yes and local; ignores no, the default and targets without the directive', () => {
  spec('RCS302', { catches: ['enable-debug-command yes', 'enable-debug-command local', 'port 6379\nenable-debug-command yes'], ignores: ['enable-debug-command no', 'port 6379', 'enable-protected-configs no'] });
  spec('RCS302', { catches: [], ignores: ['enable-debug-command yes'] }, { target: 'redis-6.0' });
  spec('RCS302', { catches: ['enable-debug-command local'], ignores: ['enable-debug-command no'] }, { target: 'valkey-9.0' });
});

test('RCS302: yes is an error, local a warning; the safe fix writes no', () => {
  const [yes] = lintWith(enableDebugCommand, 'enable-debug-command yes');
  assert.equal(yes.diagnostic.severity, 1);
  assert.match(yes.finding.message, /DEBUG SEGFAULT/);
  assert.equal(lintWith(enableDebugCommand, 'enable-debug-command local')[0].diagnostic.severity, 2);
  assert.equal(yes.finding.fixes![0].safe, true);
  assert.equal(fixedBy(enableDebugCommand, 'enable-debug-command yes\nport 6379\n', 'Set'), 'enable-debug-command no\nport 6379\n');
  assert.equal(fixedBy(enableDebugCommand, '  enable-debug-command local', 'Set', { target: 'redis-8.2' }), '  enable-debug-command no');
});
