import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeCodeActions, lintText, validateText } from '../service';
import { applyEdits } from '../rules/edits';
import { FIX_ALL_KIND } from './codeActions';

const DOC = { uri: 'file:///x/redis.conf', languageId: 'redis-conf' as const };
const S = { target: 'redis-7.4' as const };
const edits = (a: { edit?: { changes?: Record<string, unknown> } }) => (a.edit?.changes?.[DOC.uri] ?? []) as Parameters<typeof applyEdits>[1];

test('fix all applies every safe fix at once and keeps the file loadable', () => {
  const text = '# top\r\nprotected-mode no\r\nenable-debug-command yes\r\nenable-module-command local\r\nport 6379\r\n';
  const [fixAll] = computeCodeActions(text, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], [FIX_ALL_KIND], DOC, S);
  assert.equal(fixAll.kind, FIX_ALL_KIND);
  const out = applyEdits(text, edits(fixAll));
  assert.match(out, /^# top\r\nprotected-mode yes\r\nenable-debug-command no\r\nenable-module-command no\r\nport 6379\r\n/);
  assert.deepEqual(validateText(out, DOC, S).filter((d) => d.severity === 1), []);
  const left = lintText(out, DOC, S).map((d) => d.code);
  for (const id of ['RCS002', 'RCS302', 'RCS303']) assert.ok(!left.includes(id), id);
});

test('deprecated names get a rename fix', () => {
  const text = 'slave-read-only yes\n';
  const d = validateText(text, DOC, S).find((x) => x.code === 'RCV050')!;
  const [a] = computeCodeActions(text, d.range, [d], undefined, DOC, S);
  assert.equal(applyEdits(text, edits(a)), 'replica-read-only yes\n');
});

test('an ignore comment silences the finding on the next directive only', () => {
  const text = 'bind 127.0.0.1\n  protected-mode no\nport 6379\n';
  const d = lintText(text, DOC, S).find((x) => x.code === 'RCS002')!;
  const ignore = computeCodeActions(text, d.range, [d], ['quickfix'], DOC, S).find((a) => a.title.startsWith('Ignore'))!;
  const out = applyEdits(text, edits(ignore));
  assert.equal(out, 'bind 127.0.0.1\n  # redis-conf-lint: ignore RCS002 -- reason\n  protected-mode no\nport 6379\n');
  assert.ok(!lintText(out, DOC, S).some((x) => x.code === 'RCS002'));
  assert.ok(lintText(out, DOC, { ...S, security: { allowInlineIgnores: false } }).some((x) => x.code === 'RCS002'));
});

test('file-wide ignores and severity overrides', () => {
  const text = '# redis-conf-lint: ignore-file RCS002 -- lab machine\nbind 127.0.0.1\nprotected-mode no\n';
  assert.ok(!lintText(text, DOC, S).some((x) => x.code === 'RCS002'));
  const plain = 'bind 127.0.0.1\nprotected-mode no\n';
  assert.ok(!lintText(plain, DOC, { ...S, rules: { 'protected-mode-disabled': 'off' } }).some((x) => x.code === 'RCS002'));
  assert.equal(lintText(plain, DOC, { ...S, rules: { RCS002: 'hint' } }).find((x) => x.code === 'RCS002')!.severity, 4);
});

test('ACL files get no ignore action (they cannot hold comments)', () => {
  const acl = { uri: 'file:///x/users.acl', languageId: 'redis-acl' as const };
  const text = 'user app on nopass ~* +@all\n';
  const d = lintText(text, acl, S).find((x) => x.code === 'RCS202')!;
  assert.ok(d);
  assert.ok(!computeCodeActions(text, d.range, [d], undefined, acl, S).some((a) => a.title.startsWith('Ignore')));
});
