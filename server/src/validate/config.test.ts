import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateText } from '../service';
import type { TargetId } from '../catalog/types';

function errors(text: string, target: TargetId = 'redis-7.0', uri = 'redis.conf') {
  return validateText(text, { uri, languageId: 'redis-conf' }, { target })
    .filter((d) => d.severity === 1)
    .map((d) => ({ ...d, message: String(d.message) }));
}
function codes(text: string, target: TargetId = 'redis-7.0', uri?: string) {
  return errors(text, target, uri).map((d) => `${d.range.start.line + 1}:${d.code}`);
}

test('a trailing comment makes a single-value directive wrong', () => {
  const [d] = errors('port 6379 # main port');
  assert.equal(d.code, 'RCV003');
  assert.match(d.message, /trailing comments/);
  assert.match(d.message, /"wrong number of arguments"/);
  assert.deepEqual(d.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 21 } });
});

test('unknown directives get did-you-mean and version hints', () => {
  assert.match(errors('maxmemroy 1gb')[0].message, /Did you mean "maxmemory"/);
  assert.match(errors('enable-debug-command no', 'redis-6.2')[0].message, /exists from Redis 7\.0/);
  assert.match(errors('gopher-enabled no', 'redis-7.0')[0].message, /removed after Redis 6\.2/);
});

test('memory units: k vs kb accepted, decimals and negatives refused', () => {
  assert.deepEqual(codes('maxmemory 1k\nmaxmemory 1kb\nmaxmemory 1GB'), []);
  assert.deepEqual(codes('maxmemory 1.5gb'), ['1:RCV007']);
  assert.deepEqual(codes('maxmemory -1'), ['1:RCV007']);
  assert.deepEqual(codes('maxmemory 1tb'), ['1:RCV007']);
});

test('integers: no plus sign, no leading zeros, bounds in the message', () => {
  assert.deepEqual(codes('port +5'), ['1:RCV006']);
  assert.deepEqual(codes('port 06379'), ['1:RCV006']);
  const [d] = errors('port 65536');
  assert.equal(d.code, 'RCV010');
  assert.match(d.message, /argument must be between 0 and 65535 inclusive/);
});

test('enum messages differ between 6.x and 7.x', () => {
  assert.match(errors('loglevel loud', 'redis-6.2')[0].message, /"argument must be one of the following: debug, verbose, notice, warning"/);
  assert.match(errors('loglevel loud', 'redis-7.0')[0].message, /argument\(s\) must be one of/);
  assert.deepEqual(codes('LOGLEVEL Notice'), []);
});

test('save: pairs on one line from 7.0, odd counts refused, 6.x ignores odd lines', () => {
  assert.deepEqual(codes('save 900 1 300 10'), []);
  assert.deepEqual(codes('save "900 1"'), []);
  assert.deepEqual(codes('save 900'), ['1:RCV011']);
  assert.deepEqual(codes('save 900 1 300 10', 'redis-6.2'), []);
  assert.deepEqual(codes('save 0 1', 'redis-6.2'), ['1:RCV011']);
});

test('bind takes at most 16 addresses', () => {
  const addrs = (n: number) => Array.from({ length: n }, (_, i) => `127.0.0.${i + 1}`).join(' ');
  assert.deepEqual(codes(`bind ${addrs(16)}`), []);
  assert.deepEqual(codes(`bind ${addrs(17)}`), ['1:RCV012']);
});

test('client-output-buffer-limit refuses the master class and odd groups', () => {
  assert.deepEqual(codes('client-output-buffer-limit replica 256mb 64mb 60 pubsub 32mb 8mb 60'), []);
  assert.deepEqual(codes('client-output-buffer-limit master 0 0 0'), ['1:RCV014']);
  assert.deepEqual(codes('client-output-buffer-limit normal 0 0'), ['1:RCV014']);
});

