import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TARGETS } from '../../catalog';
import { buildModel } from '../build';
import { ruleContext } from '../engine';
import { RULES as AUTH } from '../auth';
import { RULES as COMMANDS } from '.';

const ODD = [
  '',
  '\n\n',
  'requirepass',
  'masterauth',
  'masteruser',
  'rename-command',
  'rename-command CONFIG',
  'rename-command NOSUCHCMD ""',
  'rename-command CONFIG "" extra',
  'loadmodule',
  'loadmodule ""',
  'enable-debug-command',
  'enable-module-command maybe',
  'user',
  'user default',
  'user default on >',
  'user default on #',
  'user x on (~a +get',
  'sentinel auth-pass',
  'sentinel auth-pass mymaster',
  'sentinel sentinel-pass',
  'aclfile',
  'dir',
  'bind',
  'requirepass "unbalanced',
];

test('the auth and command rules never throw on odd input, for any target and kind', () => {
  for (const t of TARGETS) {
    for (const text of ODD) {
      for (const kind of ['config', 'sentinel', 'acl'] as const) {
        const model = buildModel({ text, languageId: kind === 'acl' ? 'redis-acl' : 'redis-conf', sentinel: kind === 'sentinel', target: t.id });
        const ctx = ruleContext(model);
        for (const rule of [...AUTH, ...COMMANDS]) {
          if (!rule.appliesTo.includes(model.kind)) continue;
          assert.doesNotThrow(() => rule.check(model, ctx), `${rule.id} on ${t.id}/${kind}: ${JSON.stringify(text)}`);
        }
      }
    }
  }
});
