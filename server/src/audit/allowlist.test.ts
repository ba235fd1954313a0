import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CommandNotAllowedError, describeCommand, isAllowed, isAllowedStatName, READ_ONLY_COMMANDS, send } from './allowlist';
import { getCommandTable } from '../catalog/commands/commands';

test('the read-only commands and subcommands pass, in any case', () => {
  for (const argv of [
    ['PING'],
    ['ping'],
    ['HELLO', '2'],
    ['HELLO', '3', 'AUTH', 'u', 'p'],
    ['AUTH', 'secret'],
    ['INFO', 'server', 'replication'],
    ['config', 'get', '*'],
    ['ACL', 'LIST'],
    ['ACL', 'DRYRUN', 'app', 'FLUSHALL'],
    ['ACL', 'WHOAMI'],
    ['COMMAND', 'INFO', 'config'],
    ['MODULE', 'LIST'],
    ['CLIENT', 'LIST'],
    ['ROLE'],
    ['SLOWLOG', 'GET', '10'],
    ['QUIT'],
  ]) {
    assert.ok(isAllowed(argv), argv.join(' '));
  }
});

test('anything that writes, reconfigures or touches other clients is refused', () => {
  for (const argv of [
    [],
    ['SET', 'k', 'v'],
    ['FLUSHALL'],
    ['FLUSHDB'],
    ['KEYS', '*'],
    ['SCAN', '0'],
    ['CONFIG', 'SET', 'dir', '/tmp'],
    ['CONFIG', 'REWRITE'],
    ['CONFIG', 'RESETSTAT'],
    ['CONFIG'],
    ['ACL', 'SETUSER', 'x'],
    ['ACL', 'SAVE'],
    ['ACL', 'LOAD'],
    ['ACL', 'LOG', 'RESET'],
    ['ACL', 'LOG'],
    ['SLOWLOG', 'RESET'],
    ['DEBUG', 'SLEEP', '0'],
    ['MODULE', 'LOAD', '/tmp/x.so'],
    ['SCRIPT', 'FLUSH'],
    ['EVAL', 'return 1', '0'],
    ['SAVE'],
    ['BGSAVE'],
    ['SHUTDOWN'],
    ['REPLICAOF', 'NO', 'ONE'],
    ['CLIENT', 'SETNAME', 'x'],
    ['CLIENT', 'KILL', 'ID', '1'],
    ['CLIENT', 'SETINFO', 'LIB-NAME', 'x'],
    ['HELLO', '3', 'SETNAME', 'x'],
    ['HELLO', '2', 'AUTH', 'u', 'p', 'setname', 'x'],
    ['SELECT', '1'],
    ['COMMAND'],
  ]) {
    assert.ok(!isAllowed(argv), argv.join(' '));
  }
});

test('commandstats names map onto the list', () => {
  for (const name of ['ping', 'hello', 'auth', 'info', 'config|get', 'acl|dryrun', 'command|info', 'module|list', 'client|list']) assert.ok(isAllowedStatName(name), name);
  for (const name of ['set', 'config|set', 'acl|setuser', 'client|setinfo', 'client|setname', 'select', 'flushall']) assert.ok(!isAllowedStatName(name), name);
});

test('every listed command exists in Redis 7.0 and none of them is a write command', () => {
  const table = getCommandTable('redis-7.0').commands;
  for (const c of READ_ONLY_COMMANDS) {
    const spec = table[c.command.toLowerCase()];
    assert.ok(spec, c.command);
    assert.ok(!spec.categories.includes('write'), c.command);
    for (const sub of c.subcommands ?? []) assert.ok(spec.subcommands.includes(sub.toLowerCase()), `${c.command} ${sub}`);
  }
});

test('send refuses before anything reaches the client', () => {
  const sent: string[][] = [];
  const client = { sendCommand: async (args: string[]) => void sent.push(args) };
  assert.throws(() => send(client, ['CONFIG', 'SET', 'dir', '/tmp']), (e: unknown) => e instanceof CommandNotAllowedError && /CONFIG SET/.test(e.message) && !/\/tmp/.test(e.message));
  assert.throws(() => send(client, ['FLUSHALL']), CommandNotAllowedError);
  assert.deepEqual(sent, []);
  void send(client, ['PING']);
  assert.deepEqual(sent, [['PING']]);
});

test('recorded commands never carry a password', () => {
  assert.equal(describeCommand(['AUTH', 'hunter2']), 'AUTH');
  assert.equal(describeCommand(['auth', 'admin', 'hunter2']), 'AUTH');
  assert.equal(describeCommand(['HELLO', '3', 'AUTH', 'admin', 'hunter2']), 'HELLO 3 AUTH');
  assert.equal(describeCommand(['config', 'get', '*']), 'CONFIG GET *');
  assert.equal(describeCommand(['ACL', 'DRYRUN', 'app', 'EVAL', 'return 1', '0']), 'ACL DRYRUN app EVAL "return 1" 0');
});
