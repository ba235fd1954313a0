import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SymbolKind } from 'vscode-languageserver-types';
import { computeDocumentSymbols } from './symbols';

const r = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });

test('directives are grouped under section banners, which end at their last non-blank line', () => {
  const text = [
    'daemonize no',                 // 0: before any banner
    '',                             // 1
    '##### NETWORK #####',          // 2
    '  bind 127.0.0.1 -::1',        // 3
    '# port 6380',                  // 4 (comment, not a symbol)
    'port 6379',                    // 5
    '',                             // 6
    '##### SECURITY #####',         // 7
    'requirepass s3cret',           // 8
    '',                             // 9
  ].join('\n');
  const symbols = computeDocumentSymbols(text, 'redis-conf');
  assert.deepEqual(symbols.map(s => [s.name, s.kind]), [
    ['daemonize', SymbolKind.Property],
    ['NETWORK', SymbolKind.Namespace],
    ['SECURITY', SymbolKind.Namespace],
  ]);
  const [daemonize, network, security] = symbols;
  assert.deepEqual(daemonize.range, r(0, 0, 0, 12));
  assert.deepEqual(daemonize.selectionRange, r(0, 0, 0, 9));
  assert.equal(daemonize.detail, 'no');

  assert.deepEqual(network.range, r(2, 0, 5, 9));
  assert.deepEqual(network.selectionRange, r(2, 0, 2, 19));
  assert.deepEqual(network.children!.map(c => c.name), ['bind', 'port']);
  assert.deepEqual(network.children![0].range, r(3, 2, 3, 21));
  assert.deepEqual(network.children![0].selectionRange, r(3, 2, 3, 6));
  assert.equal(network.children![0].detail, '127.0.0.1 -::1');

  assert.deepEqual(security.range, r(7, 0, 8, 18));
  assert.equal(security.children![0].detail, '', 'secrets stay out of the outline');
});

test('user lines are objects named by the user, with passwords masked', () => {
  const [user] = computeDocumentSymbols('user alice on >pw #abc ~* +@read', 'redis-conf');
  assert.equal(user.name, 'alice');
  assert.equal(user.kind, SymbolKind.Object);
  assert.equal(user.detail, 'user on >*** #abc ~* +@read');
  assert.deepEqual(user.selectionRange, r(0, 5, 0, 10));
  assert.deepEqual(user.range, r(0, 0, 0, 32));
});

test('include and loadmodule are files, sentinel monitor is a module named by the master', () => {
  const text = 'include /etc/redis/common.conf\nloadmodule /opt/m.so arg\nsentinel monitor mymaster 10.0.0.1 6379 2\nsentinel auth-pass mymaster pw';
  const symbols = computeDocumentSymbols(text, 'redis-conf');
  assert.deepEqual(symbols.map(s => [s.name, s.kind, s.detail]), [
    ['include', SymbolKind.File, '/etc/redis/common.conf'],
    ['loadmodule', SymbolKind.File, '/opt/m.so arg'],
    ['mymaster', SymbolKind.Module, 'sentinel monitor 10.0.0.1 6379 2'],
    ['sentinel auth-pass', SymbolKind.Property, 'mymaster'],
  ]);
  assert.deepEqual(symbols[2].selectionRange, r(2, 17, 2, 25));
});

test('the name is shown as written, and an empty name is still a usable symbol', () => {
  const symbols = computeDocumentSymbols('MaxMemory 1gb\n"" x', 'redis-conf');
  assert.deepEqual(symbols.map(s => s.name), ['MaxMemory', '""']);
});

test('ACL files list one symbol per user, split on single spaces', () => {
  const text = 'user default on nopass ~* &* +@all\n\n  user  bob  off >x\nnot-a-user line';
  const symbols = computeDocumentSymbols(text, 'redis-acl');
  assert.deepEqual(symbols.map(s => [s.name, s.detail]), [
    ['default', 'on nopass ~* &* +@all'],
    ['bob', 'off >***'],
  ]);
  assert.deepEqual(symbols[1].range, r(2, 2, 2, 19));
  assert.deepEqual(symbols[1].selectionRange, r(2, 8, 2, 11));
});

test('an empty document has no symbols', () => {
  assert.deepEqual(computeDocumentSymbols('', 'redis-conf'), []);
  assert.deepEqual(computeDocumentSymbols('', 'redis-acl'), []);
});
