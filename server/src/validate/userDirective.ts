/**
 * `user <name> <rules...>` lines in redis.conf. Two moments matter, as in the server:
 * while reading the file (`ACLAppendUserForLoading`), every rule error except an unknown
 * command/category stops the server at this line; after the whole file is read
 * (`ACLLoadConfiguredUsers`), unknown commands or categories and names with spaces abort startup.
 */
import { RCV } from './codes';
import { ValidationContext, rejection, report, spanRange, startupRejection, tokenRange } from './context';
import type { Directive } from '../parse/document';
import { ACL_ERROR_TEXT, AclEnv, AclErrno, applyAclRule, hasSpaces, MergedRule, mergeSelectorArguments, newAclUser } from './aclRules';

export function aclEnvFor(ctx: ValidationContext, pubsubDefaultAll: boolean): AclEnv {
  return {
    channels: ctx.family !== '6.0',
    selectors: ctx.family === '7',
    categories: new Set(ctx.catalog.acl.categories.map((c) => c.toLowerCase())),
    commands: ctx.commands,
    pubsubDefaultAll,
  };
}

/** Plain words for each errno, in front of the server's own text. */
export const ACL_EXPLANATION: Record<AclErrno, string> = {
  ENOENT: 'This command or category does not exist in this server version.',
  EINVAL: 'This is not an ACL rule this server version understands.',
  EEXIST: 'A key pattern after ~* (or allkeys) has no effect; put resetkeys before it or drop ~*.',
  EISDIR: 'A channel pattern after &* (or allchannels, the default here) has no effect; put resetchannels before it.',
  ENODEV: 'This removes a password the user does not have at this point.',
  EBADMSG: 'A password hash must be exactly 64 lowercase hexadecimal characters (a SHA-256).',
  ECHILD: 'A first argument cannot be allowed for a subcommand.',
  EALREADY: 'This user is already defined by an earlier user line.',
};

/** The rules of a user: selectors merged into one rule from 7.0, one rule per word before. */
export function groupRules(env: AclEnv, words: string[]): { rules: MergedRule[] } | { unmatchedAt: number } {
  if (env.selectors) return mergeSelectorArguments(words);
  return { rules: words.map((text, i) => ({ text, first: i, last: i })) };
}

export function validateUserDirective(ctx: ValidationContext, d: Directive): void {
  const [nameTok, ...ruleToks] = d.args;
  const username = nameTok.value;
  const env = aclEnvFor(ctx, ctx.state.pubsubDefaultAll);

  if (ctx.family === '7' && ctx.state.users.has(username)) {
    report(ctx, RCV.duplicateUser, tokenRange(d.line, nameTok), rejection(ctx, ACL_EXPLANATION.EALREADY, ACL_ERROR_TEXT.EALREADY));
    return;
  }
  ctx.state.users.set(username, d);

  const grouped = groupRules(env, ruleToks.map((t) => t.value));
  if ('unmatchedAt' in grouped) {
    const tok = ruleToks[grouped.unmatchedAt];
    report(ctx, RCV.badAclRule, spanRange(d.line, tok, ruleToks[ruleToks.length - 1]), rejection(ctx, 'This selector opens with "(" but is never closed with ")".', `Error in user declaration '${tok.value}'`));
    return;
  }
  const rules = grouped.rules;

  const user = newAclUser(env);
  let startupProblem = false;
  for (const rule of rules) {
    const err = applyAclRule(user, rule.text, env);
    if (!err) continue;
    const range = spanRange(d.line, ruleToks[rule.first], ruleToks[rule.last]);
    if (err === 'ENOENT') {
      // Accepted while reading; the server aborts once it builds the users.
      if (!startupProblem) {
        report(
          ctx,
          RCV.badAclRule,
          range,
          startupRejection(ctx, `${ACL_EXPLANATION.ENOENT} (${rule.text})`, `Error loading ACL rule '${rule.text}' for the user named '${username}': ${ACL_ERROR_TEXT.ENOENT}`),
          { startup: true },
        );
      }
      startupProblem = true;
      continue;
    }
    report(ctx, RCV.badAclRule, range, rejection(ctx, ACL_EXPLANATION[err], `Error in user declaration '${rule.text}': ${ACL_ERROR_TEXT[err]}`));
    return;
  }
  if (hasSpaces(username)) {
    report(ctx, RCV.badAclRule, tokenRange(d.line, nameTok), startupRejection(ctx, 'User names cannot contain spaces.', 'Spaces not allowed in ACL usernames'), { startup: true });
  }
}
