/**
 * The shape of a security rule (RCS ids from research/checks.md). One rule per file, like a card:
 * id, name, default severity, a check over the security model, and optional fixes.
 */
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { SecurityModel } from './model';
import type { Exposure } from './exposure';

/** What every rule may consult besides the model. */
export interface RuleContext {
  exposure: Exposure;
  /** Users allowed to hold admin rights (setting `redisConf.security.adminUsers`). */
  adminUsers: Set<string>;
}

export type RuleSeverity = 'error' | 'warning' | 'info' | 'hint';

/** Where a rule can look. `live` models come from a running server (issue: live audit). */
export type ModelKind = 'config' | 'sentinel' | 'acl';

export interface Fix {
  /** Shown in the light-bulb menu. */
  title: string;
  /** Edits against the text the model was built from; they must keep every other byte as it was. */
  edits: TextEdit[];
  /** Safe fixes take part in "fix all" (`source.fixAll`); unsafe ones need a human decision. */
  safe?: boolean;
  preferred?: boolean;
  /**
   * A fix the client must complete (for example generating a secret it shows only once). The
   * server never sees the secret: it sends this command id and arguments instead of edits.
   */
  command?: { id: string; arguments: unknown[] };
}

export interface Finding {
  range: Range;
  message: string;
  /** Overrides the rule's default severity (context bump: exposed instance, no password...). */
  severity?: RuleSeverity;
  fixes?: Fix[];
}

export interface Rule {
  /** RCS id, e.g. "RCS001". */
  id: string;
  /** Stable kebab-case alias, e.g. "bind-all-interfaces". */
  name: string;
  severity: RuleSeverity;
  /** One line for listings, SARIF and the docs index. */
  summary: string;
  /** Which documents the rule reads. */
  appliesTo: ModelKind[];
  check(model: SecurityModel, ctx: RuleContext): Finding[];
}
