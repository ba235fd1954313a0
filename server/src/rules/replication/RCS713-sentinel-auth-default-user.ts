/**
 * RCS713 sentinel-auth-default-user — `sentinel auth-pass` without `sentinel auth-user` makes
 * Sentinel log in to the master and its replicas as the default user, which usually may run every
 * command. A dedicated user limited to what Sentinel needs keeps a leaked sentinel.conf from
 * handing out full access.
 */
import { lineRange } from '../model';
import type { Finding, Rule } from '../types';
import { sentinelLines } from './replicationSettings';

export const sentinelAuthDefaultUser: Rule = {
  id: 'RCS713',
  name: 'sentinel-auth-default-user',
  severity: 'info',
  summary: 'Sentinel logs in to the monitored master as the default user (auth-pass without auth-user).',
  appliesTo: ['sentinel'],
  check(model) {
    if (!model.catalog.sentinel['auth-user']) return [];
    const withUser = new Set(sentinelLines(model, 'auth-user').filter((d) => d.args.length >= 3 && d.args[2].value).map((d) => d.args[1].value));
    const findings: Finding[] = [];
    for (const d of sentinelLines(model, 'auth-pass')) {
      if (d.args.length < 3 || !d.args[2].value) continue;
      const master = d.args[1].value;
      if (withUser.has(master)) continue;
      findings.push({
        range: lineRange(d),
        message: `Sentinel logs in to master "${master}" and its replicas with auth-pass alone, that is as the default user, which usually holds every right. Create a user there with only what Sentinel needs and name it with "sentinel auth-user ${master} <user>".`,
      });
    }
    return findings;
  },
};
