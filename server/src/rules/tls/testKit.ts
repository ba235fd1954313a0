/**
 * Helpers for the network and TLS rule tests (never imported by the rules themselves): the
 * hardened example config, apply the n-th fix of the n-th finding, and assert
 * that a fixed text still loads on a target (no Error-level validation diagnostic).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TARGETS } from '../../catalog';
import type { TargetId } from '../../catalog/types';
import { validateText } from '../../service';
import { applyFix, lintWith, LintOptions } from '../testing';
import type { Fix, Rule } from '../types';

export const ALL_TARGETS: TargetId[] = TARGETS.map((t) => t.id);

export function fixOf(rule: Rule, text: string, opts: LintOptions = {}, finding = 0, fix = 0): Fix {
  const results = lintWith(rule, text, opts);
  assert.ok(results[finding], `${rule.id} should report finding #${finding} on:\n${text}`);
  const f = results[finding].finding.fixes?.[fix];
  assert.ok(f, `${rule.id} finding #${finding} should offer fix #${fix}`);
  return f;
}

export function fixed(rule: Rule, text: string, opts: LintOptions = {}, finding = 0, fix = 0): string {
  return applyFix(text, fixOf(rule, text, opts, finding, fix));
}

export function assertLoads(text: string, target: TargetId = 'redis-7.4', sentinel = false): void {
  const uri = sentinel ? 'file:///etc/redis/sentinel.conf' : 'file:///etc/redis/redis.conf';
  const errors = validateText(text, { uri, languageId: 'redis-conf' }, { target }).filter((d) => d.severity === 1);
  assert.deepEqual(
    errors.map((d) => d.message),
    [],
    `${target} should accept:\n${text}`,
  );
}

/** The severities (1 error ... 4 hint) one rule gives a text. */
export function severitiesOf(rule: Rule, text: string, opts: LintOptions = {}): number[] {
  return lintWith(rule, text, opts).map((r) => r.diagnostic.severity ?? 0);
}

/** examples/hardened.redis.conf; tests run from out/server/src/rules/<area>/, five levels below the repository root. */
export function hardenedConfig(): string {
  return readFileSync(path.join(__dirname, '../../../../../examples/hardened.redis.conf'), 'utf8');
}
