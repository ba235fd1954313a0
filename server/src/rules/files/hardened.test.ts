import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TARGETS } from '../../catalog';
import { RULES } from '.';
import { buildModel } from '../build';
import { ruleContext } from '../engine';
import { hardenedConfig, severities } from './testKit';

test('the hardened example draws no warning or error from the files rules, on any target', () => {
  const text = hardenedConfig();
  for (const t of TARGETS) assert.deepEqual(severities(RULES, text, { target: t.id }).filter((s) => s <= 2), [], t.id);
});

test('the files rules never throw on odd input', () => {
  const odd = ['', '\n\n', 'dir', 'dbfilename', 'include', 'daemonize', 'loglevel', 'hide-user-data-from-log', 'dir "a b"', 'logfile /tmp', '"unterminated', 'user', 'dir /../..'];
  for (const t of TARGETS)
    for (const text of odd)
      for (const rule of RULES)
        for (const kind of ['config', 'sentinel', 'acl'] as const) assert.doesNotThrow(() => {
          // The engine swallows exceptions, so call the rule directly.
          const model = buildModel({ text, languageId: kind === 'acl' ? 'redis-acl' : 'redis-conf', sentinel: kind === 'sentinel', target: t.id });
          rule.check(model, ruleContext(model));
        }, `${rule.id} on ${JSON.stringify(text)} (${t.id}, ${kind})`);
});
