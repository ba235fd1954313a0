/**
 * ACL files (the `aclfile` format), read like `ACLLoadFromFile`: each trimmed line is split on
 * single spaces (no quotes, no comments), must start with the case-sensitive word `user` and a
 * name, and every rule is applied to a fresh user. The server collects every error and refuses
 * to start if there is any.
 */
import type { Range } from 'vscode-languageserver-types';
import type { Catalog, CommandTable } from '../catalog/types';
import { AclLine, AclWord, parseAclFile } from '../parse/aclFile';
import { RCV } from './codes';
import { ValidationContext, newValidationContext, rejection, report } from './context';
import { ACL_ERROR_TEXT, AclEnv, applyAclRule, hasSpaces, newAclUser } from './aclRules';
import { ACL_EXPLANATION, aclEnvFor, groupRules } from './userDirective';

/** Trims a rule like the server does before applying it (tabs and line breaks only). */
function trimRule(text: string): string {
  return text.replace(/^[\t\r\n]+|[\t\r\n]+$/g, '');
}

function wordRange(line: number, first: AclWord, last: AclWord = first): Range {
  return { start: { line, character: first.start }, end: { line, character: last.end } };
}

export function validateAclText(text: string, catalog: Catalog, commands: CommandTable): ValidationContext {
  const ctx = newValidationContext(catalog, commands, false);
  const env = aclEnvFor(ctx, ctx.state.pubsubDefaultAll);
  const seen = new Set<string>();
  for (const line of parseAclFile(text)) validateAclLine(ctx, env, seen, line);
  return ctx;
}

function validateAclLine(ctx: ValidationContext, env: AclEnv, seen: Set<string>, { line, words, start, end }: AclLine): void {
  const lineRange: Range = { start: { line, character: start }, end: { line, character: end } };
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
    report(ctx, RCV.badAclFileLine, wordRange(line, name), rejection(ctx, 'User names cannot contain spaces or tabs.', `username '${name.text}' contains invalid characters`));
    return;
  }
  // 7.0+ refuses a second definition; 6.x simply applies the later line to the same user.
  if (ctx.family === '7' && seen.has(name.text)) {
    report(ctx, RCV.duplicateUser, wordRange(line, name), rejection(ctx, 'This user is already defined on an earlier line.', `Duplicate user '${name.text}' found on line ${line + 1}`));
    return;
  }
  seen.add(name.text);
  const ruleWords = words.slice(2);
  const grouped = groupRules(env, ruleWords.map((w) => w.text));
  if ('unmatchedAt' in grouped) {
    report(ctx, RCV.badAclRule, { start: wordRange(line, ruleWords[grouped.unmatchedAt]).start, end: lineRange.end }, rejection(ctx, 'This selector opens with "(" but is never closed with ")".', 'Unmatched parenthesis in selector definition'));
    return;
  }
  const user = newAclUser(env);
  let syntaxReported = false;
  for (const rule of grouped.rules) {
    const op = trimRule(rule.text);
    const err = applyAclRule(user, op, env);
    if (!err) continue;
    const range = wordRange(line, ruleWords[rule.first], ruleWords[rule.last]);
    // 7.0+ lists every unknown command and the first other error of the line; 6.x stops at the first.
    if (err === 'ENOENT') {
      const serverText = env.selectors ? `Error in applying operation '${op}': ${ACL_ERROR_TEXT.ENOENT}` : ACL_ERROR_TEXT.ENOENT;
      report(ctx, RCV.badAclRule, range, rejection(ctx, `${ACL_EXPLANATION.ENOENT} (${op})`, serverText));
    } else if (!syntaxReported) {
      report(ctx, RCV.badAclRule, range, rejection(ctx, ACL_EXPLANATION[err], ACL_ERROR_TEXT[err]));
      syntaxReported = true;
    } else {
      continue;
    }
    if (!env.selectors) return;
  }
}
