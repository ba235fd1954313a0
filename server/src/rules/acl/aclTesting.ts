/** Test helpers of the ACL rules: the fixes of a snippet, and "the server accepts this text". */
import assert from 'node:assert/strict';
import { validateText } from '../../service';
import type { TargetId } from '../../catalog/types';
import { applyFix, lintWith, LintOptions } from '../testing';
import type { Fix, Rule } from '../types';

/** The fixes of the n-th finding of `rule` on `text`. */
export function fixesOf(rule: Rule, text: string, opts: LintOptions = {}, n = 0): Fix[] {
  const results = lintWith(rule, text, opts);
  assert.ok(results[n], `expected a finding #${n} on:\n${text}`);
  return results[n].finding.fixes ?? [];
}

/** Asserts the target server would accept the text (no Error diagnostic from the validator). */
export function assertAccepted(text: string, opts: LintOptions = {}): void {
  const target: TargetId = opts.target ?? 'redis-7.4';
  const errors = validateText(text, { languageId: opts.kind === 'acl' ? 'redis-acl' : 'redis-conf' }, { target }).filter((d) => d.severity === 1);
  assert.deepEqual(errors.map((d) => d.message), [], `the server should accept:\n${text}`);
}

/** Applies the n-th fix of the first finding, checks the server accepts the result, returns it. */
export function fixed(rule: Rule, text: string, opts: LintOptions = {}, fixIndex = 0): string {
  const fix = fixesOf(rule, text, opts)[fixIndex];
  assert.ok(fix, `expected a fix on:\n${text}`);
  const out = applyFix(text, fix);
  assertAccepted(out, opts);
  return out;
}
