/**
 * What a user may do once all its rules are applied, left to right, the way ACLSetUser applies
 * them: enabled or not, passwords, key and channel access, and the commands it can run (root
 * permissions or any selector). Used by the security rules; the validity checks live in
 * validate/aclRules.ts.
 */
import type { CommandTable } from '../catalog/types';
import { splitSelector } from '../validate/aclRules';
import { commandIn } from '../catalog/commands/commands';

export interface PermissionSet {
  allKeys: boolean;
  keyPatterns: string[];
  allChannels: boolean;
  channelPatterns: string[];
  /** Allowed "cmd" and "cmd|sub" keys (lower case). */
  allowed: Set<string>;
  /** `+@all` / `allcommands` was the last word on commands: future (module) commands too. */
  allCommands: boolean;
}

export interface EffectiveUser {
  enabled: boolean;
  nopass: boolean;
  plainPasswords: string[];
  hashes: string[];
  root: PermissionSet;
  selectors: PermissionSet[];
  skipSanitizePayload: boolean;
}

export interface AclEvalOptions {
  commands: CommandTable;
  /** New users and `reset` start with all channels (acl-pubsub-default allchannels). */
  pubsubDefaultAll: boolean;
}

function emptySet(opts: AclEvalOptions): PermissionSet {
  return { allKeys: false, keyPatterns: [], allChannels: opts.pubsubDefaultAll, channelPatterns: [], allowed: new Set(), allCommands: false };
}

/** Every "cmd" and "cmd|sub" key of the table. */
function allKeysOf(commands: CommandTable): string[] {
  const keys: string[] = [];
  for (const [name, spec] of Object.entries(commands.commands)) {
    keys.push(name);
    for (const sub of spec.subcommands) keys.push(`${name}|${sub}`);
  }
  return keys;
}

/** Keys a command rule touches: the command and all its subcommands, or one subcommand. */
function keysFor(commands: CommandTable, spec: string): string[] {
  const [name, sub] = spec.toLowerCase().split('|');
  const cmd = commandIn(commands, name);
  if (!cmd) return [];
  if (sub !== undefined) return [`${name}|${sub}`];
  return [name, ...cmd.subcommands.map((s) => `${name}|${s}`)];
}

function keysInCategory(commands: CommandTable, category: string): string[] {
  const keys: string[] = [];
  for (const [name, spec] of Object.entries(commands.commands)) {
    if (!spec.categories.includes(category)) continue;
    keys.push(name, ...spec.subcommands.map((s) => `${name}|${s}`));
  }
  return keys;
}

function applyToSet(set: PermissionSet, rule: string, opts: AclEvalOptions): void {
  const r = rule.toLowerCase();
  if (r === 'allkeys' || r === '~*') {
    set.allKeys = true;
    set.keyPatterns = [];
  } else if (r === 'resetkeys') {
    set.allKeys = false;
    set.keyPatterns = [];
  } else if (r === 'allchannels' || r === '&*') {
    set.allChannels = true;
    set.channelPatterns = [];
  } else if (r === 'resetchannels') {
    set.allChannels = false;
    set.channelPatterns = [];
  } else if (r === 'allcommands' || r === '+@all') {
    set.allowed = new Set(allKeysOf(opts.commands));
    set.allCommands = true;
  } else if (r === 'nocommands' || r === '-@all') {
    set.allowed = new Set();
    set.allCommands = false;
  } else if (rule[0] === '~' || rule[0] === '%') {
    set.keyPatterns.push(rule.slice(rule.indexOf('~') + 1));
  } else if (rule[0] === '&') {
    set.channelPatterns.push(rule.slice(1));
  } else if (rule.startsWith('+@') || rule.startsWith('-@')) {
    const keys = keysInCategory(opts.commands, r.slice(2));
    for (const k of keys) rule[0] === '+' ? set.allowed.add(k) : set.allowed.delete(k);
    if (rule[0] === '-') set.allCommands = false;
  } else if (rule[0] === '+' || rule[0] === '-') {
    const keys = keysFor(opts.commands, rule.slice(1));
    for (const k of keys) rule[0] === '+' ? set.allowed.add(k) : set.allowed.delete(k);
    if (rule[0] === '-') set.allCommands = false;
  }
}

/** Applies rules (already merged: a selector is one rule "(...)") to a fresh user. */
export function evaluateUser(rules: string[], opts: AclEvalOptions, start?: EffectiveUser): EffectiveUser {
  const u: EffectiveUser = start ?? { enabled: false, nopass: false, plainPasswords: [], hashes: [], root: emptySet(opts), selectors: [], skipSanitizePayload: false };
  for (const rule of rules) {
    const r = rule.toLowerCase();
    if (r === '') continue;
    if (r === 'on') u.enabled = true;
    else if (r === 'off') u.enabled = false;
    else if (r === 'nopass') {
      u.nopass = true;
      u.plainPasswords = [];
      u.hashes = [];
    } else if (r === 'resetpass') {
      u.nopass = false;
      u.plainPasswords = [];
      u.hashes = [];
    } else if (rule[0] === '>') {
      u.plainPasswords.push(rule.slice(1));
      u.nopass = false;
    } else if (rule[0] === '#') {
      u.hashes.push(rule.slice(1));
      u.nopass = false;
    } else if (rule[0] === '<') {
      u.plainPasswords = u.plainPasswords.filter((p) => p !== rule.slice(1));
    } else if (rule[0] === '!') {
      u.hashes = u.hashes.filter((h) => h !== rule.slice(1));
    } else if (r === 'skip-sanitize-payload') u.skipSanitizePayload = true;
    else if (r === 'sanitize-payload') u.skipSanitizePayload = false;
    else if (r === 'clearselectors') u.selectors = [];
    else if (r === 'reset') {
      u.enabled = false;
      u.nopass = false;
      u.plainPasswords = [];
      u.hashes = [];
      u.root = emptySet(opts);
      u.selectors = [];
      u.skipSanitizePayload = false;
    } else if (rule[0] === '(' && rule.endsWith(')')) {
      const sel = emptySet(opts);
      for (const inner of splitSelector(rule)) applyToSet(sel, inner, opts);
      u.selectors.push(sel);
    } else applyToSet(u.root, rule, opts);
  }
  return u;
}

/** The implicit default user: `on nopass ~* &* +@all`, or with `requirepass` a password instead. */
export function implicitDefaultRules(requirepass: string | undefined): string[] {
  return ['on', requirepass ? `>${requirepass}` : 'nopass', '~*', '&*', '+@all'];
}

/** Whether the user may run `command` (optionally one subcommand) through its root or a selector. */
export function canRun(user: EffectiveUser, command: string, sub?: string): boolean {
  const key = sub ? `${command}|${sub}`.toLowerCase() : command.toLowerCase();
  return [user.root, ...user.selectors].some((s) => s.allowed.has(key));
}

/** True when the user can log in without knowing a password. */
export function loginWithoutPassword(user: EffectiveUser): boolean {
  return user.enabled && user.nopass;
}
