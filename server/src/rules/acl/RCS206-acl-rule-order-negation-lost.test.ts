import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { fixed } from './aclTesting';
import { aclRuleOrderNegationLost } from './RCS206-acl-rule-order-negation-lost';

test('RCS206 catches negations a later broader grant undoes', () => {
  spec('RCS206', {
    catches: [
      'user ops on >x ~* -debug +@all',
      'user ops on >x ~* +@all -@dangerous +@admin',
      'user ops on >x ~* -config|set +config',
      'user ops on >x ~* -flushall allcommands',
      'user app on >x ~* -@dangerous +@read +@write',
      'user app on >x (~x:* -debug +@admin)',
    ],
    ignores: [
      'user ops on >x ~* +@all -debug',
      'user app on >x ~* -@all +@read',
      'user app on >x ~* +@all -@dangerous +keys',
      'user app on >x ~* -debug +@all -debug',
      'user app on >x ~* -debug reset on >x +@all',
      'user app on >x ~* +@all -@dangerous +info',
      'user app on >x ~* nocommands +@read',
      'port 6379',
    ],
  });
  spec('RCS206', { catches: ['user ops on >x ~* -debug +@all'], ignores: ['user ops on >x ~* +@all -debug'] }, { kind: 'acl', target: 'redis-6.2' });
});

test('RCS206 points at the negation and names what stays allowed', () => {
  const [r] = lintWith(aclRuleOrderNegationLost, 'user ops on >x ~* -debug +@all');
  assert.deepEqual(r.diagnostic.range, { start: { line: 0, character: 18 }, end: { line: 0, character: 24 } });
  assert.match(r.finding.message, /"-debug" is undone by the later "\+@all", so DEBUG stays allowed/);
});

test('RCS206 fix moves the negation after the grant', () => {
  assert.equal(fixed(aclRuleOrderNegationLost, 'user ops on >x ~* -debug +@all\n'), 'user ops on >x ~* +@all -debug\n');
  assert.equal(fixed(aclRuleOrderNegationLost, 'user app on >x -@dangerous +@read ~app:* +@write &x'), 'user app on >x +@read ~app:* +@write -@dangerous &x');
  assert.equal(fixed(aclRuleOrderNegationLost, 'user ops on >x ~* -debug +@all', { kind: 'acl' }), 'user ops on >x ~* +@all -debug');
  // An explicit exception between the two must survive, so that order cannot be fixed by moving.
  assert.deepEqual(lintWith(aclRuleOrderNegationLost, 'user app on >x ~* -@dangerous +keys +@admin')[0].finding.fixes, []);
  // Inside a selector there is no automatic edit.
  assert.deepEqual(lintWith(aclRuleOrderNegationLost, 'user app on >x (~x:* -debug +@admin)')[0].finding.fixes, []);
});
