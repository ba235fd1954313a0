/**
 * RCS204 dangerous-commands-granted — a user that is not an admin can run commands that
 * reconfigure (CONFIG, MODULE), wipe (FLUSHALL), copy out (MIGRATE, REPLICAOF) or stop the
 * server. `+@write` alone already grants FLUSHALL, and `+@read` grants KEYS. The default user
 * is left to RCS309, which judges it together with the enable-*-command settings.
 */
import { evaluateUser } from '../aclEval';
import type { Rule } from '../types';
import { appendRule, applicationUsers, selectorGrants, evalOptions, grantedForms, listSome, userRange, who } from './aclUsers';
import { DANGEROUS_COMMANDS, SERVICE_USER_SHAPES } from './dangerousCommands';
import type { EffectiveUser } from '../aclEval';

/** A keyless user whose dangerous commands are exactly what a replica or Sentinel needs. */
function isServiceUser(user: EffectiveUser, granted: string[]): boolean {
  const keyless = [user.root, ...user.selectors].every((s) => !s.allKeys && s.keyPatterns.length === 0);
  return keyless && SERVICE_USER_SHAPES.some((shape) => granted.every((g) => shape.has(g)));
}

export const dangerousCommandsGranted: Rule = {
  id: 'RCS204',
  name: 'dangerous-commands-granted',
  severity: 'warning',
  summary: 'A user that is not an admin may run dangerous commands (CONFIG, FLUSHALL, MODULE...).',
  appliesTo: ['config', 'acl'],
  check(model, ctx) {
    const opts = evalOptions(model);
    return applicationUsers(model, ctx)
      .flatMap((user) => {
        const granted = grantedForms(user.effective, model, DANGEROUS_COMMANDS);
        if (!granted.length || isServiceUser(user.effective, granted)) return [];
        // Only offer the edit when it actually takes everything away (selectors are separate).
        const after = evaluateUser([...user.rules.map((r) => r.text), '-@dangerous'], opts);
        const edit = appendRule(user, '-@dangerous');
        const fixes = edit && !grantedForms(after, model, DANGEROUS_COMMANDS).length ? [{ title: `Deny dangerous commands to "${user.name}": append -@dangerous`, edits: [edit], safe: false }] : [];
        const selectors = selectorGrants(user.effective, model, DANGEROUS_COMMANDS) ? ' A selector grants some of them: add -@dangerous inside it as well.' : '';
        return [
          {
            range: userRange(model, user),
            message: `${who(user)} may run dangerous commands: ${listSome(granted)}. Append -@dangerous to its rules, or grant only the commands it needs; keep these for admin users.${selectors}`,
            fixes,
          },
        ];
      });
  },
};
