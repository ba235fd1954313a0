/** Test helpers of the auth and command rules: the fixes of a snippet, and "the server accepts this text". */
import assert from 'node:assert/strict';
import { validateText } from '../../service';
import type { TargetId } from '../../catalog/types';
import type { PasswordFixArgs } from '../../fixes/password';
import { applyFix, lintWith, LintOptions } from '../testing';
import type { Fix, Rule } from '../types';

/** The fixes of the n-th finding of `rule` on `text`. */
export function fixesOf(rule: Rule, text: string, opts: LintOptions = {}, n = 0): Fix[] {
  const results = lintWith(rule, text, opts);
  assert.ok(results[n], `expected finding #${n} on:\n${text}`);
  return results[n].finding.fixes ?? [];
}

/** Asserts the target server would accept the text (no Error diagnostic from the validator). */
export function assertAccepted(text: string, opts: LintOptions = {}): void {
  const target: TargetId = opts.target ?? 'redis-7.4';
  const errors = validateText(text, { languageId: opts.kind === 'acl' ? 'redis-acl' : 'redis-conf' }, { target }).filter((d) => d.severity === 1);
  assert.deepEqual(errors.map((d) => d.message), [], `the server should accept:\n${text}`);
}

/** Applies the fix with the given title prefix, checks the server accepts the result, returns it. */
export function fixedBy(rule: Rule, text: string, titleStart: string, opts: LintOptions = {}, n = 0): string {
  const fix = fixesOf(rule, text, opts, n).find((f) => f.title.startsWith(titleStart));
  assert.ok(fix, `expected a fix "${titleStart}..." on:\n${text}`);
  const out = applyFix(text, fix);
  assertAccepted(out, opts);
  return out;
}

/** The modes of the password-generation fixes (which carry the client command and no edits). */
export function passwordModes(fixes: Fix[]): string[] {
  return fixes.map((f) => {
    assert.equal(f.command?.id, 'redisConf.generatePassword', f.title);
    assert.deepEqual(f.edits, []);
    const args = f.command!.arguments[0] as PasswordFixArgs;
    return args.mode;
  });
}
