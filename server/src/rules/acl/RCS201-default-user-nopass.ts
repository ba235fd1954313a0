/**
 * RCS201 default-user-nopass — a `user default ... on ... nopass` line. Every new connection is
 * logged in as the default user before it says anything, so this hands the default user's rights
 * to anybody who can reach the server. The implicit default user is left to RCS101.
 */
import type { Rule } from '../types';
import { activeUsers, lastRule, replaceRule, userRange } from './aclUsers';

export const defaultUserNopass: Rule = {
  id: 'RCS201',
  name: 'default-user-nopass',
  severity: 'error',
  summary: 'The default user is switched on with nopass: every connection gets its rights without a password.',
  appliesTo: ['config', 'acl'],
  check(model, ctx) {
    const user = activeUsers(model).find((u) => u.name === 'default' && u.source !== 'implicit' && u.source !== 'live');
    if (!user || !user.effective.enabled || !user.effective.nopass) return [];
    const nopass = lastRule(user, 'nopass');
    const on = lastRule(user, 'on');
    const off = on && replaceRule(on, 'off');
    const where = model.kind === 'config' && ctx.exposure.beyondLoopback ? ' This instance listens beyond loopback.' : '';
    return [
      {
        range: userRange(model, user, nopass),
        message: `The default user is on with nopass: every client that connects gets its rights without a password.${where} Replace nopass with a password hash (#<sha256>), or turn the default user off and give clients their own users.`,
        fixes: off ? [{ title: 'Turn the default user off (clients must then AUTH as a named user)', edits: [off], safe: false }] : [],
      },
    ];
  },
};
