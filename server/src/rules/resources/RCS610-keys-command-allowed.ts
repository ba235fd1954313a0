/**
 * RCS610 keys-command-allowed — an application user may run KEYS, which walks the whole keyspace
 * in one go and blocks every other client meanwhile; crafted patterns made it worse on old
 * versions (CVE-2022-36021, CVE-2024-31228). SCAN does the same job in small steps. The default
 * user is left to RCS309, which judges its dangerous commands together.
 */
import { canRun, evaluateUser } from '../aclEval';
import type { Fix, Rule } from '../types';
import { appendRule, applicationUsers, evalOptions, userRange } from '../acl/aclUsers';

export const keysCommandAllowed: Rule = {
  id: 'RCS610',
  name: 'keys-command-allowed',
  severity: 'warning',
  summary: 'An application user may run KEYS, which blocks the server while it scans every key.',
  appliesTo: ['config', 'acl'],
  check(model, ctx) {
    if (!model.commands.commands['keys']) return [];
    const opts = evalOptions(model);
    return applicationUsers(model, ctx)
      .filter((u) => canRun(u.effective, 'keys'))
      .map((user) => {
        // Selectors keep their own grants: only offer the edit when it really takes KEYS away.
        const after = evaluateUser([...user.rules.map((r) => r.text), '-keys'], opts);
        const edit = appendRule(user, '-keys');
        const fixes: Fix[] = edit && !canRun(after, 'keys') ? [{ title: `Deny KEYS to "${user.name}": append -keys (the application must use SCAN)`, edits: [edit], safe: false, preferred: true }] : [];
        return {
          range: userRange(model, user),
          message: `User "${user.name}" may run KEYS, which scans every key in one step and blocks all other clients until it finishes. Append -keys to its rules and use SCAN in the application.`,
          fixes,
        };
      });
  },
};
