/**
 * Code actions: the quick fixes of the findings under the cursor, "ignore this rule here", the
 * rename of deprecated names, and "fix all safe problems" (`source.fixAll`). Fixes are recomputed
 * from the text (pure and cheap), so nothing is cached between requests.
 */
import { CodeAction, CodeActionKind, Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import { buildModel } from '../rules/build';
import { eol } from '../rules/edits';
import { runRules, RuleResult, RuleSettings } from '../rules/engine';
import type { Fix } from '../rules/types';
import { RCV } from '../validate/codes';
import type { TargetId } from '../catalog/types';

export const FIX_ALL_KIND = CodeActionKind.SourceFixAll + '.redis-conf';

export interface CodeActionRequest {
  text: string;
  uri: string;
  languageId: 'redis-conf' | 'redis-acl';
  sentinel: boolean;
  target: TargetId;
  rules: RuleSettings;
  range: Range;
  diagnostics: Diagnostic[];
  /** Requested kinds (CodeActionContext.only). */
  only?: string[];
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function wants(req: CodeActionRequest, kind: string): boolean {
  return !req.only || req.only.some((k) => kind === k || kind.startsWith(k + '.'));
}

function toAction(req: CodeActionRequest, fix: Fix, diagnostic: Diagnostic): CodeAction {
  const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic] };
  if (fix.preferred) action.isPreferred = true;
  if (fix.command) action.command = { title: fix.title, command: fix.command.id, arguments: [req.uri, ...fix.command.arguments] };
  else action.edit = { changes: { [req.uri]: fix.edits } };
  return action;
}

function ignoreAction(req: CodeActionRequest, diagnostic: Diagnostic): CodeAction | undefined {
  if (req.languageId === 'redis-acl' || req.rules.allowInlineIgnores === false) return undefined;
  const line = diagnostic.range.start.line;
  const lines = req.text.split('\n');
  const indent = /^[ \t]*/.exec(lines[line] ?? '')![0];
  const pragma = `${indent}# redis-conf-lint: ignore ${diagnostic.code} -- reason${eol(req.text)}`;
  return {
    title: `Ignore ${diagnostic.code} for this line (adds a comment above it)`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [req.uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: pragma }] } },
  };
}

function deprecatedNameAction(req: CodeActionRequest, diagnostic: Diagnostic): CodeAction | undefined {
  const replacement = (diagnostic.data as { replacement?: string } | undefined)?.replacement;
  if (!replacement) return undefined;
  return {
    title: `Use the current name: ${replacement}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: true,
    edit: { changes: { [req.uri]: [{ range: diagnostic.range, newText: replacement }] } },
  };
}

function results(req: CodeActionRequest): RuleResult[] {
  const model = buildModel({ text: req.text, languageId: req.languageId, sentinel: req.sentinel, target: req.target, uri: req.uri });
  return runRules(model, req.rules);
}

function offsetKey(p: { line: number; character: number }): number {
  return p.line * 1e7 + p.character;
}

/** Edits that cannot both be applied: overlapping, or an insert touching a replaced range. */
function overlaps(a: Range, b: Range): boolean {
  const [a0, a1, b0, b1] = [offsetKey(a.start), offsetKey(a.end), offsetKey(b.start), offsetKey(b.end)];
  if (a0 === a1 && b0 === b1) return false; // two inserts: merged instead
  if (a0 === a1) return a0 >= b0 && a0 <= b1;
  if (b0 === b1) return b0 >= a0 && b0 <= a1;
  return a0 < b1 && b0 < a1;
}

/**
 * Every safe fix, without overlaps: a fix with an edit that overlaps one already taken is skipped
 * (running "fix all" again picks it up); inserts at the same place are merged in rule order.
 */
export function collectSafeEdits(all: RuleResult[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const r of all) {
    const fix = r.finding.fixes?.find((f) => f.safe && !f.command && f.edits.length);
    if (!fix || fix.edits.some((e) => taken.some((t) => overlaps(e.range, t.range)))) continue;
    for (const e of fix.edits) {
      const isInsert = offsetKey(e.range.start) === offsetKey(e.range.end);
      const same = isInsert ? taken.find((t) => sameRange(t.range, e.range)) : undefined;
      if (same) same.newText += e.newText;
      else taken.push({ range: e.range, newText: e.newText });
    }
  }
  return taken;
}

export function computeCodeActions(req: CodeActionRequest): CodeAction[] {
  const actions: CodeAction[] = [];
  const all = req.diagnostics.some((d) => String(d.code).startsWith('RCS')) || wants(req, FIX_ALL_KIND) ? results(req) : [];

  if (wants(req, CodeActionKind.QuickFix)) {
    for (const diagnostic of req.diagnostics) {
      const code = String(diagnostic.code ?? '');
      if (code === RCV.deprecatedName) {
        const a = deprecatedNameAction(req, diagnostic);
        if (a) actions.push(a);
        continue;
      }
      if (!code.startsWith('RCS')) continue;
      const match = all.find((r) => r.rule.id === code && sameRange(r.finding.range, diagnostic.range));
      for (const fix of match?.finding.fixes ?? []) actions.push(toAction(req, fix, diagnostic));
      const ignore = ignoreAction(req, diagnostic);
      if (ignore) actions.push(ignore);
    }
  }

  // Asked for explicitly (editor.codeActionsOnSave, "Fix all") or offered in the light bulb when it helps.
  const asked = req.only?.some((k) => k.startsWith(CodeActionKind.SourceFixAll)) ?? false;
  if (asked || !req.only) {
    const edits = collectSafeEdits(all);
    if (edits.length > (asked ? 0 : 1)) actions.push({ title: 'Fix all safe Redis config problems', kind: FIX_ALL_KIND, edit: { changes: { [req.uri]: edits } } });
  }
  return actions;
}
