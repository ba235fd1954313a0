import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { fixedBy } from '../auth/fixTesting';
import { enableModuleCommand } from './RCS303-enable-module-command';

test('RCS303 catches yes and local; ignores no, the default and targets without the directive', () => {
  spec('RCS303', { catches: ['enable-module-command yes', 'enable-module-command local', 'port 6379\nenable-module-command yes'], ignores: ['enable-module-command no', 'port 6379', 'enable-protected-configs no'] });
  spec('RCS303', { catches: [], ignores: ['enable-module-command yes'] }, { target: 'redis-6.0' });
  spec('RCS303', { catches: ['enable-module-command local'], ignores: ['enable-module-command no'] }, { target: 'valkey-9.0' });
});

test('RCS303: yes is an error, local a warning; the safe fix writes no', () => {
  const [yes] = lintWith(enableModuleCommand, 'enable-module-command yes');
  assert.equal(yes.diagnostic.severity, 1);
  assert.match(yes.finding.message, /MODULE LOAD/);
  assert.equal(lintWith(enableModuleCommand, 'enable-module-command local')[0].diagnostic.severity, 2);
  assert.equal(yes.finding.fixes![0].safe, true);
  assert.equal(fixedBy(enableModuleCommand, 'enable-module-command yes\nport 6379\n', 'Set'), 'enable-module-command no\nport 6379\n');
  assert.equal(fixedBy(enableModuleCommand, '  enable-module-command local', 'Set', { target: 'redis-8.2' }), '  enable-module-command no');
});
