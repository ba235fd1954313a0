import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { sentinelAuthDefaultUser } from './RCS713-sentinel-auth-default-user';

const sentinel = { kind: 'sentinel' as const };
const monitor = 'sentinel monitor m 10.0.0.1 6379 2\n';

test('RCS713 catches auth-pass without auth-user for the same master', () => {
  spec('RCS713', {
    catches: [`${monitor}sentinel auth-pass m s3cret`, `${monitor}sentinel auth-pass m s3cret\nsentinel auth-user other sentinel-user`, 'sentinel AUTH-PASS m s3cret'],
    ignores: ['', monitor, `${monitor}sentinel auth-pass m s3cret\nsentinel auth-user m sentinel-user`, `${monitor}sentinel auth-user m sentinel-user\nsentinel auth-pass m s3cret`, 'sentinel auth-pass m', 'sentinel auth-pass'],
  }, sentinel);
  spec('RCS713', { catches: [`${monitor}sentinel auth-pass m s3cret`], ignores: [] }, { ...sentinel, target: 'redis-6.0' });
});

test('RCS713 reports each master without a user, as info on its auth-pass line', () => {
  const text = `${monitor}sentinel monitor n 10.0.0.2 6379 2\nsentinel auth-pass m a\nsentinel auth-pass n b\nsentinel auth-user n watcher\n`;
  const results = lintWith(sentinelAuthDefaultUser, text, sentinel);
  assert.equal(results.length, 1);
  assert.equal(results[0].diagnostic.severity, 3);
  assert.equal(results[0].diagnostic.range.start.line, 2);
  assert.match(results[0].finding.message, /master "m"/);
});
