/**
 * RCS105 masteruser-without-masterauth — a replica told which ACL user to log in as on its master,
 * but not with which password. It then cannot authenticate and replication never starts (or
 * stops at the next reconnect).
 */
import type { SecurityModel } from '../model';
import type { Rule } from '../types';

/** Redis spells it master*, Valkey 8+ primary* (with master* as aliases). */
function first(model: SecurityModel, names: string[]) {
  for (const n of names) {
    const s = model.settings.get(n);
    if (s) return s;
  }
  return undefined;
}

export const masteruserWithoutMasterauth: Rule = {
  id: 'RCS105',
  name: 'masteruser-without-masterauth',
  severity: 'error',
  summary: 'masteruser is set without masterauth, so the replica cannot log in to its master.',
  appliesTo: ['config'],
  check(model) {
    const user = first(model, ['masteruser', 'primaryuser']);
    const auth = first(model, ['masterauth', 'primaryauth']);
    if (!user?.values[0] || !user.range || auth?.values[0]) return [];
    const name = user.directive?.name ?? 'masteruser';
    const authName = name.startsWith('primary') ? 'primaryauth' : 'masterauth';
    return [
      {
        range: user.range,
        message: `${name} is set but ${authName} is not: the replica has a user name and no password for its master, so AUTH fails and replication does not start. Add "${authName} <that user's password>".`,
      },
    ];
  },
};