test('rename-command needs an existing command and a free new name', () => {
  assert.deepEqual(codes('rename-command FLUSHALL ""\nrename-command CONFIG cfg-9f2'), []);
  assert.deepEqual(codes('rename-command NOPE x'), ['1:RCV017']);
  assert.deepEqual(codes('rename-command get set'), ['1:RCV017']);
  assert.deepEqual(codes('rename-command flushall ""\nrename-command flushall x'), ['2:RCV017']);
});

test('user lines: parse errors stop at the line, unknown commands at startup', () => {
  assert.deepEqual(codes('user app on >pw ~* ~cache:* +get'), ['1:RCV018']);
  assert.match(errors('user app on +nosuchcmd')[0].message, /refuses to start: "Error loading ACL rule/);
  assert.deepEqual(codes('user a on nopass\nuser a off'), ['2:RCV023']);
  assert.deepEqual(codes('user a on (~x +get)', 'redis-6.2'), ['1:RCV018']);
  assert.deepEqual(codes('user a on (~x +get)', 'redis-7.0'), []);
  assert.deepEqual(codes('user a on &chan', 'redis-6.2'), ['1:RCV018']);
  assert.deepEqual(codes('user a on resetchannels &chan', 'redis-6.2'), []);
});

test('aclfile together with user lines aborts startup', () => {
  assert.deepEqual(codes('aclfile /etc/redis/users.acl\nuser a on nopass'), ['1:RCV019']);
});

test('sentinel lines only in sentinel configs', () => {
  assert.deepEqual(codes('sentinel monitor m 127.0.0.1 6379 2'), ['1:RCV020']);
  assert.deepEqual(codes('sentinel monitor m 127.0.0.1 6379 2\nsentinel down-after-milliseconds m 5000', 'redis-7.0', 'sentinel.conf'), []);
  assert.deepEqual(codes('sentinel down-after-milliseconds other 5000', 'redis-7.0', 'sentinel.conf'), ['1:RCV027']);
});

test('module settings without loadmodule fail at startup', () => {
  assert.deepEqual(codes('mymod.level 5'), ['1:RCV022']);
  assert.deepEqual(codes('loadmodule /opt/m.so\nmymod.level 5'), []);
});

test('unbalanced quotes', () => {
  const [d] = errors('requirepass "abc');
  assert.equal(d.code, 'RCV001');
  assert.deepEqual(d.range.start, { line: 0, character: 12 });
});

test('deprecated aliases are hints, duplicates are warnings', () => {
  const all = validateText('slaveof no one\nmaxmemory 1gb\nmaxmemory 2gb', { languageId: 'redis-conf' }, { target: 'redis-7.0' });
  assert.deepEqual(
    all.map((d) => [d.code, d.severity, d.range.start.line]),
    [
      ['RCV050', 4, 0],
      ['RCV051', 2, 1],
    ],
  );
});

test('the stock redis.conf of every version gives no error', () => {
  // covered exhaustively by test/differential; here one representative line each
  assert.deepEqual(codes('client-output-buffer-limit normal 0 0 0\nclient-output-buffer-limit replica 256mb 64mb 60\nclient-output-buffer-limit pubsub 32mb 8mb 60', 'redis-6.0'), []);
});

test('activedefrag yes depends on the build: an information, never an error', () => {
  const all = (text: string, target: TargetId) => validateText(text, { uri: 'redis.conf', languageId: 'redis-conf' }, { target });
  for (const target of ['redis-6.0', 'redis-7.0', 'redis-8.2', 'valkey-8.0'] as TargetId[]) {
    const [d, ...rest] = all('activedefrag yes', target);
    assert.equal(rest.length, 0);
    assert.equal(d.code, 'RCV052');
    assert.equal(d.severity, 3);
    assert.match(String(d.message), /Active defragmentation cannot be enabled/);
  }
  assert.deepEqual(all('activedefrag no', 'redis-7.0'), []);
});
