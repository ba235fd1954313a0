/**
 * Shared helpers of the command-hardening rules: which commands a user can really run once ACL
 * rules, rename-command and the 7.0 enable-*-command switches are taken into account, and the
 * ACL edits that take dangerous commands away from the default user without touching its password.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import { EffectiveUser, evaluateUser } from '../aclEval';
import { insertionLine, insertLinesAfter } from '../edits';
import type { SecurityModel, UserModel } from '../model';

/** The commands RCS309 asks to protect: each wipes data, rewrites files, loads code or copies data out. */
export const DANGEROUS_DEFAULT_COMMANDS = ['flushall', 'flushdb', 'keys', 'config', 'debug', 'module', 'slaveof', 'replicaof', 'migrate'];

/** Commands named in messages when reachable, but not asked for: services and clients rely on them. */
export const MENTIONED_COMMANDS = ['shutdown', 'eval', 'script'];

/** The switch that blocks a protected command on 7.0+ (`no` everywhere, `local` for remote clients). */
const SWITCHES: Record<string, string> = { debug: 'enable-debug-command', module: 'enable-module-command' };

function hasCommand(model: SecurityModel, cmd: string): boolean {
  return Object.prototype.hasOwnProperty.call(model.commands.commands, cmd);
}

export function renameOf(model: SecurityModel, cmd: string) {
  return model.renames.find((r) => r.command === cmd);
}

/** Whether ACL rules let the user run the command, or a subcommand or first argument of it (HELP aside). */
export function aclAllows(user: EffectiveUser, cmd: string): boolean {
  return [user.root, ...user.selectors].some((set) => {
    for (const key of set.allowed) if (key === cmd || (key.startsWith(cmd + '|') && key !== `${cmd}|help`)) return true;
    return false;
  });
}

/** The target has the switch and it is at `no` or `local` (its default is `no`). */
export function blockedBySwitch(model: SecurityModel, cmd: string): boolean {
  const name = SWITCHES[cmd];
  if (!name || !model.catalog.directives[name]) return false;
  return (model.value(name) ?? 'no').toLowerCase() !== 'yes';
}

/** Upper-case names of the commands of `list` the user can run under their own name. */
export function unprotected(model: SecurityModel, user: EffectiveUser, list: string[]): string[] {
  return list.filter((cmd) => hasCommand(model, cmd) && !renameOf(model, cmd) && !blockedBySwitch(model, cmd) && aclAllows(user, cmd)).map((c) => c.toUpperCase());
}

/** The user can be logged into at all: on, and with nopass or some password. */
export function canLogIn(user: EffectiveUser): boolean {
  return user.enabled && (user.nopass || user.plainPasswords.length > 0 || user.hashes.length > 0);
}

/** The last definition of each user name (including the implicit default user). */
export function activeUsers(model: SecurityModel): UserModel[] {
  const last = new Map<string, UserModel>();
  for (const u of model.users) last.set(u.name, u);
  return [...last.values()];
}

function evalOptions(model: SecurityModel) {
  return { commands: model.commands, pubsubDefaultAll: (model.value('acl-pubsub-default') ?? '').toLowerCase() === 'allchannels' };
}

/** The user's rights after appending rules to its line. */
export function withRules(model: SecurityModel, user: UserModel, extra: string[]): EffectiveUser {
  const start = model.kind !== 'acl' && user.name === 'default' && user.source === 'config' ? ['reset'] : [];
  return evaluateUser([...start, ...user.rules.map((r) => r.text), ...extra], evalOptions(model));
}

/** ` rule` after the user's last rule (or its name); undefined when the user has no line. */
export function appendRule(user: UserModel, rule: string): TextEdit | undefined {
  const end = user.rules.length ? user.rules[user.rules.length - 1].range?.end : user.nameRange?.end;
  return end ? { range: { start: end, end }, newText: ' ' + rule } : undefined;
}

/** What the built-in default user grants, written out, plus extra rules. */
export function explicitDefaultLine(model: SecurityModel, extra: string[]): string {
  const channels = model.catalog.acl.prefixes.includes('&') ? ' &*' : '';
  return `user default on nopass ~*${channels} +@all ${extra.join(' ')}`.trimEnd();
}

export interface AclEditPlan {
  edits: TextEdit[];
  /** Users whose line gets the rule. */
  users: string[];
}

/**
 * Appends `-@dangerous` to the default user, when that keeps its password and really removes the
 * commands. A `user default` line resets the default user, so with an implicit default user
 * protected by requirepass no line can be added without writing the secret: no plan then.
 */
export function denyDangerousToDefault(model: SecurityModel): AclEditPlan | undefined {
  if (model.kind === 'config' && model.settings.get('aclfile')?.values[0]) return undefined;
  const def = model.defaultUser();
  if (!def) return undefined;
  if (def.source === 'implicit') {
    if (model.kind !== 'config' || !def.effective.nopass) return undefined;
    const line = explicitDefaultLine(model, ['-@dangerous']);
    return { edits: [insertLinesAfter(model, insertionLine(model), [line])], users: ['default'] };
  }
  const edit = appendRule(def, '-@dangerous');
  if (!edit || unprotected(model, withRules(model, def, ['-@dangerous']), DANGEROUS_DEFAULT_COMMANDS).length) return undefined;
  return { edits: [edit], users: ['default'] };
}
