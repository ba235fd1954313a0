/**
 * The language service: pure functions from (text, settings) to LSP types. No connection, no
 * `vscode`, no file system. `server.ts`, the CLI and the live audit all call these.
 */
import type { CompletionItem, Diagnostic, Hover, Position } from 'vscode-languageserver-types';
import { computeHover as hoverAt } from './features/hover';
import { computeCompletion as completionAt } from './features/completion';
import { DEFAULT_TARGET, getCatalog, isTargetId } from './catalog';
import { getCommandTable } from './catalog/commands/commands';
import type { TargetId } from './catalog/types';
import { parseConfig } from './parse/document';
import { validateAclText } from './validate/aclFile';
import { validateConfigDocument } from './validate/config';
import { buildModel } from './rules/build';
import { runRules, RuleSettings } from './rules/engine';
import { computeCodeActions as codeActionsFor } from './features/codeActions';
import type { CodeAction, Range } from 'vscode-languageserver-types';

export type LanguageId = 'redis-conf' | 'redis-acl';

export interface AnalysisSettings {
  target: TargetId;
  /** Security rules: on unless `enable` is false. */
  security?: { enable?: boolean; adminUsers?: string[]; allowInlineIgnores?: boolean };
  /** Per-rule severity overrides ("off" hides a rule). */
  rules?: Record<string, 'off' | 'error' | 'warning' | 'info' | 'hint'>;
}

/** The rule-engine view of the settings. */
export function ruleSettings(settings: AnalysisSettings): RuleSettings {
  return { severities: settings.rules, adminUsers: settings.security?.adminUsers, allowInlineIgnores: settings.security?.allowInlineIgnores };
}

export interface DocumentInfo {
  /** The document's URI or file path, used to tell sentinel configs (name contains "sentinel"). */
  uri?: string;
  languageId: LanguageId;
}

/** The last path segment of a URI or path. */
export function baseName(uri: string | undefined): string {
  if (!uri) return '';
  const clean = uri.split(/[?#]/)[0];
  return decodeURIComponent(clean.slice(clean.replace(/\\/g, '/').lastIndexOf('/') + 1));
}

/**
 * Sentinel configs are told apart by name, like people and packagers name them, or by the first
 * line of the stock sentinel.conf when the file was renamed.
 */
export function isSentinelConfig(doc: DocumentInfo, text = ''): boolean {
  return /sentinel/i.test(baseName(doc.uri)) || /^#\s*Example sentinel\.conf/.test(text);
}

/** Guesses the language from a file name: `.acl` files are ACL files, everything else a config. */
export function languageFromPath(path: string): LanguageId {
  return /\.acl$/i.test(baseName(path)) ? 'redis-acl' : 'redis-conf';
}

export function resolveTarget(settings: Partial<AnalysisSettings> | undefined): TargetId {
  return settings && isTargetId(settings.target) ? settings.target : DEFAULT_TARGET;
}

/** Every problem the target server would raise (RCV codes) plus deprecation and duplicate hints. */
export function validateText(text: string, doc: DocumentInfo, settings: AnalysisSettings): Diagnostic[] {
  const target = resolveTarget(settings);
  const catalog = getCatalog(target);
  const commands = getCommandTable(target);
  if (doc.languageId === 'redis-acl') return validateAclText(text, catalog, commands).diagnostics;
  const parsed = parseConfig(text);
  return validateConfigDocument({ doc: parsed, catalog, commands, sentinelMode: isSentinelConfig(doc, text) }).diagnostics;
}

/** Hover for the token under `position`. */
export function computeHover(text: string, position: Position, doc: DocumentInfo, settings: AnalysisSettings): Hover | null {
  return hoverAt(text, position, doc.languageId, resolveTarget(settings));
}

/** Completion items at `position`. */
export function computeCompletion(text: string, position: Position, doc: DocumentInfo, settings: AnalysisSettings): CompletionItem[] {
  return completionAt(text, position, doc.languageId, resolveTarget(settings), isSentinelConfig(doc, text));
}

/** Security findings (RCS codes) for a document. */
export function securityDiagnostics(text: string, doc: DocumentInfo, settings: AnalysisSettings): Diagnostic[] {
  if (settings.security?.enable === false) return [];
  const model = buildModel({ text, languageId: doc.languageId, sentinel: isSentinelConfig(doc, text), target: resolveTarget(settings), uri: doc.uri });
  return runRules(model, ruleSettings(settings)).map((r) => r.diagnostic);
}

/** Everything the editor shows: what the server would reject, then what is unsafe. */
export function lintText(text: string, doc: DocumentInfo, settings: AnalysisSettings): Diagnostic[] {
  return [...validateText(text, doc, settings), ...securityDiagnostics(text, doc, settings)];
}

/** Quick fixes and "fix all" for the diagnostics in `range`. */
export function computeCodeActions(
  text: string,
  range: Range,
  diagnostics: Diagnostic[],
  only: string[] | undefined,
  doc: DocumentInfo & { uri: string },
  settings: AnalysisSettings,
): CodeAction[] {
  return codeActionsFor({
    text,
    uri: doc.uri,
    languageId: doc.languageId,
    sentinel: isSentinelConfig(doc, text),
    target: resolveTarget(settings),
    rules: ruleSettings(settings),
    range,
    diagnostics,
    only,
  });
}
