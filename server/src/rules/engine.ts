/**
 * Runs the security rules over a model and turns findings into LSP diagnostics, after the
 * user's severity overrides and suppression comments. The same function serves the editor, the
 * CLI and the live audit.
 */
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import { ruleHref } from '../validate/codes';
import { DIAGNOSTIC_SOURCE } from '../validate/context';
import { exposureOf } from './exposure';
import type { SecurityModel } from './model';
import { ALL_RULES } from './registry';
import { collectSuppressions, isSuppressed } from './suppression';
import type { Finding, Rule, RuleContext, RuleSeverity } from './types';

export interface RuleSettings {
  /** Per-rule severity, or "off". Keys are ids (RCS001) or names (bind-all-interfaces). */
  severities?: Record<string, RuleSeverity | 'off'>;
  /** When false, `# redis-conf-lint: ignore` comments are not honoured. */
  allowInlineIgnores?: boolean;
  /** Users that may hold admin rights without a finding. */
  adminUsers?: string[];
}

export const DEFAULT_ADMIN_USERS = ['admin'];

const SEVERITY: Record<RuleSeverity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface RuleResult {
  rule: Rule;
  finding: Finding;
  diagnostic: Diagnostic;
}

function override(rule: Rule, settings: RuleSettings): RuleSeverity | 'off' | undefined {
  return settings.severities?.[rule.id] ?? settings.severities?.[rule.name];
}

export function ruleContext(model: SecurityModel, settings: RuleSettings = {}): RuleContext {
  return { exposure: exposureOf(model), adminUsers: new Set(settings.adminUsers ?? DEFAULT_ADMIN_USERS) };
}

/** Every finding with its diagnostic, in rule order. */
export function runRules(model: SecurityModel, settings: RuleSettings = {}, rules: Rule[] = ALL_RULES): RuleResult[] {
  const ctx = ruleContext(model, settings);
  const suppressions = model.doc && settings.allowInlineIgnores !== false ? collectSuppressions(model.doc) : undefined;
  const results: RuleResult[] = [];
  for (const rule of rules) {
    if (!rule.appliesTo.includes(model.kind)) continue;
    const forced = override(rule, settings);
    if (forced === 'off') continue;
    let findings: Finding[];
    try {
      findings = rule.check(model, ctx);
    } catch {
      continue; // a broken rule must never take the others down
    }
    for (const finding of findings) {
      if (suppressions && isSuppressed(suppressions, rule.id, finding.range.start.line)) continue;
      const severity = forced ?? finding.severity ?? rule.severity;
      results.push({
        rule,
        finding,
        diagnostic: {
          range: finding.range,
          severity: SEVERITY[severity],
          code: rule.id,
          codeDescription: { href: ruleHref(rule.id) },
          source: DIAGNOSTIC_SOURCE,
          message: finding.message,
          data: { rule: rule.name, fixes: finding.fixes?.length ?? 0 },
        },
      });
    }
  }
  return results;
}
