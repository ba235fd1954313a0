/**
 * RCS305 rename-command-deprecated — rename-command is the pre-ACL way to hide a command. It is
 * deprecated: it applies to every user alike (admins included), it must match on every replica
 * and in the AOF, and a guessable new name hides nothing. ACL rules do the job per user.
 */
import { lineRange } from '../model';
import type { Rule } from '../types';
import { renameToAclFix } from './renameToAcl';

export const renameCommandDeprecated: Rule = {
  id: 'RCS305',
  name: 'rename-command-deprecated',
  severity: 'info',
  summary: 'rename-command is deprecated; ACL rules restrict commands per user.',
  appliesTo: ['config'],
  check(model) {
    return model.renames
      .filter((r) => r.directive)
      .map((r) => {
        const fix = renameToAclFix(model, r);
        const what = r.newName === '' ? `disables ${r.command.toUpperCase()}` : `renames ${r.command.toUpperCase()}`;
        return {
          range: lineRange(r.directive!),
          message: `This line ${what} with rename-command, which is deprecated: it hits every user alike and every replica and AOF must agree on it. Deny the command to the users that must not run it with an ACL rule (-${r.command}) instead.`,
          fixes: fix ? [fix] : [],
        };
      });
  },
};
