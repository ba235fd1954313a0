/**
 * Helpers for the replication and Sentinel rule tests: apply the n-th fix of the n-th finding,
 * and check that a fixed text still loads, as a sentinel.conf when asked.
 */
import assert from 'node:assert/strict';
import type { TargetId } from '../../catalog/types';
import { validateText } from '../../service';
import { applyFix, lintWith, LintOptions } from '../testing';
import type { Rule } from '../types';

export function fixed(rule: Rule, text: string, opts: LintOptions = {}, finding = 0, fix = 0): string {
  const results = lintWith(rule, text, opts);
  assert.ok(results[finding], `${rule.id} should report finding #${finding} on:\n${text}`);
  const f = results[finding].finding.fixes?.[fix];
  assert.ok(f, `${rule.id} finding #${finding} should offer fix #${fix}`);
  return applyFix(text, f);
}

/** Asserts the target would start with this file: no Error-level validation diagnostic. */
export function assertLoads(text: string, target: TargetId, sentinel = false): void {
  const uri = sentinel ? 'file:///etc/redis/sentinel.conf' : 'file:///etc/redis/redis.conf';
  const errors = validateText(text, { languageId: 'redis-conf', uri }, { target }).filter((d) => d.severity === 1);
  assert.deepEqual(
    errors.map((d) => d.message),
    [],
    `${target} should accept:\n${text}`,
  );
}

export const HASH = 'a'.repeat(64);
