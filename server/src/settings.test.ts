import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEFAULT_TARGET } from './catalog/index';
import { DEFAULT_SETTINGS, configurationContribution, normalizeSettings, targetIds, targetLabel } from './settings';

function readPackageJson(): any {
  // Works from both server/src and out/server/src.
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + __dirname);
    dir = up;
  }
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
}

test('package.json contributes.configuration is generated from the settings schema', () => {
  assert.deepEqual(
    readPackageJson().contributes.configuration,
    configurationContribution(),
    'package.json is out of date: run `npm run sync:settings`',
  );
});

test('the target setting lists every target, each with a description', () => {
  const target = (configurationContribution().properties as any)['redisConf.target'];
  assert.deepEqual(target.enum, targetIds());
  assert.equal(target.enum.length, target.enumDescriptions.length);
  assert.equal(target.default, DEFAULT_TARGET);
  assert.ok(target.enum.includes(DEFAULT_TARGET));
});

test('target labels come from the catalog', () => {
  assert.equal(targetLabel('redis-7.0'), 'Redis 7.0');
  assert.equal(targetLabel('valkey-9.0'), 'Valkey 9.0');
  assert.equal(targetLabel('redis-99'), 'redis-99');
});

test('normalizeSettings keeps valid values and falls back per field', () => {
  assert.deepEqual(normalizeSettings(undefined), DEFAULT_SETTINGS);
  assert.deepEqual(normalizeSettings(null), DEFAULT_SETTINGS);
  assert.deepEqual(normalizeSettings([1, 2]), DEFAULT_SETTINGS);
  assert.deepEqual(
    normalizeSettings({ target: 'redis-7.0', validate: { enable: false }, trace: { server: 'verbose' } }),
    { ...DEFAULT_SETTINGS, target: 'redis-7.0', validate: { enable: false }, trace: { server: 'verbose' } },
  );
  assert.deepEqual(
    normalizeSettings({ target: 'redis-99', validate: { enable: 'no' }, trace: 'verbose' }),
    DEFAULT_SETTINGS,
  );
  assert.deepEqual(normalizeSettings({ target: 'valkey-8.0' }), { ...DEFAULT_SETTINGS, target: 'valkey-8.0' });
});

test('normalizeSettings also reads flat dotted keys', () => {
  assert.deepEqual(
    normalizeSettings({ 'validate.enable': false, 'trace.server': 'messages' }),
    { ...DEFAULT_SETTINGS, target: DEFAULT_TARGET, validate: { enable: false }, trace: { server: 'messages' } },
  );
});

test('normalizeSettings reads the security settings and rule levels', () => {
  const s = normalizeSettings({ security: { enable: false, adminUsers: ['ops'], allowInlineIgnores: false }, rules: { RCS001: 'off', 'no-tls': 'loud' } });
  assert.deepEqual(s.security, { enable: false, adminUsers: ['ops'], allowInlineIgnores: false });
  assert.deepEqual(s.rules, { RCS001: 'off' });
  assert.deepEqual(normalizeSettings({ security: { adminUsers: [1] } }).security.adminUsers, ['admin']);
});
