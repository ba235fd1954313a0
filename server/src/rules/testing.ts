/**
 * Helpers for rule tests: lint a snippet with one rule, apply a fix, and state what a rule must
 * and must not catch in a compact way.
 */
import assert from 'node:assert/strict';
import type { TargetId } from '../catalog/types';
import { buildModel } from './build';
import { applyEdits } from './edits';
import { runRules, RuleResult, RuleSettings } from './engine';
import { findRule } from './registry';
import type { Fix, Rule } from './types';

export interface LintOptions {
  target?: TargetId;
  /** 'config' (default), 'sentinel' or 'acl'. */
  kind?: 'config' | 'sentinel' | 'acl';
  settings?: RuleSettings;
}

export function lintWith(rule: Rule, text: string, opts: LintOptions = {}): RuleResult[] {
  const model = buildModel({
    text,
    languageId: opts.kind === 'acl' ? 'redis-acl' : 'redis-conf',
    sentinel: opts.kind === 'sentinel',
    target: opts.target ?? 'redis-7.4',
  });
  return runRules(model, opts.settings ?? {}, [rule]);
}

/** Asserts the rule fires on each snippet of `catches` and stays silent on each of `ignores`. */
export function spec(ruleId: string, cases: { catches: string[]; ignores: string[] }, opts: LintOptions = {}): void {
  const rule = findRule(ruleId);
  assert.ok(rule, `rule ${ruleId} is registered`);
  for (const text of cases.catches) assert.ok(lintWith(rule, text, opts).length > 0, `${ruleId} should catch:\n${text}`);
  for (const text of cases.ignores) assert.deepEqual(lintWith(rule, text, opts).map((r) => r.diagnostic.message), [], `${ruleId} should ignore:\n${text}`);
}

export function applyFix(text: string, fix: Fix): string {
  return applyEdits(text, fix.edits);
}
