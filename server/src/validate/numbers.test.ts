import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memtoll, memtoull, string2ll, cStrtol, ULLONG_MAX } from './numbers';

test('string2ll is strict', () => {
  assert.equal(string2ll('0'), 0n);
  assert.equal(string2ll('-5'), -5n);
  assert.equal(string2ll('05'), undefined);
  assert.equal(string2ll('+5'), undefined);
  assert.equal(string2ll('-0'), undefined);
  assert.equal(string2ll('9223372036854775807'), 9223372036854775807n);
  assert.equal(string2ll('9223372036854775808'), undefined);
  assert.equal(string2ll('-9223372036854775808'), -9223372036854775808n);
});

test('memtoull units, empty digits and wrap-around', () => {
  assert.equal(memtoull('1k'), 1000n);
  assert.equal(memtoull('1KB'), 1024n);
  assert.equal(memtoull('2gb'), 2n * 1024n ** 3n);
  assert.equal(memtoull(''), 0n);
  assert.equal(memtoull('kb'), 0n);
  assert.equal(memtoull('-1'), undefined);
  assert.equal(memtoull('1 kb'), undefined);
  // saturates at ULLONG_MAX, seen as -1 through a signed long long
  assert.equal(memtoull('99999999999999999999999'), -1n);
  void ULLONG_MAX;
});

test('memtoll (6.x) allows a sign but not a lone one', () => {
  assert.equal(memtoll('-5'), -5n);
  assert.equal(memtoll('-'), undefined);
  assert.equal(memtoll('9223372036854775808'), 9223372036854775807n);
});

test('cStrtol base 8', () => {
  assert.deepEqual(cStrtol('0777', 8, false).value, 511n);
  assert.equal(cStrtol('8', 8, false).complete, false);
  assert.equal(cStrtol('', 8, false).complete, true);
});
