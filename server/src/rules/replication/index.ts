/** The replication rules, in id order. */
import type { Rule } from '../types';
import { replicaWritable } from './RCS701-replica-writable';
import { minReplicasDisabled } from './RCS702-min-replicas-disabled';
import { clusterNoMasterauth } from './RCS703-cluster-no-masterauth';
import { sentinelUnprotected } from './RCS710-sentinel-unprotected';
import { sentinelScriptReconfig } from './RCS711-sentinel-script-reconfig';
import { sentinelAuthDefaultUser } from './RCS713-sentinel-auth-default-user';
import { sentinelPeerAuth } from './RCS714-sentinel-peer-auth';

export const RULES: Rule[] = [
  replicaWritable,
  minReplicasDisabled,
  clusterNoMasterauth,
  sentinelUnprotected,
  sentinelScriptReconfig,
  sentinelAuthDefaultUser,
  sentinelPeerAuth,
];
