/**
 * ACL rules applied the way `ACLSetUser` / `ACLSetSelector` (src/acl.c) apply them, so that we
 * know which token the server refuses and why. Shared by `user` lines in redis.conf and by ACL
 * files. The state kept is only what decides whether a later rule is an error.
 */
import type { CommandTable } from '../catalog/types';
import { isCSpace } from '../parse/tokenize';
import { commandIn } from '../catalog/commands/commands';

/** The errno values ACLSetUser reports, which pick the server's message. */
export type AclErrno = 'ENOENT' | 'EINVAL' | 'EEXIST' | 'EISDIR' | 'ENODEV' | 'EBADMSG' | 'ECHILD' | 'EALREADY';

export const ACL_ERROR_TEXT: Record<AclErrno, string> = {
  ENOENT: 'Unknown command or category name in ACL',
  EINVAL: 'Syntax error',
  EEXIST:
    "Adding a pattern after the * pattern (or the 'allkeys' flag) is not valid and does not have any effect. Try 'resetkeys' to start with an empty list of patterns",
  EISDIR:
    "Adding a pattern after the * pattern (or the 'allchannels' flag) is not valid and does not have any effect. Try 'resetchannels' to start with an empty list of channels",
  ENODEV: 'The password you are trying to remove from the user does not exist',
  EBADMSG: 'The password hash must be exactly 64 characters and contain only lowercase hexadecimal characters',
  ECHILD: 'Allowing first-arg of a subcommand is not supported',
  EALREADY: 'Duplicate user found. A user can only be defined once in config files',
};

/** What the ACL code of one server version understands. */
export interface AclEnv {
  /** 6.2+: channel patterns, allchannels/resetchannels, (skip-)sanitize-payload. */
  channels: boolean;
  /** 7.0+: selectors, %R~/%W~ key permissions, clearselectors, -cmd|sub. */
  selectors: boolean;
  /** ACL categories (lower case). */
  categories: Set<string>;
  commands: CommandTable;
  /** True when new users start with all channels (acl-pubsub-default allchannels). */
  pubsubDefaultAll: boolean;
}

interface SelectorState {
  allKeys: boolean;
  allChannels: boolean;
}

export interface AclUserState {
  root: SelectorState;
  /** Password hashes (hex) or plaintext markers the user has, to judge `<pw` and `!hash`. */
  passwords: Set<string>;
}

export function newAclUser(env: AclEnv): AclUserState {
  return { root: newSelector(env), passwords: new Set() };
}

function newSelector(env: AclEnv): SelectorState {
  return { allKeys: false, allChannels: env.channels && env.pubsubDefaultAll };
}

/** `ACLStringHasSpaces`: any C whitespace or NUL. */
export function hasSpaces(s: string): boolean {
  for (const ch of s) if (isCSpace(ch) || ch === '\0') return true;
  return false;
}

