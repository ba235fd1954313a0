/**
 * RCS309 dangerous-commands-unprotected — the default user, which every client uses unless told
 * otherwise, may run FLUSHALL, CONFIG, KEYS, MIGRATE, REPLICAOF... with nothing (ACL rule, rename,
 * 7.0 switch) in the way. One such command wipes the data, writes files on the host or copies the
 * data elsewhere. Non-default users are RCS204's business.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import { anchorRange, insertionLine, insertLinesAfter } from '../edits';
import type { SecurityModel } from '../model';
import type { Finding, Fix, Rule } from '../types';
import { canLogIn, DANGEROUS_DEFAULT_COMMANDS, denyDangerousToDefault, MENTIONED_COMMANDS, unprotected } from './commandAccess';

const RENAME_TITLE = 'Disable dangerous commands with rename-command (breaks AOF replay/replicas unless every node renames alike)';

/**
 * `rename-command X ""` for each open command, after the file's last rename (or where security
 * settings go). Not offered in cluster mode: resharding needs MIGRATE and every node must agree.
 */
function renameFix(model: SecurityModel, open: string[]): Fix | undefined {
  if (model.kind !== 'config' || (model.value('cluster-enabled') ?? 'no').toLowerCase() === 'yes' || !open.length) return undefined;
  const last = model.renames.filter((r) => r.directive).pop()?.directive;
  const after = last ? last.line : insertionLine(model);
  const lines = open.map((c) => `rename-command ${c} ""`);
  const edits: TextEdit[] = [insertLinesAfter(model, after, lines)];
  return { title: RENAME_TITLE, edits, safe: false };
}

/** What the open commands allow, for the message. */
function effects(open: string[]): string {
  const has = (...names: string[]) => names.some((n) => open.includes(n));
  const out: string[] = [];
  if (has('FLUSHALL', 'FLUSHDB')) out.push('wipe the data');
  if (has('CONFIG')) out.push('write files on the host through CONFIG SET');
  if (has('SLAVEOF', 'REPLICAOF', 'MIGRATE')) out.push('copy the data to another server');
  if (has('DEBUG', 'MODULE')) out.push('crash the server or load native code into it');
  if (has('KEYS')) out.push('block the server with KEYS on a large data set');
  return out.length > 1 ? `${out.slice(0, -1).join(', ')} or ${out[out.length - 1]}` : out[0];
}

function aclFix(model: SecurityModel): Fix | undefined {
  const plan = denyDangerousToDefault(model);
  if (!plan) return undefined;
  return { title: 'Deny dangerous commands to the default user with ACL: -@dangerous (the modern alternative)', edits: plan.edits, safe: false, preferred: true };
}

export const dangerousCommandsUnprotected: Rule = {
  id: 'RCS309',
  name: 'dangerous-commands-unprotected',
  severity: 'warning',
  summary: 'The default user may run FLUSHALL, CONFIG, KEYS, MIGRATE... with no ACL rule or rename in the way.',
  appliesTo: ['config', 'acl'],
  check(model, ctx) {
    if (model.kind === 'config' && model.settings.get('aclfile')?.values[0]) return []; // judged in the ACL file
    const def = model.defaultUser();
    if (!def || !canLogIn(def.effective)) return [];
    const open = unprotected(model, def.effective, DANGEROUS_DEFAULT_COMMANDS);
    if (!open.length) return [];
    const also = unprotected(model, def.effective, MENTIONED_COMMANDS);
    const e = ctx.exposure;
    const bump = model.kind === 'config' && e.beyondLoopback && (e.defaultUserOpen || !e.protectedMode);
    const noPass = def.effective.nopass ? ', which needs no password,' : '';
    const where = bump ? ` This instance listens beyond loopback${e.defaultUserOpen ? ' and the default user needs no password' : ' with protected mode off'}.` : '';
    const renames = model.kind === 'acl' ? ' (unless redis.conf renames them)' : '';
    const extra = also.length ? ` It may also run ${also.join(', ')}; deny those too if no client needs them.` : '';
    const fixes = [aclFix(model), renameFix(model, open)].filter((f): f is Fix => !!f);
    const finding: Finding = {
      range: def.range ?? anchorRange(model),
      message: `The default user${noPass} may run ${open.join(', ')}${renames}: enough to ${effects(open)}.${where}${extra} Deny them with an ACL rule (-@dangerous) and keep them for an admin user.`,
      severity: bump ? 'error' : undefined,
      fixes,
    };
    return [finding];
  },
};
