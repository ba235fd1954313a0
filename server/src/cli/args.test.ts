import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_TARGET } from '../catalog/index';
import { parseArgs } from './args';

const ok = (argv: string[]) => {
  const result = parseArgs(argv);
  assert.ok(result.ok, `expected success for ${argv.join(' ')}`);
  return result.options;
};
const fails = (argv: string[]) => {
  const result = parseArgs(argv);
  assert.ok(!result.ok, `expected a usage error for ${argv.join(' ')}`);
  return result.error;
};

test('defaults', () => {
  assert.deepEqual(ok(['a.conf']), {
    target: DEFAULT_TARGET, format: 'text', quiet: false, help: false, version: false, inputs: ['a.conf'],
  });
});

test('options take their value as the next argument or after =', () => {
  const o = ok(['--target', 'redis-7.0', '--format=json', '--language', 'redis-acl', '-q', 'x', 'y']);
  assert.equal(o.target, 'redis-7.0');
  assert.equal(o.format, 'json');
  assert.equal(o.language, 'redis-acl');
  assert.equal(o.quiet, true);
  assert.deepEqual(o.inputs, ['x', 'y']);
});

test('-- ends the options', () => {
  assert.deepEqual(ok(['--', '--quiet', 'f']).inputs, ['--quiet', 'f']);
});

test('help and version', () => {
  assert.equal(ok(['--help']).help, true);
  assert.equal(ok(['-v']).version, true);
});

test('usage errors', () => {
  assert.match(fails(['--nope']), /unknown option '--nope'/);
  assert.match(fails(['--target', 'redis-5.0']), /unknown target 'redis-5.0' \(known: redis-6.0, /);
  assert.match(fails(['--format', 'xml']), /unknown format 'xml'/);
  assert.match(fails(['--language', 'ini']), /unknown language 'ini'/);
  assert.match(fails(['--target']), /--target needs a value/);
  assert.match(fails(['--quiet=yes']), /takes no value/);
});
