import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeFoldingRanges } from './folding';

test('sections fold from the banner to their last non-blank line; comment runs fold as comments', () => {
  const text = [
    '# Redis configuration file',     // 0 \ comment run 0-1
    '# for tests',                    // 1 /
    '',                               // 2
    '######## NETWORK ########',      // 3  section 3-8
    '# bind to loopback',             // 4 \ comment run 4-5 (the banner is not part of it)
    '# only',                         // 5 /
    'bind 127.0.0.1',                 // 6
    '# a single comment',             // 7  (too short to fold)
    'port 6379',                      // 8
    '',                               // 9
    '######## EMPTY ########',        // 10 (nothing inside: no range)
    '',                               // 11
    '######## LAST ########',         // 12 section 12-13
    'save ""',                        // 13
    '',                               // 14
  ].join('\n');
  assert.deepEqual(computeFoldingRanges(text, 'redis-conf'), [
    { startLine: 0, endLine: 1, kind: 'comment' },
    { startLine: 3, endLine: 8 },
    { startLine: 4, endLine: 5, kind: 'comment' },
    { startLine: 12, endLine: 13 },
  ]);
});

test('a comment run at the end of the file folds', () => {
  assert.deepEqual(computeFoldingRanges('port 1\n# a\n  # b', 'redis-conf'), [
    { startLine: 1, endLine: 2, kind: 'comment' },
  ]);
});

test('ACL files have no folding ranges', () => {
  assert.deepEqual(computeFoldingRanges('user a on\nuser b off', 'redis-acl'), []);
});
