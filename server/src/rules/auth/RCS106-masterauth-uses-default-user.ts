/**
 * RCS106 masterauth-uses-default-user — masterauth without masteruser makes the replica log in to
 * its master as the default user, usually the application's all-powerful account. A dedicated
 * replication user that may only run PSYNC, REPLCONF and PING limits what a leaked replica
 * password can do.
 */
import type { Rule } from '../types';

export const masterauthUsesDefaultUser: Rule = {
  id: 'RCS106',
  name: 'masterauth-uses-default-user',
  severity: 'info',
  summary: 'masterauth without masteruser: the replica logs in to its master as the default user.',
  appliesTo: ['config'],
  check(model) {
    const auth = model.settings.get('masterauth') ?? model.settings.get('primaryauth');
    const user = model.settings.get('masteruser') ?? model.settings.get('primaryuser');
    if (!auth?.values[0] || !auth.range || user?.values[0]) return [];
    const primary = (auth.directive?.name ?? '').startsWith('primary');
    const userName = primary ? 'primaryuser' : 'masteruser';
    return [
      {
        range: auth.range,
        message: `The replica logs in to its master as the default user (${auth.directive?.name ?? 'masterauth'} without ${userName}), which typically holds every right. Create a replication user on the master (user replica-user on #<sha256> +psync +replconf +ping) and set "${userName} replica-user" with its password.`,
      },
    ];
  },
};
