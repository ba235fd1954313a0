import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TARGETS } from '../../catalog';
import { RULES as FILES } from '.';
import { RULES as RESOURCES } from '../resources';
import { buildModel } from '../build';
import { ruleContext } from '../engine';
import type { Rule } from '../types';
import { hardenedConfig, severities } from './testKit';

/** One check for both areas (files and resources): the hardened example stays quiet, odd input never throws. */
const AREAS: Array<[string, Rule[], string[]]> = [
  ['files', FILES, ['', '\n\n', 'dir', 'dbfilename', 'include', 'daemonize', 'loglevel', 'hide-user-data-from-log', 'dir "a b"', 'logfile /tmp', '"unterminated', 'user', 'dir /../..']],
  [
    'resources',
    RESOURCES,
    ['', '\n\n', 'maxmemory', 'client-output-buffer-limit', 'client-output-buffer-limit normal', 'client-output-buffer-limit ""', 'proto-max-bulk-len -1', 'maxmemory-clients %', 'maxclients -5', 'timeout', 'busy-reply-threshold', 'lua-time-limit x', 'notify-keyspace-events', 'user', 'user app', 'user app on (', '"unterminated', 'user app on >x ~* +@all', 'user default on nopass ~* +@all'],
  ],
];

for (const [area, rules, odd] of AREAS) {
  test(`the hardened example draws no warning or error from the ${area} rules, on any target`, () => {
    const text = hardenedConfig();
    for (const t of TARGETS) assert.deepEqual(severities(rules, text, { target: t.id }).filter((s) => s <= 2), [], t.id);
  });

  test(`the ${area} rules never throw on odd input`, () => {
    for (const t of TARGETS)
      for (const text of odd)
        for (const rule of rules)
          for (const kind of ['config', 'sentinel', 'acl'] as const) assert.doesNotThrow(() => {
            // The engine swallows exceptions, so call the rule directly.
            const model = buildModel({ text, languageId: kind === 'acl' ? 'redis-acl' : 'redis-conf', sentinel: kind === 'sentinel', target: t.id });
            rule.check(model, ruleContext(model));
          }, `${rule.id} on ${JSON.stringify(text)} (${t.id}, ${kind})`);
  });
}
