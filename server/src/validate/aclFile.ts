/**
 * ACL files (the `aclfile` format), read like `ACLLoadFromFile`: each trimmed line is split on
 * single spaces (no quotes, no comments), must start with the case-sensitive word `user` and a
 * name, and every rule is applied to a fresh user. The server collects every error and refuses
 * to start if there is any.
 */
import { Range } from 'vscode-languageserver-types';
import type { Catalog, CommandTable } from '../catalog/types';
import { splitLines, trimBounds } from '../parse/tokenize';
import { RCV } from './codes';
import { ValidationContext, loaderFamily, rejection, report } from './context';
import { ACL_ERROR_TEXT, applyAclRule, hasSpaces, mergeSelectorArguments, newAclUser } from './aclRules';
import { ACL_EXPLANATION, aclEnvFor } from './userDirective';

export interface AclWord {
  text: string;
  start: number;
  end: number;
}

/** Splits a trimmed ACL line on single spaces, keeping empty words (they are no-ops). */
export function splitAclLine(raw: string): { words: AclWord[]; start: number; end: number } {
  const { start, end } = trimBounds(raw);
  const words: AclWord[] = [];
  let pos = start;
  for (const text of raw.slice(start, end).split(' ')) {
    words.push({ text, start: pos, end: pos + text.length });
    pos += text.length + 1;
  }
  return { words: start === end ? [] : words, start, end };
}

/** Trims a rule like the server does before applying it (tabs and line breaks only). */
function trimRule(text: string): string {
  return text.replace(/^[\t\r\n]+|[\t\r\n]+$/g, '');
}

export function validateAclText(text: string, catalog: Catalog, commands: CommandTable): ValidationContext {
  const ctx: ValidationContext = {
    catalog,
    commands,
    target: catalog.target,
    family: loaderFamily(catalog.target),
    sentinelMode: false,
    diagnostics: [],
    state: {
      commandNames: new Set(Object.keys(commands.commands)),
      users: new Map(),
      loadsModules: false,
      moduleConfigs: [],
      pubsubDefaultAll: (catalog.directives['acl-pubsub-default']?.default ?? 'resetchannels') === 'allchannels',
      sentinelMasters: new Set(),
    },
  };
  const env = aclEnvFor(ctx, ctx.state.pubsubDefaultAll);
  const seen = new Set<string>();
  splitLines(text).forEach((raw, line) => {
    const { words, start, end } = splitAclLine(raw);
    if (words.length === 0) return;
    const lineRange: Range = { start: { line, character: start }, end: { line, character: end } };
    const wordRange = (w: AclWord): Range => ({ start: { line, character: w.start }, end: { line, character: w.end } });
    if (words[0].text !== 'user' || words.length < 2) {
      const hint = words[0].text.startsWith('#')
        ? 'ACL files have no comments: the server rejects a line starting with #. Keep notes elsewhere.'
        : words[0].text.toLowerCase() === 'user'
          ? 'Each line must be "user <name> <rules...>"; the keyword is lower case and a name must follow.'
          : 'Each line must be "user <name> <rules...>".';
      report(ctx, RCV.badAclFileLine, lineRange, rejection(ctx, hint, `line ${line + 1} should start with user keyword followed by the username`));
      return;
    }
    const name = words[1];
    if (hasSpaces(name.text)) {
      report(ctx, RCV.badAclFileLine, wordRange(name), rejection(ctx, 'User names cannot contain spaces or tabs.', `username '${name.text}' contains invalid characters`));
      return;
    }
    // 7.0+ refuses a second definition; 6.x simply applies the later line to the same user.
    if (ctx.family === '7' && seen.has(name.text)) {
      report(ctx, RCV.duplicateUser, wordRange(name), rejection(ctx, 'This user is already defined on an earlier line.', `Duplicate user '${name.text}' found on line ${line + 1}`));
      return;
    }
    seen.add(name.text);
    const ruleWords = words.slice(2);
    let rules: Array<{ text: string; first: number; last: number }>;
    if (env.selectors) {
      const merged = mergeSelectorArguments(ruleWords.map((w) => w.text));
      if ('unmatchedAt' in merged) {
        report(ctx, RCV.badAclRule, { start: wordRange(ruleWords[merged.unmatchedAt]).start, end: lineRange.end }, rejection(ctx, 'This selector opens with "(" but is never closed with ")".', 'Unmatched parenthesis in selector definition'));
        return;
      }
      rules = merged.rules;
    } else {
      rules = ruleWords.map((w, i) => ({ text: w.text, first: i, last: i }));
    }
    const user = newAclUser(env);
    let syntaxReported = false;
    for (const rule of rules) {
      const op = trimRule(rule.text);
      const err = applyAclRule(user, op, env);
      if (!err) continue;
      const range: Range = { start: wordRange(ruleWords[rule.first]).start, end: wordRange(ruleWords[rule.last]).end };
      if (err === 'ENOENT') {
        const serverText = env.selectors ? `Error in applying operation '${op}': ${ACL_ERROR_TEXT.ENOENT}` : ACL_ERROR_TEXT.ENOENT;
        report(ctx, RCV.badAclRule, range, rejection(ctx, `${ACL_EXPLANATION.ENOENT} (${op})`, serverText));
        if (!env.selectors) return;
      } else if (!syntaxReported) {
        report(ctx, RCV.badAclRule, range, rejection(ctx, ACL_EXPLANATION[err], ACL_ERROR_TEXT[err]));
        syntaxReported = true;
        if (!env.selectors) return;
      }
    }
  });
  return ctx;
}
