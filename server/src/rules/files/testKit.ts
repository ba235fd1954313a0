/**
 * Small helpers shared by the tests of the files and resources rules: the hardened example
 * config, applying the n-th fix of the n-th finding, and asserting a fixed text still loads.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TargetId } from '../../catalog/types';
import { validateText } from '../../service';
import { applyFix, lintWith, LintOptions } from '../testing';
import type { Rule } from '../types';

/** examples/hardened.redis.conf, read from the repository root (tests run from out/server/src/rules/<area>/). */
export function hardenedConfig(): string {
  return readFileSync(path.join(__dirname, '../../../../../examples/hardened.redis.conf'), 'utf8');
}

/** The text after applying fix `fix` of finding `finding`. */
export function fixed(rule: Rule, text: string, opts: LintOptions = {}, finding = 0, fix = 0): string {
  const results = lintWith(rule, text, opts);
  assert.ok(results[finding], `${rule.id} should report finding #${finding} on:\n${text}`);
  const f = results[finding].finding.fixes?.[fix];
  assert.ok(f, `${rule.id} finding #${finding} should offer fix #${fix}`);
  return applyFix(text, f);
}

/** Asserts the target server would accept the text (no Error-level validation diagnostic). */
export function assertLoads(text: string, target: TargetId = 'redis-7.4', languageId: 'redis-conf' | 'redis-acl' = 'redis-conf'): void {
  const errors = validateText(text, { languageId }, { target }).filter((d) => d.severity === 1);
  assert.deepEqual(
    errors.map((d) => d.message),
    [],
    `${target} should accept:\n${text}`,
  );
}

/** Severities (1 error ... 4 hint) the rules give a text. */
export function severities(rules: Rule[], text: string, opts: LintOptions = {}): number[] {
  return rules.flatMap((r) => lintWith(r, text, opts).map((x) => x.diagnostic.severity ?? 0));
}
