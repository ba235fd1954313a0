import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TargetId } from '../types';
import { categoriesUsed, commandsInCategory, getCommandTable, hasCommand, subcommandsOf } from './commands';

// Each expectation below was checked against the server source at the ref named in the table's
// `source` (src/server.c for 6.x, src/commands/*.json for 7.0+), and the redis-7.0 table against a
// running Redis 7.0.15 (COMMAND LIST / COMMAND DOCS / ACL CAT).

const ALL: TargetId[] = [
  'redis-6.0', 'redis-6.2', 'redis-7.0', 'redis-7.2', 'redis-7.4', 'redis-8.0', 'redis-8.2',
  'valkey-7.2', 'valkey-8.0', 'valkey-8.1', 'valkey-9.0',
];
const SIX: TargetId[] = ['redis-6.0', 'redis-6.2'];
const SEVEN_PLUS = ALL.filter(t => !SIX.includes(t));

test('every target has a well-formed table', () => {
  for (const target of ALL) {
    const table = getCommandTable(target);
    assert.equal(table.target, target);
    assert.match(table.source, /^(redis\/redis|valkey-io\/valkey)@/);
    const names = Object.keys(table.commands);
    assert.ok(names.length > 200, `${target} has only ${names.length} commands`);
    assert.deepEqual(names, [...names].sort(), `${target} keys sorted`);
    for (const [name, spec] of Object.entries(table.commands)) {
      assert.equal(name, name.toLowerCase());
      assert.deepEqual(spec.categories, [...spec.categories].sort(), `${target} ${name} categories sorted`);
      assert.ok(spec.categories.every(c => !c.startsWith('@') && c === c.toLowerCase()));
      // Every command is exactly one of @fast / @slow, or both when a container mixes them.
      assert.ok(spec.categories.includes('fast') || spec.categories.includes('slow'), `${target} ${name}`);
      assert.ok(spec.subcommands.every(s => s === s.toLowerCase()));
    }
  }
});

test('GETDEL arrived in 6.2', () => {
  assert.equal(hasCommand('redis-6.0', 'getdel'), false);
  for (const target of ALL.filter(t => t !== 'redis-6.0')) assert.ok(hasCommand(target, 'getdel'), target);
});

test('LMPOP and FUNCTION arrived in 7.0', () => {
  for (const target of SIX) {
    assert.equal(hasCommand(target, 'lmpop'), false, target);
    assert.equal(hasCommand(target, 'function'), false, target);
  }
  for (const target of SEVEN_PLUS) {
    assert.ok(hasCommand(target, 'lmpop'), target);
    assert.ok(subcommandsOf(target, 'function').includes('load'), target);
  }
});

test('CONFIG subcommands on 7.0+, none recorded on 6.x', () => {
  for (const target of SEVEN_PLUS) {
    const subs = subcommandsOf(target, 'CONFIG');
    for (const s of ['get', 'set', 'rewrite', 'resetstat']) assert.ok(subs.includes(s), `${target} config|${s}`);
  }
  for (const target of SIX) assert.deepEqual(subcommandsOf(target, 'config'), []);
});

test('FLUSHALL, KEYS and CONFIG are @dangerous everywhere', () => {
  for (const target of ALL) {
    const dangerous = commandsInCategory(target, '@dangerous');
    for (const name of ['flushall', 'flushdb', 'keys', 'config', 'debug']) assert.ok(dangerous.includes(name), `${target} ${name}`);
    assert.ok(commandsInCategory(target, 'ADMIN').includes('config'), target);
    assert.ok(!dangerous.includes('get'), target);
  }
});

test('read-only scripting commands are not put in @read (7.0+)', () => {
  for (const target of SEVEN_PLUS) {
    assert.ok(getCommandTable(target).commands.eval_ro.categories.includes('scripting'));
    assert.ok(!commandsInCategory(target, 'read').includes('eval_ro'), target);
  }
});

