import { test } from 'node:test';
import assert from 'node:assert/strict';
import { optionWords } from './optionWords';

const V = new Set(['--target']);

test('options with values, in both spellings; -- ends the options', () => {
  assert.deepEqual(optionWords(['a.conf', '--target', 'redis-7.0', '--target=valkey-8.0', '-q', '--', '--weird'], V), {
    words: [
      { kind: 'positional', value: 'a.conf' },
      { kind: 'option', name: '--target', value: 'redis-7.0' },
      { kind: 'option', name: '--target', value: 'valkey-8.0' },
      { kind: 'option', name: '-q', value: '' },
      { kind: 'positional', value: '--weird' },
    ],
  });
});

test('a missing or unexpected value is an error', () => {
  assert.deepEqual(optionWords(['--target'], V), { error: 'option --target needs a value' });
  assert.deepEqual(optionWords(['--quiet=yes'], V), { error: 'option --quiet takes no value' });
  assert.deepEqual(optionWords(['-'], V), { words: [{ kind: 'positional', value: '-' }] });
});
