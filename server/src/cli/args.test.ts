import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_TARGET } from '../catalog/index';
import { parseArgs, usage } from './args';

const ok = (argv: string[]) => {
  const result = parseArgs(argv);
  assert.ok(result.ok, `expected success for ${argv.join(' ')}: ${result.ok ? '' : result.error}`);
  return result.options;
};
const fails = (argv: string[]) => {
  const result = parseArgs(argv);
  assert.ok(!result.ok, `expected a usage error for ${argv.join(' ')}`);
  return result.error;
};

test('defaults', () => {
  assert.deepEqual(ok(['a.conf']), {
    target: DEFAULT_TARGET, format: 'text', failOn: 'error', quiet: false, security: true, rules: {}, inlineIgnores: true,
    help: false, version: false, inputs: ['a.conf'],
  });
  assert.equal(ok(['a.conf']).adminUsers, undefined, 'the engine default applies');
});

test('options take their value as the next argument or after =', () => {
  const o = ok(['--target', 'redis-7.0', '--format=json', '--language', 'redis-acl', '-q', 'x', 'y']);
  assert.equal(o.target, 'redis-7.0');
  assert.equal(o.format, 'json');
  assert.equal(o.language, 'redis-acl');
  assert.equal(o.quiet, true);
  assert.deepEqual(o.inputs, ['x', 'y']);
});

test('--format sarif and --fail-on', () => {
  assert.equal(ok(['--format', 'sarif', 'a']).format, 'sarif');
  for (const level of ['error', 'warning', 'info'] as const) assert.equal(ok(['--fail-on', level, 'a']).failOn, level);
  assert.equal(ok(['--fail-on=warning', 'a']).failOn, 'warning');
});

test('switches: --no-security, --no-inline-ignores', () => {
  const o = ok(['--no-security', '--no-inline-ignores', 'a']);
  assert.equal(o.security, false);
  assert.equal(o.inlineIgnores, false);
});

test('--rule takes an id (any case) or a name; later ones win; keys become ids', () => {
  // RCS001 is the one security rule sure to exist; the lookup itself is the registry's.
  assert.deepEqual(ok(['--rule', 'RCS001=off', 'a']).rules, { RCS001: 'off' });
  assert.deepEqual(ok(['--rule=rcs001=warning', 'a']).rules, { RCS001: 'warning' });
  assert.deepEqual(ok(['--rule', 'bind-all-interfaces=hint', 'a']).rules, { RCS001: 'hint' });
  assert.deepEqual(ok(['--rule', 'RCS001=off', '--rule', 'bind-all-interfaces=info', 'a']).rules, { RCS001: 'info' });
});

test('--admin-user repeats and replaces the default; an empty name allows nobody', () => {
  assert.deepEqual(ok(['--admin-user', 'ops', '--admin-user=root', 'a']).adminUsers, ['ops', 'root']);
  assert.deepEqual(ok(['--admin-user', '', 'a']).adminUsers, []);
});

test('help and version', () => {
  assert.equal(ok(['--help']).help, true);
  assert.equal(ok(['-v']).version, true);
});

test('usage names every option', () => {
  const text = usage();
  for (const option of ['--target', '--format text|json|sarif', '--fail-on', '--no-security', '--rule', '--admin-user', '--no-inline-ignores', '--language', '--quiet', '--help', '--version']) {
    assert.ok(text.includes(option), option);
  }
});

test('usage errors', () => {
  assert.match(fails(['--nope']), /unknown option '--nope'/);
  assert.match(fails(['--target', 'redis-5.0']), /unknown target 'redis-5.0' \(known: redis-6.0, /);
  assert.match(fails(['--format', 'xml']), /unknown format 'xml' \(known: text, json, sarif\)/);
  assert.match(fails(['--language', 'ini']), /unknown language 'ini'/);
  assert.match(fails(['--target']), /--target needs a value/);
  assert.match(fails(['--quiet=yes']), /takes no value/);
  assert.match(fails(['--no-security=1']), /takes no value/);
  assert.match(fails(['--fail-on', 'hint']), /unknown level 'hint' for --fail-on/);
  assert.match(fails(['--rule', 'RCS001']), /--rule expects <id-or-name>=<level>/);
  assert.match(fails(['--rule', '=off']), /--rule expects/);
  assert.match(fails(['--rule', 'RCS001=loud']), /unknown level 'loud' for rule RCS001/);
  assert.match(fails(['--rule', 'no-such-rule=off']), /unknown rule 'no-such-rule'/);
  assert.match(fails(['--rule', 'RCV002=off']), /RCV002 reports what the server would reject/);
  assert.match(fails(['--rule', 'unknownDirective=off']), /unknownDirective reports what the server would reject/);
  assert.match(fails(['--admin-user']), /--admin-user needs a value/);
});
