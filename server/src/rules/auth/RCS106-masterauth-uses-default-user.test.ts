import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { masterauthUsesDefaultUser } from './RCS106-masterauth-uses-default-user';

test('RCS106 catches masterauth without masteruser; ignores a dedicated replication user', () => {
  spec('RCS106', {
    catches: ['masterauth s3cret', 'replicaof 10.0.0.1 6379\nmasterauth s3cret'],
    ignores: ['masterauth s3cret\nmasteruser replica-user', 'replicaof 10.0.0.1 6379', 'masterauth ""', 'masteruser replica-user'],
  });
  spec('RCS106', { catches: ['primaryauth s3cret'], ignores: ['primaryauth s3cret\nprimaryuser replica'] }, { target: 'valkey-8.0' });
});

test('RCS106 is information, points at masterauth and never repeats the password', () => {
  const [r] = lintWith(masterauthUsesDefaultUser, 'port 6379\nmasterauth s3cret');
  assert.equal(r.diagnostic.severity, 3);
  assert.equal(r.diagnostic.range.start.line, 1);
  assert.doesNotMatch(r.finding.message, /s3cret/);
});
