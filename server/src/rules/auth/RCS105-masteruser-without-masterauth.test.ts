import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { masteruserWithoutMasterauth } from './RCS105-masteruser-without-masterauth';

test('RCS105 catches a masteruser without masterauth; ignores complete or absent settings', () => {
  spec('RCS105', {
    catches: ['masteruser replica-user', 'replicaof 10.0.0.1 6379\nmasteruser replica-user\nmasterauth ""'],
    ignores: ['masteruser replica-user\nmasterauth s3cret', 'masterauth s3cret', 'replicaof 10.0.0.1 6379', 'masteruser ""'],
  });
  spec('RCS105', { catches: ['primaryuser replica-user', 'masteruser replica-user'], ignores: ['primaryuser replica-user\nprimaryauth s3cret', 'masteruser replica-user\nprimaryauth s3cret'] }, { target: 'valkey-8.0' });
});

test('RCS105 names the spelling the file uses', () => {
  assert.match(lintWith(masteruserWithoutMasterauth, 'primaryuser r', { target: 'valkey-8.0' })[0].finding.message, /primaryauth/);
  assert.match(lintWith(masteruserWithoutMasterauth, 'masteruser r')[0].finding.message, /masterauth/);
});
