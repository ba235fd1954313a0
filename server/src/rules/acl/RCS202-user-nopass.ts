/**
 * RCS202 user-nopass — a named user that is on and has `nopass`: any password, or none, logs in
 * as it. Whoever knows the user name (often guessable: app, worker, replica) gets its rights.
 * The default user is RCS201's case.
 */
import type { Rule } from '../types';
import { activeUsers, lastRule, replaceRule, userRange, who } from './aclUsers';

export const userNopass: Rule = {
  id: 'RCS202',
  name: 'user-nopass',
  severity: 'error',
  summary: 'A user is switched on with nopass: any password logs in as it.',
  appliesTo: ['config', 'acl'],
  check(model) {
    return activeUsers(model)
      .filter((u) => u.name !== 'default' && u.effective.enabled && u.effective.nopass)
      .map((user) => {
        const on = lastRule(user, 'on');
        const off = on && replaceRule(on, 'off');
        return {
          range: userRange(model, user, lastRule(user, 'nopass')),
          message: `${who(user)} is on with nopass: any password at all logs in as this user. Replace nopass with a password hash (#<sha256>) or a strong >password.`,
          fixes: off ? [{ title: `Turn user "${user.name}" off`, edits: [off], safe: false }] : [],
        };
      });
  },
};
