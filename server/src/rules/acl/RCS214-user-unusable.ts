/**
 * RCS214 user-unusable — a user that is `on` but has no password and no `nopass`: no AUTH can
 * ever succeed for it. Usually a forgotten password rule; harmless, but the user does not work
 * the way its line suggests.
 */
import type { Rule } from '../types';
import { declaredUsers, lastRule, userRange, who } from './aclUsers';

export const userUnusable: Rule = {
  id: 'RCS214',
  name: 'user-unusable',
  severity: 'info',
  summary: 'A user is on but has neither a password nor nopass, so nobody can log in as it.',
  appliesTo: ['config', 'acl'],
  check(model) {
    // Certificate logins (tls-auth-clients-user) need no password.
    const certLogin = (model.value('tls-auth-clients-user') ?? 'off').toLowerCase() !== 'off';
    if (certLogin) return [];
    return declaredUsers(model)
      .filter((u) => {
        const e = u.effective;
        return e.enabled && !e.nopass && e.plainPasswords.length === 0 && e.hashes.length === 0;
      })
      .map((user) => ({
        range: userRange(model, user, lastRule(user, 'on')),
        message: `${who(user)} is on but has no password and no nopass, so no AUTH can succeed for it. Add a password (#<sha256> or >password), or turn it off if it is not meant to log in.`,
      }));
  },
};
