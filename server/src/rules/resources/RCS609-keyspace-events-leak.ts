/**
 * RCS609 keyspace-events-leak — `notify-keyspace-events` publishes the name of every key touched
 * to `__keyspace@*` / `__keyevent@*` channels. Anyone allowed to subscribe there learns key names,
 * even keys outside the patterns the ACL lets them read, and every write costs extra CPU.
 */
import type { Rule, RuleSeverity } from '../types';
import { replaceValues } from '../edits';
import type { UserModel } from '../model';
import { activeUsers, permissionSets } from '../acl/aclUsers';

export const keyspaceEventsLeak: Rule = {
  id: 'RCS609',
  name: 'keyspace-events-leak',
  severity: 'info',
  summary: 'Keyspace notifications are on: key names are broadcast to subscribers.',
  appliesTo: ['config'],
  check(model, ctx) {
    const setting = model.settings.get('notify-keyspace-events');
    const flags = setting?.values.join('') ?? '';
    // Without K (keyspace) or E (keyevent) no channel is chosen and nothing is published.
    if (!setting?.range || !setting.directive || !/[KE]/.test(flags)) return [];
    // The leak is real for a user who may subscribe everywhere but may not read every key.
    const channelsExist = model.catalog.acl.prefixes.includes('&');
    const leaky = (u: UserModel) =>
      u.effective.enabled && !ctx.adminUsers.has(u.name) && permissionSets(u.effective).some((s) => (s.allChannels || !channelsExist) && !s.allKeys);
    const leakTo = activeUsers(model).filter(leaky).map((u) => u.name);
    const severity: RuleSeverity | undefined = leakTo.length ? 'warning' : undefined;
    const who = leakTo.length
      ? ` ${leakTo.length > 1 ? 'Users' : 'User'} ${leakTo.map((n) => `"${n}"`).join(', ')} may subscribe to every channel while only allowed some keys, so ${leakTo.length > 1 ? 'they' : 'it'} would see names of keys ${leakTo.length > 1 ? 'they' : 'it'} cannot read.`
      : '';
    return [
      {
        range: setting.range,
        message: `notify-keyspace-events ${flags} publishes the names of changed keys to every subscriber of the keyspace channels and adds work to each write.${who} Turn it off if nothing consumes these events, or deny the __keyspace@ and __keyevent@ channels to users that do not need them.`,
        severity,
        fixes: [{ title: 'Turn keyspace notifications off: notify-keyspace-events "" (consumers of these events stop receiving them)', edits: [replaceValues(setting.directive, '""')], safe: false }],
      },
    ];
  },
};
