/**
 * RCS304 pre7-no-builtin-protection — Redis 6.x has no enable-debug-command, enable-module-command
 * or enable-protected-configs, so DEBUG, MODULE LOAD and CONFIG SET dir work for every user the
 * ACL lets run them. On those versions only ACL rules (or renames) stand between a leaked
 * application password and code execution on the host.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import { anchorRange } from '../edits';
import type { SecurityModel, UserModel } from '../model';
import type { Rule } from '../types';
import { activeUsers, appendRule, canLogIn, denyDangerousToDefault, unprotected, withRules } from './commandAccess';

const WATCHED = ['config', 'module', 'debug', 'slaveof', 'replicaof'];

/** ` -@dangerous` on the user's line, when that takes every watched command away (selectors are separate). */
function appendOnlyIfEnough(model: SecurityModel, user: UserModel): TextEdit[] | undefined {
  const edit = appendRule(user, '-@dangerous');
  return edit && !unprotected(model, withRules(model, user, ['-@dangerous']), WATCHED).length ? [edit] : undefined;
}

export const pre7NoBuiltinProtection: Rule = {
  id: 'RCS304',
  name: 'pre7-no-builtin-protection',
  severity: 'warning',
  summary: 'Redis 6.x lacks the 7.0 switches that block DEBUG, MODULE and protected CONFIG: only ACL protects them.',
  appliesTo: ['config', 'acl'],
  check(model, ctx) {
    if (model.catalog.directives['enable-debug-command']) return [];
    if (model.kind === 'config' && model.settings.get('aclfile')?.values[0] && !model.users.length) return [];
    const exposed = activeUsers(model)
      .filter((u) => canLogIn(u.effective) && !ctx.adminUsers.has(u.name))
      .map((u) => ({ user: u, commands: unprotected(model, u.effective, WATCHED) }))
      .filter((e) => e.commands.length);
    if (!exposed.length) return [];
    const who = exposed.map((e) => `${e.user.name === 'default' ? 'the default user' : `"${e.user.name}"`} (${e.commands.join(', ')})`).join('; ');
    const edits: TextEdit[] = [];
    const covered: string[] = [];
    for (const { user } of exposed) {
      const plan = user.name === 'default' ? denyDangerousToDefault(model)?.edits : appendOnlyIfEnough(model, user);
      if (!plan) continue;
      edits.push(...plan);
      covered.push(user.name);
    }
    const renames = model.kind === 'acl' ? ' (rename-command lines in redis.conf are not visible from here)' : '';
    return [
      {
        range: anchorRange(model),
        message: `${model.target.label} has no enable-debug-command, enable-module-command or enable-protected-configs (they arrive in 7.0), so DEBUG, MODULE LOAD and CONFIG SET work for every user allowed to run them. Allowed here${renames}: ${who}. Deny them with ACL rules (-@dangerous) on every user that is not an admin, or upgrade to 7.0 or later.`,
        fixes: edits.length ? [{ title: `Deny dangerous commands with ACL: -@dangerous for ${covered.join(', ')}`, edits, safe: false }] : [],
      },
    ];
  },
};
