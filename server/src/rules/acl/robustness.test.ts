import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TARGETS } from '../../catalog';
import { buildModel } from '../build';
import { ruleContext } from '../engine';
import { RULES } from './index';
import { commandRule } from './ruleKeys';
import { getCommandTable } from '../../catalog/commands/commands';

const ODD = [
  '',
  '\n\n',
  'user',
  'user x',
  'user default',
  'user "" on',
  'user x on (~* +@all',
  'user x on ( )',
  'user x on () +get|',
  'user x on +|x -| + - > < # ! ~ & %',
  'user x on +@nosuch -nosuch',
  'user x on %RW~ %R~* ~ &',
  'user x on >a >a <a <a !zz #zz',
  'acllog-max-len',
  'acl-pubsub-default',
  'sanitize-dump-payload',
  'aclfile',
  '# just a comment',
  'USER X ON NOPASS',
  'user x\ton\tnopass',
];

test('the ACL rules never throw, whatever the input, target or kind', () => {
  for (const t of TARGETS) {
    for (const text of ODD) {
      for (const kind of ['config', 'sentinel', 'acl'] as const) {
        const model = buildModel({ text, languageId: kind === 'acl' ? 'redis-acl' : 'redis-conf', sentinel: kind === 'sentinel', target: t.id });
        const ctx = ruleContext(model);
        for (const rule of RULES) assert.doesNotThrow(() => rule.check(model, ctx), `${rule.id} on ${t.id}/${kind}: ${JSON.stringify(text)}`);
      }
    }
  }
});

test('a hardened config and ACL file stay silent', () => {
  const hash = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
  const users = [
    'user default off',
    `user admin on #${hash} ~* &* +@all`,
    `user app on #${hash} ~app:* resetchannels -@all +@read +@write -@dangerous -@scripting`,
    `user replica on #${hash} +psync +replconf +ping`,
    `user sentinel on #${hash} &__sentinel__:* +multi +slaveof +ping +exec +subscribe +config|rewrite +role +publish +info +client|setname +client|kill +script|kill`,
  ];
  for (const t of TARGETS.filter((x) => x.id !== 'redis-6.0')) {
    const conf = ['bind 127.0.0.1 -::1', 'acl-pubsub-default resetchannels', 'sanitize-dump-payload yes', ...users].join('\n');
    for (const [text, kind] of [
      [conf, 'config'],
      [users.join('\n'), 'acl'],
    ] as const) {
      const model = buildModel({ text, languageId: kind === 'acl' ? 'redis-acl' : 'redis-conf', sentinel: false, target: t.id });
      const ctx = ruleContext(model);
      // 6.2 ACL files cannot see acl-pubsub-default, so new users there start with every channel.
      const findings = RULES.flatMap((r) => r.check(model, ctx).map((f) => `${r.id}: ${f.message}`));
      assert.deepEqual(findings, [], `${t.id} ${kind}`);
    }
  }
});

test('command rule keys ignore names inherited from Object', () => {
  const table = getCommandTable('redis-7.4');
  for (const r of ['+constructor', '-__proto__', '+toString|x', '+@constructor']) assert.equal(commandRule(table, r)?.keys.size, 0, r);
});
