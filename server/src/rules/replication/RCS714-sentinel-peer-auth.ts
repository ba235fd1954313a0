/**
 * RCS714 sentinel-peer-auth — a Sentinel that makes clients log in but has no `sentinel
 * sentinel-pass` (6.2+). It then logs in to its peers with its own requirepass as the default
 * user, or, when the password comes from ACL users, not at all, so peers that require a password
 * refuse it and failover cannot gather its votes.
 */
import { anchorRange } from '../edits';
import type { Rule } from '../types';
import { sentinelAuth, sentinelLines } from './replicationSettings';

export const sentinelPeerAuth: Rule = {
  id: 'RCS714',
  name: 'sentinel-peer-auth',
  severity: 'warning',
  summary: 'A password-protected Sentinel has no sentinel-pass for talking to its peers.',
  appliesTo: ['sentinel'],
  check(model) {
    if (!model.catalog.sentinel['sentinel-pass']) return [];
    const auth = sentinelAuth(model);
    if (!auth) return [];
    if (sentinelLines(model, 'sentinel-pass').some((d) => d.args[1]?.value)) return [];
    const requirepass = model.settings.get('requirepass');
    const message =
      auth === 'requirepass'
        ? 'This Sentinel requires a password but has no "sentinel sentinel-pass": it logs in to the other Sentinels with its own requirepass as the default user, so every Sentinel must share that one full-rights password. Give the peers a dedicated user: "sentinel sentinel-user <user>" and "sentinel sentinel-pass <password>", with that user defined on every Sentinel.'
        : 'This Sentinel requires a password through ACL users but has no "sentinel sentinel-pass": it connects to the other Sentinels without logging in, so Sentinels configured like it refuse it and failover cannot reach agreement. Add "sentinel sentinel-user <user>" and "sentinel sentinel-pass <password>" for a user defined on every Sentinel.';
    return [{ range: (auth === 'requirepass' ? requirepass?.range : model.defaultUser()?.range) ?? anchorRange(model), message }];
  },
};
