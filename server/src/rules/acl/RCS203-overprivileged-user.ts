/**
 * RCS203 overprivileged-user — a user that is not an admin holds every command (`+@all`), every
 * key (`~*`) and every channel (`&*`). Such a user can reconfigure, wipe or take over the server,
 * and `+@all` also grants commands that modules add later. Least privilege keeps a leaked
 * application password from becoming a full compromise.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { PermissionSet } from '../aclEval';
import type { SecurityModel, UserModel } from '../model';
import type { Fix, Rule } from '../types';
import { appendRule, channelsSupported, declaredUsers, hasAllChannels, isAdmin, lastRule, permissionSets, replaceRule, userRange, who } from './aclUsers';

/** What a data-only application user usually needs instead of everything. */
const DATA_COMMANDS = '+@read +@write -@dangerous';

export function isOverprivileged(model: SecurityModel, set: PermissionSet): boolean {
  return set.allCommands && set.allKeys && hasAllChannels(model, set);
}

function restrictFix(model: SecurityModel, user: UserModel): Fix | undefined {
  if (!isOverprivileged(model, user.effective.root)) return undefined;
  const grant = lastRule(user, '+@all', 'allcommands');
  if (!grant) return undefined;
  const channels = channelsSupported(model) ? lastRule(user, '&*', 'allchannels') : undefined;
  // No &* to replace (6.2's allchannels default): resetchannels goes at the end, merged into the
  // grant's edit when that is the last rule so that no two edits touch.
  const appendChannels = channelsSupported(model) && !channels;
  const grantIsLast = grant === user.rules[user.rules.length - 1];
  const commands = replaceRule(grant, appendChannels && grantIsLast ? `${DATA_COMMANDS} resetchannels` : DATA_COMMANDS);
  if (!commands) return undefined;
  const edits: TextEdit[] = [commands];
  if (channels || (appendChannels && !grantIsLast)) {
    const channelEdit = channels ? replaceRule(channels, 'resetchannels') : appendRule(user, 'resetchannels');
    if (!channelEdit) return undefined;
    edits.push(channelEdit);
  }
  const title = channelsSupported(model) ? `Limit to data commands (${DATA_COMMANDS}) and no channels` : `Limit to data commands (${DATA_COMMANDS})`;
  return { title, edits, safe: false };
}

/**
 * A `user default` line that keeps the built-in rights but requires a password is what `requirepass`
 * makes of the implicit default user; both are judged alike, by RCS309 (dangerous commands) and not
 * here, so that writing the password as an ACL hash (the preferred quick fix) is not worse than
 * `requirepass`.
 */
function isPasswordDefault(user: UserModel): boolean {
  const e = user.effective;
  return user.name === 'default' && !e.nopass && e.plainPasswords.length + e.hashes.length > 0;
}

export const overprivilegedUser: Rule = {
  id: 'RCS203',
  name: 'overprivileged-user',
  severity: 'warning',
  summary: 'A user that is not an admin may run every command on every key and channel.',
  appliesTo: ['config', 'acl'],
  check(model, ctx) {
    return declaredUsers(model)
      .filter((u) => u.effective.enabled && !isAdmin(ctx, u) && !isPasswordDefault(u) && permissionSets(u.effective).some((s) => isOverprivileged(model, s)))
      .map((user) => {
        const fix = restrictFix(model, user);
        const isDefault = user.name === 'default';
        const why = isDefault ? ' Every client that does not log in as a named user gets all of it.' : '';
        return {
          range: userRange(model, user, lastRule(user, '+@all', 'allcommands')),
          message: `${who(user)} may run every command (+@all) on every key and channel, including CONFIG, MODULE and FLUSHALL, and any command a module adds later.${why} Grant only what it needs (e.g. ${DATA_COMMANDS} ~app:*), or add it to the admin users setting if it is meant to be an admin.`,
          severity: isDefault ? ('error' as const) : undefined,
          fixes: fix ? [fix] : [],
        };
      });
  },
};
