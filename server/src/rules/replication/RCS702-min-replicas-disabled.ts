/**
 * RCS702 min-replicas-disabled — in a replicated setup the master keeps accepting writes while no
 * replica is connected and in sync (`min-replicas-to-write 0`, the default, or a max lag of 0).
 * A failover then drops the writes only the old master saw, and a cut-off master keeps taking them.
 */
import { anchorRange, setDirective } from '../edits';
import type { SecurityModel } from '../model';
import type { Rule } from '../types';
import { nonEmpty } from './replicationSettings';

const INTEGER = /^\d+$/;

/** What tells us this node belongs to a replicated group, as a phrase for the message. */
function replicationHint(model: SecurityModel): string | undefined {
  if (model.has('replicaof')) return 'replicaof is set';
  if ((model.value('cluster-enabled') ?? '').toLowerCase() === 'yes') return 'cluster mode is on';
  if (nonEmpty(model, 'masterauth') || nonEmpty(model, 'masteruser')) return 'replication credentials are set';
  if (model.has('min-replicas-max-lag')) return 'min-replicas-max-lag is set';
  return undefined;
}

export const minReplicasDisabled: Rule = {
  id: 'RCS702',
  name: 'min-replicas-disabled',
  severity: 'info',
  summary: 'A replicated master accepts writes with no replica in sync (min-replicas-to-write 0).',
  appliesTo: ['config'],
  check(model) {
    const hint = replicationHint(model);
    if (!hint) return [];
    const toWrite = model.value('min-replicas-to-write') ?? '0';
    const maxLag = model.value('min-replicas-max-lag') ?? '10';
    if (!INTEGER.test(toWrite) || !INTEGER.test(maxLag)) return [];
    const lagOff = Number(maxLag) === 0;
    if (Number(toWrite) > 0 && !lagOff) return [];
    const toWriteSetting = model.settings.get('min-replicas-to-write');
    const lagSetting = model.settings.get('min-replicas-max-lag');
    const why =
      Number(toWrite) === 0
        ? `min-replicas-to-write is ${toWriteSetting ? '0' : 'not set (0)'}`
        : 'min-replicas-max-lag 0 switches the min-replicas check off';
    const edits = [];
    if (Number(toWrite) === 0) edits.push(setDirective(model, 'min-replicas-to-write', '1', 'REPLICATION'));
    if (lagOff) edits.push(setDirective(model, 'min-replicas-max-lag', '10', 'REPLICATION'));
    return [
      {
        range: (Number(toWrite) === 0 ? toWriteSetting?.range : lagSetting?.range) ?? anchorRange(model),
        message: `${why}, and this node is part of a replicated setup (${hint}): as a master it acknowledges writes even when no replica is connected and in sync, so a failover can drop them and a master cut off from its replicas keeps accepting them. Require at least one replica that lags no more than 10 seconds.`,
        fixes: [
          {
            title: 'Refuse writes without a replica in sync: min-replicas-to-write 1, min-replicas-max-lag 10 (writes fail while every replica is down)',
            edits,
            safe: false,
          },
        ],
      },
    ];
  },
};