test('lookups ignore case and do not see prototype names', () => {
  assert.ok(hasCommand('redis-7.0', 'FlushAll'));
  assert.equal(hasCommand('redis-7.0', 'constructor'), false);
  assert.equal(hasCommand('redis-7.0', 'no-such-command'), false);
  assert.deepEqual(subcommandsOf('redis-7.0', 'no-such-command'), []);
  assert.deepEqual(subcommandsOf('redis-7.0', 'get'), []);
});

test('sentinel-only and experimental commands are left out', () => {
  for (const target of SEVEN_PLUS) assert.equal(hasCommand(target, 'sentinel'), false, target);
  // SFLUSH is flagged EXPERIMENTAL in the 8.x sources, so the code generator skips it.
  assert.equal(hasCommand('redis-8.2', 'sflush'), false);
});

test('redis-7.0 matches a running Redis 7.0.15', () => {
  // COMMAND COUNT / COMMAND LIST of the Debian build: 240 names plus 126 `container|sub` entries.
  const table = getCommandTable('redis-7.0');
  assert.equal(Object.keys(table.commands).length, 240);
  const subs = Object.values(table.commands).reduce((n, c) => n + c.subcommands.length, 0);
  assert.equal(subs, 126);
  assert.deepEqual(categoriesUsed('redis-7.0'), [
    'admin', 'bitmap', 'blocking', 'connection', 'dangerous', 'fast', 'geo', 'hash', 'hyperloglog', 'keyspace',
    'list', 'pubsub', 'read', 'scripting', 'set', 'slow', 'sortedset', 'stream', 'string', 'transaction', 'write',
  ]);
  // `ACL CAT dangerous` on that server names 33 distinct commands (subcommands folded into their container).
  assert.equal(commandsInCategory('redis-7.0', 'dangerous').length, 33);
});

test('version steps after 7.0', () => {
  assert.equal(hasCommand('redis-7.0', 'waitaof'), false);
  assert.ok(hasCommand('redis-7.2', 'waitaof'));
  assert.equal(hasCommand('redis-7.2', 'hexpire'), false);
  assert.ok(hasCommand('redis-7.4', 'hexpire'));
  assert.equal(hasCommand('valkey-8.0', 'hexpire'), false);
  assert.ok(subcommandsOf('valkey-8.0', 'cluster').includes('slot-stats'));
  assert.equal(subcommandsOf('valkey-7.2', 'cluster').includes('slot-stats'), false);
  assert.ok(subcommandsOf('valkey-8.0', 'client').includes('capa'));
});

test('supplemented GA commands (see COMMANDS-PROVENANCE.md)', () => {
  assert.equal(hasCommand('redis-7.4', 'hgetdel'), false);
  for (const target of ['redis-8.0', 'redis-8.2'] as const) {
    for (const name of ['hgetdel', 'hgetex', 'hsetex']) assert.ok(hasCommand(target, name), `${target} ${name}`);
  }
  assert.equal(hasCommand('redis-8.0', 'xdelex'), false);
  assert.ok(hasCommand('redis-8.2', 'xdelex') && hasCommand('redis-8.2', 'xackdel'));
  assert.ok(subcommandsOf('redis-8.2', 'cluster').includes('slot-stats'));
  assert.equal(subcommandsOf('redis-8.0', 'cluster').includes('slot-stats'), false);

  assert.deepEqual(subcommandsOf('valkey-8.1', 'commandlog'), ['get', 'help', 'len', 'reset']);
  assert.equal(hasCommand('valkey-8.0', 'commandlog'), false);
  assert.equal(hasCommand('valkey-8.1', 'delifeq'), false);
  assert.ok(hasCommand('valkey-9.0', 'delifeq'));
  assert.ok(subcommandsOf('valkey-9.0', 'cluster').includes('migrateslots'));
  assert.deepEqual(getCommandTable('valkey-9.0').commands.delifeq.categories, ['fast', 'string', 'write']);
});

test('module commands of the Redis 8 bundle are not part of the tables', () => {
  for (const name of ['ft.search', 'json.set', 'ts.add', 'bf.add', 'cf.add', 'vadd']) {
    assert.equal(hasCommand('redis-8.2', name), false, name);
  }
});
