/** The resources rules, in id order. */
import type { Rule } from '../types';
import { maxmemoryUnset } from './RCS601-maxmemory-unset';
import { outputBufferNormalUnlimited } from './RCS602-output-buffer-normal-unlimited';
import { outputBufferPubsubReplicaUnlimited } from './RCS603-output-buffer-pubsub-replica-unlimited';
import { queryBufferLarge } from './RCS604-query-buffer-large';
import { noClientEviction } from './RCS605-no-client-eviction';
import { maxclientsHigh } from './RCS606-maxclients-high';
import { idleTimeoutDisabled } from './RCS607-idle-timeout-disabled';
import { scriptTimeUnbounded } from './RCS608-script-time-unbounded';
import { keyspaceEventsLeak } from './RCS609-keyspace-events-leak';
import { keysCommandAllowed } from './RCS610-keys-command-allowed';

export const RULES: Rule[] = [
  maxmemoryUnset,
  outputBufferNormalUnlimited,
  outputBufferPubsubReplicaUnlimited,
  queryBufferLarge,
  noClientEviction,
  maxclientsHigh,
  idleTimeoutDisabled,
  scriptTimeUnbounded,
  keyspaceEventsLeak,
  keysCommandAllowed,
];
