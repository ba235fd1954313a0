/**
 * RCS306 rename-command-replication-hazard — a renamed or disabled command that ends up in the AOF
 * or the replication stream. Commands are logged under the name the client used, and the server
 * itself writes some (DEL, PEXPIREAT, MULTI/EXEC, SELECT, an AOF rewrite's SET/RPUSH/...) under
 * their real names, so an old AOF or a node that renames differently fails to load or apply them.
 */
import { lineRange, SecurityModel } from '../model';
import type { Rule } from '../types';
import { renameToAclFix } from './renameToAcl';

/** Propagated besides the write commands: transactions, database switches, scripts, Pub/Sub. */
const PROPAGATED = new Set(['multi', 'exec', 'select', 'eval', 'evalsha', 'script', 'function', 'publish']);

function propagated(model: SecurityModel, cmd: string): boolean {
  const spec = Object.prototype.hasOwnProperty.call(model.commands.commands, cmd) ? model.commands.commands[cmd] : undefined;
  return PROPAGATED.has(cmd) || !!spec?.categories.includes('write');
}

/** Why commands leave this node: AOF, replicas, cluster. */
function channels(model: SecurityModel): string[] {
  const out: string[] = [];
  if ((model.value('appendonly') ?? 'no').toLowerCase() === 'yes') out.push('appendonly is on');
  if (model.has('replicaof')) out.push('this server is a replica');
  if ((model.value('cluster-enabled') ?? 'no').toLowerCase() === 'yes') out.push('cluster mode is on');
  if (Number(model.value('min-replicas-to-write') ?? '0') > 0) out.push('min-replicas-to-write expects replicas');
  return out;
}

export const renameCommandReplicationHazard: Rule = {
  id: 'RCS306',
  name: 'rename-command-replication-hazard',
  severity: 'warning',
  summary: 'A renamed command is written to the AOF or sent to replicas, which must rename it the same way.',
  appliesTo: ['config'],
  check(model) {
    const why = channels(model);
    if (!why.length) return [];
    return model.renames
      .filter((r) => r.directive && propagated(model, r.command))
      .map((r) => {
        const name = r.command.toUpperCase();
        const fix = renameToAclFix(model, r);
        const effect =
          r.newName === ''
            ? `${name} is disabled, but it can still arrive under its real name (from an AOF written before, from a master, or written by the server itself), and then AOF loading stops and the replica rejects it`
            : `${name} is logged and replicated under its new name, so every replica and every future config must rename it the same way, while the server still writes some commands under their real names`;
        return {
          range: lineRange(r.directive!),
          message: `${effect} (${why.join(', ')}). Restrict the command with ACL rules instead, which leave the AOF and replication alone.`,
          fixes: fix ? [fix] : [],
        };
      });
  },
};
