import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildModel } from '../build';
import { ruleContext } from '../engine';
import { RULES as network } from '../network';
import { RULES as tls } from '.';
import { ALL_TARGETS } from './testKit';

const ODD = [
  '',
  '\n\n',
  '# only a comment',
  'port\ntls-port\nbind\nunixsocket\nunixsocketperm\ntls-protocols\ntls-ciphers\ntls-auth-clients\ncluster-enabled\nreplicaof\nprotected-mode',
  'port abc\ntls-port -1\nunixsocketperm 999\ncluster-port x\ncluster-enabled yes\nbind 0.0.0.0',
  'tls-port 6380\ntls-protocols ""\ntls-ciphers ":::"\nreplicaof\nsentinel\nsentinel monitor',
  'tls-port 6380 6381\nport 0 1\nunixsocket /tmp/a /tmp/b\ntls-protocols TLSv1 TLSv1.1',
  'unbalanced "quote\nport 0',
];

test('network and TLS rules never throw, whatever the file says', () => {
  for (const target of ALL_TARGETS) {
    for (const text of ODD) {
      for (const kind of ['config', 'sentinel', 'acl'] as const) {
        const model = buildModel({ text, languageId: kind === 'acl' ? 'redis-acl' : 'redis-conf', sentinel: kind === 'sentinel', target });
        const ctx = ruleContext(model);
        for (const rule of [...network, ...tls]) {
          assert.doesNotThrow(() => rule.check(model, ctx), `${rule.id} on ${target}/${kind}:\n${text}`);
        }
      }
    }
  }
});
