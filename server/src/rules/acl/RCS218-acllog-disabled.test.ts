import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { fixed } from './aclTesting';
import { acllogDisabled } from './RCS218-acllog-disabled';

test('RCS218 catches acllog-max-len 0 only', () => {
  spec('RCS218', {
    catches: ['acllog-max-len 0', 'port 6379\nacllog-max-len 0'],
    ignores: ['acllog-max-len 128', 'port 6379', 'acllog-max-len 1', 'acllog-max-len 0\nacllog-max-len 64'],
  });
  spec('RCS218', { catches: ['acllog-max-len 0'], ignores: [] }, { target: 'redis-6.0' });
});

test('RCS218 fix restores the default length (safe)', () => {
  assert.equal(fixed(acllogDisabled, '# log\r\nacllog-max-len 0\r\n'), '# log\r\nacllog-max-len 128\r\n');
  const [r] = lintWith(acllogDisabled, 'acllog-max-len 0');
  assert.equal(r.finding.fixes![0].safe, true);
  assert.equal(r.diagnostic.severity, 3);
});
