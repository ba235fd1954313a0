import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenizeLine, trimBounds, UNBALANCED_QUOTES } from './tokenize';

const values = (line: string) => tokenizeLine(line).tokens.map((t) => t.value);

test('bare words split on spaces and tabs', () => {
  assert.deepEqual(values('port  6379\tfoo'), ['port', '6379', 'foo']);
});

test('a # after a directive is an ordinary argument', () => {
  assert.deepEqual(values('port 6379 # comment'), ['port', '6379', '#', 'comment']);
});

test('double quotes understand C escapes and \\xHH', () => {
  assert.deepEqual(values('a "x\\ny\\t\\x41\\q\\\\"'), ['a', 'x\ny\tAq\\']);
  assert.deepEqual(values('a "\\x4"'), ['a', 'x4']);
});

test('single quotes understand only \\\'', () => {
  assert.deepEqual(values("a 'it\\'s \\n'"), ['a', "it's \\n"]);
});

test('a quote may start inside a token and the parts join', () => {
  assert.deepEqual(values('abc"d e" f'), ['abcd e', 'f']);
});

test('empty quotes give an empty argument', () => {
  assert.deepEqual(values('save ""'), ['save', '']);
  assert.deepEqual(values("save ''"), ['save', '']);
});

test('a closing quote followed by a non-space is an error', () => {
  assert.equal(tokenizeLine('a "b"c').error?.message, UNBALANCED_QUOTES);
  assert.equal(tokenizeLine("a 'b'c").error?.message, UNBALANCED_QUOTES);
});

test('an unterminated quote is an error, with the range of the quoted part', () => {
  const r = tokenizeLine('requirepass "abc');
  assert.equal(r.error?.message, UNBALANCED_QUOTES);
  assert.deepEqual([r.error?.start, r.error?.end], [12, 16]);
  assert.equal(tokenizeLine('a "abc\\"').error?.message, UNBALANCED_QUOTES);
});

test('every token keeps its exact range', () => {
  const t = tokenizeLine('  bind 127.0.0.1 "::1"').tokens;
  assert.deepEqual(
    t.map((x) => [x.start, x.end, x.raw]),
    [
      [2, 6, 'bind'],
      [7, 16, '127.0.0.1'],
      [17, 22, '"::1"'],
    ],
  );
});

test('vertical tab and form feed do not end a bare word', () => {
  assert.deepEqual(values('a b\vc'), ['a', 'b\vc']);
});

test('trimBounds trims spaces, tabs and CR/LF only', () => {
  assert.deepEqual(trimBounds(' \tport 1\r'), { start: 2, end: 8 });
});
