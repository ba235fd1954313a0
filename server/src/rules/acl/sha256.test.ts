import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { sha256Hex, utf8Bytes } from './sha256';

// Published FIPS 180-4 example digests.
test('sha256 matches the standard test vectors', () => {
  assert.equal(sha256Hex(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  assert.equal(sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  // 56 bytes: the padding spills into a second block.
  assert.equal(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'), '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  assert.equal(
    sha256Hex('abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu'),
    'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
  );
});

test('sha256 agrees with node:crypto on edge lengths and non-ASCII text', () => {
  for (const len of [1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
    const s = 'x'.repeat(len);
    assert.equal(sha256Hex(s), createHash('sha256').update(s, 'utf8').digest('hex'), `length ${len}`);
  }
  for (const s of ['pässwörd', '密码', 'emoji 🔑', 'tab\tand\nnewline']) {
    assert.equal(sha256Hex(s), createHash('sha256').update(s, 'utf8').digest('hex'), s);
  }
  assert.deepEqual([...utf8Bytes('é🔑')], [...Buffer.from('é🔑', 'utf8')]);
  assert.equal(sha256Hex(Uint8Array.from([0xff])), createHash('sha256').update(Buffer.from([0xff])).digest('hex'));
});
