import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeSecret, hashTarget, passwordEdits } from './password';
import { applyEdits } from '../rules/edits';
import { validateText } from '../service';

const HASH = 'a'.repeat(64);

test('secrets are 64 hex characters for 32 bytes', () => {
  assert.match(encodeSecret(new Uint8Array(32).fill(255)), /^f{64}$/);
});

test('replaces a weak requirepass with an ACL default user holding only the hash', () => {
  const text = 'port 6379\r\nrequirepass foobared\r\nmaxmemory 1gb\r\n';
  const out = applyEdits(text, passwordEdits(text, { mode: 'acl-default', line: 1 }, HASH));
  assert.equal(out, `port 6379\r\nuser default on #${HASH} ~* &* +@all\r\nmaxmemory 1gb\r\n`);
  assert.deepEqual(validateText(out, { languageId: 'redis-conf' }, { target: 'redis-7.0' }).filter((d) => d.severity === 1), []);
});

test('inserts after the SECURITY section when there is nothing to replace', () => {
  const text = '################################## SECURITY ###################################\n\n# acl\naclfile ""\n\n##### CLIENTS #####\nmaxclients 100\n';
  const out = applyEdits(text, passwordEdits(text, { mode: 'requirepass', line: -1 }, 'b'.repeat(64)));
  assert.equal(out, text.replace('aclfile ""\n', `aclfile ""\nrequirepass ${'b'.repeat(64)}\n`));
});

test('Redis 6.0 has no channel rules', () => {
  const text = 'port 6379\n';
  const out = applyEdits(text, passwordEdits(text, { mode: 'acl-default', line: -1, channels: false }, HASH));
  assert.equal(out, `port 6379\nuser default on #${HASH} ~* +@all\n`);
  assert.deepEqual(validateText(out, { languageId: 'redis-conf' }, { target: 'redis-6.0' }).filter((d) => d.severity === 1), []);
});

test('the hash command replaces the #hex rule under the cursor or selection, else writes at the selection', () => {
  const line = `user app on #${'0'.repeat(64)} ~app:* +@read`;
  const hashStart = line.indexOf('#');
  const hashEnd = hashStart + 65;
  // A snippet leaves the zeros selected (without the #); a cursor anywhere in the rule also counts.
  assert.deepEqual(hashTarget(line, hashStart + 1, hashEnd), { start: hashStart, end: hashEnd });
  assert.deepEqual(hashTarget(line, hashStart, hashStart), { start: hashStart, end: hashEnd });
  assert.deepEqual(hashTarget(line, hashEnd, hashEnd), { start: hashStart, end: hashEnd });
  // Elsewhere on the line, or a selection reaching past the rule: the selection is replaced as it is.
  assert.deepEqual(hashTarget(line, 5, 8), { start: 5, end: 8 });
  assert.deepEqual(hashTarget(line, hashStart, hashEnd + 3), { start: hashStart, end: hashEnd + 3 });
  // A # inside a word (a key pattern) is not a hash rule.
  assert.deepEqual(hashTarget('user x on ~a#b', 12, 12), { start: 12, end: 12 });
  assert.deepEqual(hashTarget('', 0, 0), { start: 0, end: 0 });
});
