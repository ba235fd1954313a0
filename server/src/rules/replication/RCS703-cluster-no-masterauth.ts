/**
 * RCS703 cluster-no-masterauth — a cluster node that makes clients log in but has no replication
 * password: when it serves as a replica it cannot authenticate to its master, so the initial sync
 * and every later failover of its shard fail. Valkey 8+ calls the setting primaryauth.
 */
import type { Rule } from '../types';
import { setDirective } from '../edits';
import { nonEmpty, targetName } from './replicationSettings';

export const clusterNoMasterauth: Rule = {
  id: 'RCS703',
  name: 'cluster-no-masterauth',
  severity: 'warning',
  summary: 'A cluster node requires authentication but has no masterauth/primaryauth for replication.',
  appliesTo: ['config'],
  check(model, ctx) {
    const cluster = model.settings.get('cluster-enabled');
    if (!cluster?.range || (cluster.values[0] ?? '').toLowerCase() !== 'yes') return [];
    if (ctx.exposure.defaultUserOpen) return []; // replicas can sync as the open default user
    const auth = targetName(model, 'masterauth');
    const user = targetName(model, 'masteruser');
    // A replication user without its password is RCS105's finding (an error), not repeated here.
    if (nonEmpty(model, auth) || nonEmpty(model, user)) return [];
    const spelled = auth === 'masterauth' ? 'masterauth' : `${auth} (masterauth)`;
    const requirepass = model.settings.get('requirepass')?.directive?.args[0];
    // Copying requirepass only helps when it really is the default user's password: no aclfile,
    // no `user default` line (which would override it).
    const fixes =
      requirepass?.value && !nonEmpty(model, 'aclfile') && model.defaultUser()?.source === 'implicit'
        ? [
            {
              title: `Use the requirepass password for replication: ${auth} <same password> (right when every node shares it)`,
              edits: [setDirective(model, auth, requirepass.raw, 'REPLICATION')],
              safe: false,
            },
          ]
        : [];
    return [
      {
        range: cluster.range,
        message: `Cluster mode is on and clients must authenticate, but ${spelled} is not set: when this node serves as a replica it cannot log in to its master, so syncing and failover of its shard fail. Give every node ${auth} with the password replicas use, plus ${user} when they should log in as a dedicated ACL user.`,
        fixes,
      },
    ];
  },
};
