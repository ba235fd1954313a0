/**
 * The "generate a strong password" fixes of RCS101 and RCS102. The language server never makes or
 * sees the secret: a fix carries no edits, only the client command and where the line goes; the
 * client generates the secret, writes the line (fixes/password.ts) and shows the secret once.
 */
import { evaluateUser } from '../aclEval';
import { GENERATE_PASSWORD_COMMAND, PasswordFixArgs, PasswordMode } from '../../fixes/password';
import type { SecurityModel, UserModel } from '../model';
import type { Fix } from '../types';

export const ACL_DEFAULT_TITLE = 'Generate a strong password as `user default on #<sha256> ...` (only its hash goes into the file; the password is shown once)';
export const REQUIREPASS_TITLE = 'Generate a strong password as requirepass';

/** Whether the target knows channel rules (`&*`): Redis 6.2 and later. */
export function channelsSupported(model: SecurityModel): boolean {
  return model.catalog.acl.prefixes.includes('&');
}

export function passwordFix(model: SecurityModel, mode: PasswordMode, line: number): Fix {
  const args: PasswordFixArgs = { mode, line, channels: channelsSupported(model) };
  return {
    title: mode === 'acl-default' ? ACL_DEFAULT_TITLE : REQUIREPASS_TITLE,
    edits: [],
    preferred: mode === 'acl-default',
    command: { id: GENERATE_PASSWORD_COMMAND, arguments: [args] },
  };
}

/** Rules that only say something about passwords. */
function isPasswordRule(rule: string): boolean {
  const r = rule.toLowerCase();
  return r === 'nopass' || r === 'resetpass' || (rule.length > 0 && '><#!'.includes(rule[0]));
}

/**
 * Whether a `user default` line grants exactly what the generated line
 * (`user default on #<sha> ~* &* +@all`) grants, so replacing it changes nothing but the password.
 */
export function replaceableDefaultLine(model: SecurityModel, user: UserModel): boolean {
  if (user.name !== 'default' || !user.range) return false;
  const opts = { commands: model.commands, pubsubDefaultAll: (model.value('acl-pubsub-default') ?? '').toLowerCase() === 'allchannels' };
  const texts = user.rules.map((r) => r.text).filter((t) => !isPasswordRule(t));
  const start = model.kind === 'config' ? ['reset'] : [];
  const mine = evaluateUser([...start, ...texts], opts);
  const generated = evaluateUser([...start, 'on', '~*', ...(channelsSupported(model) ? ['&*'] : []), '+@all'], opts);
  const same = (a: typeof mine.root, b: typeof mine.root) =>
    a.allKeys === b.allKeys &&
    a.keyPatterns.length === b.keyPatterns.length &&
    a.allChannels === b.allChannels &&
    a.channelPatterns.length === b.channelPatterns.length &&
    a.allCommands === b.allCommands &&
    a.allowed.size === b.allowed.size;
  return mine.enabled === generated.enabled && mine.selectors.length === 0 && !mine.skipSanitizePayload && same(mine.root, generated.root);
}