function eq(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function isValidPasswordHash(hex: string): boolean {
  return /^[0-9a-f]{64}$/.test(hex);
}

/**
 * `lookupCommandBySdsLogic` with strict sub-command matching: "config" or "config|get".
 * Returns 'command', 'subcommand' or undefined.
 */
export function lookupCommand(commands: CommandTable, name: string): 'command' | 'subcommand' | undefined {
  const parts = name.split('|');
  if (parts.length > 2) return undefined;
  const base = commandIn(commands, parts[0]);
  if (!base) return undefined;
  if (parts.length === 1) return 'command';
  if (base.subcommands.length === 0) return undefined;
  return base.subcommands.includes(parts[1].toLowerCase()) ? 'subcommand' : undefined;
}

/** Applies one selector rule (`ACLSetSelector`). */
function applySelectorRule(sel: SelectorState, op: string, env: AclEnv): AclErrno | undefined {
  if (eq(op, 'allkeys') || eq(op, '~*')) {
    sel.allKeys = true;
  } else if (eq(op, 'resetkeys')) {
    sel.allKeys = false;
  } else if (env.channels && (eq(op, 'allchannels') || eq(op, '&*'))) {
    sel.allChannels = true;
  } else if (env.channels && eq(op, 'resetchannels')) {
    sel.allChannels = false;
  } else if (eq(op, 'allcommands') || eq(op, '+@all') || eq(op, 'nocommands') || eq(op, '-@all')) {
    // command bits only; nothing to remember
  } else if (op[0] === '~' || (env.selectors && op[0] === '%')) {
    if (sel.allKeys) return 'EEXIST';
    let offset = 1;
    if (op[0] === '%') {
      let read = false;
      let write = false;
      for (; offset < op.length; offset++) {
        const c = op[offset].toUpperCase();
        if (c === 'R' && !read) read = true;
        else if (c === 'W' && !write) write = true;
        else if (op[offset] === '~') {
          offset++;
          break;
        } else return 'EINVAL';
      }
    }
    if (hasSpaces(op.slice(offset))) return 'EINVAL';
    sel.allKeys = false;
  } else if (env.channels && op[0] === '&') {
    if (sel.allChannels) return 'EISDIR';
    if (hasSpaces(op.slice(1))) return 'EINVAL';
    sel.allChannels = false;
  } else if (op[0] === '+' && op[1] !== '@') {
    return env.selectors ? allowCommand7(op.slice(1), env) : allowCommand6(op.slice(1), env);
  } else if (op[0] === '-' && op[1] !== '@') {
    // 7.0+ understands "-cmd|sub" through the sub-command lookup; 6.x looks the whole text up.
    const found = env.selectors ? lookupCommand(env.commands, op.slice(1)) : commandIn(env.commands, op.slice(1));
    if (!found) return 'ENOENT';
  } else if ((op[0] === '+' || op[0] === '-') && op[1] === '@') {
    if (!env.categories.has(op.slice(2).toLowerCase())) return 'ENOENT';
  } else {
    return 'EINVAL';
  }
  return undefined;
}

/** 7.0+: `+cmd`, `+cmd|sub` (a real sub-command) or `+cmd|first-arg` (commands without subcommands). */
function allowCommand7(spec: string, env: AclEnv): AclErrno | undefined {
  const bar = spec.lastIndexOf('|');
  if (bar < 0) return lookupCommand(env.commands, spec) ? undefined : 'ENOENT';
  const head = spec.slice(0, bar);
  const sub = spec.slice(bar + 1);
  const kind = lookupCommand(env.commands, head);
  if (!kind) return 'ENOENT';
  if (kind === 'subcommand') return 'ECHILD';
  if (sub.length === 0) return 'EINVAL';
  const base = commandIn(env.commands, head)!;
  if (base.subcommands.length > 0 && !lookupCommand(env.commands, spec)) return 'ENOENT';
  return undefined;
}

/** 6.x: `+cmd` or `+cmd|first-arg` for any command. */
function allowCommand6(spec: string, env: AclEnv): AclErrno | undefined {
  const bar = spec.indexOf('|');
  const head = bar < 0 ? spec : spec.slice(0, bar);
  if (!commandIn(env.commands, head)) return 'ENOENT';
  if (bar >= 0 && spec.length === bar + 1) return 'EINVAL';
  return undefined;
}

/** Applies one user rule (`ACLSetUser`). Returns the errno the server would set, if any. */
export function applyAclRule(user: AclUserState, op: string, env: AclEnv): AclErrno | undefined {
  if (op.length === 0) return undefined; // an empty rule is a no-op
  if (eq(op, 'on') || eq(op, 'off')) return undefined;
  if (env.channels && (eq(op, 'skip-sanitize-payload') || eq(op, 'sanitize-payload'))) return undefined;
  if (eq(op, 'nopass') || eq(op, 'resetpass')) {
    user.passwords.clear();
    return undefined;
  }
  if (op[0] === '>' || op[0] === '#') {
    if (op[0] === '#' && !isValidPasswordHash(op.slice(1))) return 'EBADMSG';
    user.passwords.add(op[0] === '>' ? 'plain:' + op.slice(1) : 'hash:' + op.slice(1));
    return undefined;
  }
  if (op[0] === '<' || op[0] === '!') {
    if (op[0] === '!' && !isValidPasswordHash(op.slice(1))) return 'EBADMSG';
    const key = op[0] === '<' ? 'plain:' + op.slice(1) : 'hash:' + op.slice(1);
    // A hash and the plaintext it came from are the same password; we cannot hash here
    // synchronously without crypto, so we only know about exact matches.
    if (!user.passwords.delete(key)) return 'ENODEV';
    return undefined;
  }
  if (env.selectors && op[0] === '(' && op[op.length - 1] === ')') {
    const sel = newSelector(env);
    const inner = splitSelector(op);
    for (const rule of inner) {
      const err = applySelectorRule(sel, rule, env);
      if (err) return err;
    }
    return undefined;
  }
  if (env.selectors && eq(op, 'clearselectors')) return undefined;
  if (eq(op, 'reset')) {
    user.passwords.clear();
    user.root = newSelector(env);
    return undefined;
  }
  return applySelectorRule(user.root, op, env);
}

/** The rules inside `( ... )`, split like `sdssplitargs` would (quotes are rare here). */
export function splitSelector(op: string): string[] {
  return op
    .slice(1, -1)
    .split(/[ \t\n\r\v\f]+/)
    .filter((s) => s.length > 0);
}

export interface MergedRule {
  /** The rule text after selector merging. */
  text: string;
  /** Indexes of the source tokens it came from. */
  first: number;
  last: number;
}

/**
 * `ACLMergeSelectorArguments` (7.0+): a token that starts with `(` but does not end with `)` opens a
 * selector that runs to the first token ending in `)`. Returns undefined with the index of the
 * opening token when the parenthesis is never closed.
 */
export function mergeSelectorArguments(tokens: string[]): { rules: MergedRule[] } | { unmatchedAt: number } {
  const rules: MergedRule[] = [];
  let open = -1;
  let text = '';
  tokens.forEach((tok, i) => {
    if (tok.length === 0) return;
    // Checked before anything else, like the C code: a second "(" restarts the selector.
    if (tok[0] === '(' && tok[tok.length - 1] !== ')') {
      open = i;
      text = tok;
      return;
    }
    if (open >= 0) {
      text += ' ' + tok;
      if (tok[tok.length - 1] === ')') {
        rules.push({ text, first: open, last: i });
        open = -1;
      }
      return;
    }
    rules.push({ text: tok, first: i, last: i });
  });
  if (open >= 0) return { unmatchedAt: open };
  return { rules };
}
