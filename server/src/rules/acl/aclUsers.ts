/**
 * Shared helpers of the ACL rules: which users the server ends up with, who counts as an admin,
 * where a finding about a user goes, and token-level edits on a user's rules (append a rule,
 * remove one, read the text exactly as written).
 */
import type { Range, TextEdit } from 'vscode-languageserver-types';
import { AclEvalOptions, canRun, EffectiveUser, PermissionSet } from '../aclEval';
import { anchorRange } from '../edits';
import type { RuleToken, SecurityModel, UserModel } from '../model';
import type { RuleContext } from '../types';
import type { CommandList } from './dangerousCommands';

/** The last definition of each user name (an earlier line is replaced, or refused by RCV023). */
export function activeUsers(model: SecurityModel): UserModel[] {
  const last = new Map<string, UserModel>();
  for (const u of model.users) last.set(u.name, u);
  return [...last.values()];
}

/** Users written in the file (not the implicit default user a config gets without user lines). */
export function declaredUsers(model: SecurityModel): UserModel[] {
  return activeUsers(model).filter((u) => u.source !== 'implicit');
}

export function isAdmin(ctx: RuleContext, user: UserModel): boolean {
  return ctx.adminUsers.has(user.name);
}

/**
 * The application users whose rights the permission rules (RCS204, RCS205, RCS610) judge: declared,
 * enabled, not an admin, and not `default` (whose dangerous commands RCS309 reports).
 */
export function applicationUsers(model: SecurityModel, ctx: RuleContext): UserModel[] {
  return declaredUsers(model).filter((u) => u.name !== 'default' && u.effective.enabled && !isAdmin(ctx, u));
}

/** The options evaluateUser needs for this model (new users' channel default). */
export function evalOptions(model: SecurityModel): AclEvalOptions {
  return { commands: model.commands, pubsubDefaultAll: (model.value('acl-pubsub-default') ?? '').toLowerCase() === 'allchannels' };
}

/** Whether the target knows channel rules (`&`, allchannels, resetchannels): Redis 6.2 and later. */
export function channelsSupported(model: SecurityModel): boolean {
  return model.catalog.acl.prefixes.includes('&');
}

/** Redis 6.0 has no channel permissions at all: every user reaches every channel. */
export function hasAllChannels(model: SecurityModel, set: PermissionSet): boolean {
  return set.allChannels || !channelsSupported(model);
}

/** Root rules and selectors of a user, each as a permission set. */
export function permissionSets(user: EffectiveUser): PermissionSet[] {
  return [user.root, ...user.selectors];
}

/** The last rule whose lower-case text is one of `words`. */
export function lastRule(user: UserModel, ...words: string[]): RuleToken | undefined {
  for (let i = user.rules.length - 1; i >= 0; i--) if (words.includes(user.rules[i].text.toLowerCase())) return user.rules[i];
  return undefined;
}

/** Where a finding about a user goes: one of its rules, else its line, else the top of the file. */
export function userRange(model: SecurityModel, user: UserModel, token?: RuleToken): Range {
  return token?.range ?? user.nameRange ?? user.range ?? anchorRange(model);
}

/** `"alice"` for messages. */
export function who(user: UserModel): string {
  return user.name === 'default' ? 'The default user' : `User "${user.name}"`;
}

/** The source text of a range (a rule as written, quotes included). */
export function textAt(model: SecurityModel, range: Range): string {
  const lines = model.text.split('\n');
  if (range.start.line !== range.end.line) return '';
  return (lines[range.start.line] ?? '').slice(range.start.character, range.end.character);
}

/** Inserts ` rule` after the user's last rule (or its name). Undefined when the user has no ranges. */
export function appendRule(user: UserModel, rule: string): TextEdit | undefined {
  const end = user.rules.length ? user.rules[user.rules.length - 1].range?.end : user.nameRange?.end;
  if (!end) return undefined;
  return { range: { start: end, end }, newText: ' ' + rule };
}

/** Removes a rule together with the blank in front of it. */
export function removeRule(user: UserModel, token: RuleToken): TextEdit | undefined {
  const i = user.rules.indexOf(token);
  const before = i > 0 ? user.rules[i - 1].range?.end : user.nameRange?.end;
  if (!before || !token.range) return undefined;
  return { range: { start: before, end: token.range.end }, newText: '' };
}

export function replaceRule(token: RuleToken, text: string): TextEdit | undefined {
  return token.range ? { range: token.range, newText: text } : undefined;
}

/** "A, B, C and 4 more". */
export function listSome(items: string[], max = 5): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

/**
 * Command forms a user can run out of a list: `[command, subcommands?]`. For a command with
 * subcommands (7.0+ tables) only the listed subcommands count, or all but HELP when none are
 * listed; 6.x tables have no subcommands, so the whole command or a first-argument grant
 * (`+config|get`) counts.
 */
export function grantedForms(user: EffectiveUser, model: SecurityModel, list: CommandList): string[] {
  const out: string[] = [];
  for (const [cmd, subs] of list) {
    const spec = model.commands.commands[cmd];
    if (!spec || !Object.prototype.hasOwnProperty.call(model.commands.commands, cmd)) continue;
    const name = cmd.toUpperCase();
    if (spec.subcommands.length) {
      const wanted = (subs ?? spec.subcommands.filter((s) => s !== 'help')).filter((s) => spec.subcommands.includes(s));
      const got = wanted.filter((s) => canRun(user, cmd, s));
      if (got.length && got.length === wanted.length && !subs) out.push(name);
      else out.push(...got.map((s) => `${name} ${s.toUpperCase()}`));
    } else if (canRun(user, cmd)) {
      out.push(name);
    } else {
      // 6.x first-argument grants such as +config|get.
      const firstArgs = new Set(permissionSets(user).flatMap((set) => [...set.allowed].filter((k) => k.startsWith(cmd + '|')).map((k) => k.slice(cmd.length + 1))));
      const got = [...firstArgs].filter((a) => !subs || subs.includes(a)).sort();
      out.push(...got.map((a) => `${name} ${a.toUpperCase()}`));
    }
  }
  return out;
}

/** Whether some selector of the user (not only its root rules) grants a command of the list. */
export function selectorGrants(user: EffectiveUser, model: SecurityModel, list: CommandList): boolean {
  return user.selectors.some((sel) => grantedForms({ ...user, root: sel, selectors: [] }, model, list).length > 0);
}
