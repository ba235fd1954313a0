/**
 * RCS213 acl-pubsub-allchannels — users that reach every Pub/Sub channel: through
 * `acl-pubsub-default allchannels` (the default of Redis 6.2 for every new user) or through an
 * explicit `&*` / `allchannels`. Channels often carry events or keyspace notifications that an
 * application user should not read or forge.
 */
import { canRun, EffectiveUser } from '../aclEval';
import { anchorRange, setDirective } from '../edits';
import type { SecurityModel } from '../model';
import type { Finding, Rule } from '../types';
import { channelsSupported, declaredUsers, isAdmin, lastRule, replaceRule, who } from './aclUsers';
import { isOverprivileged } from './RCS203-overprivileged-user';

const SENTINEL_CHANNELS = '&__sentinel__:*';

/** Keyless and allowed to reconfigure replication: the shape of the user Sentinel logs in with. */
function isSentinelUser(user: EffectiveUser): boolean {
  const keyless = [user.root, ...user.selectors].every((s) => !s.allKeys && s.keyPatterns.length === 0);
  return keyless && (canRun(user, 'slaveof') || canRun(user, 'replicaof'));
}

/** 6.2 is the only line where allchannels is the default. */
function defaultIsAll(model: SecurityModel): boolean {
  return (model.catalog.directives['acl-pubsub-default']?.default ?? '').toLowerCase() === 'allchannels';
}

function settingFindings(model: SecurityModel): Finding[] {
  if (model.kind !== 'config' || !model.catalog.directives['acl-pubsub-default']) return [];
  const fix = { title: 'New users start without channels: acl-pubsub-default resetchannels', edits: [setDirective(model, 'acl-pubsub-default', 'resetchannels')], safe: false };
  const line = model.settings.get('acl-pubsub-default');
  const info = defaultIsAll(model) ? ('info' as const) : undefined;
  if (line?.range) {
    if ((line.values[0] ?? '').toLowerCase() !== 'allchannels') return [];
    return [
      {
        range: line.range,
        message: `acl-pubsub-default allchannels: every new user, and every user line without channel rules, may use all Pub/Sub channels. Use resetchannels and grant channels with &pattern.`,
        severity: info,
        fixes: [fix],
      },
    ];
  }
  // The 6.2 default matters only where users are defined (user lines or an ACL file).
  const definesUsers = declaredUsers(model).length > 0 || !!model.value('aclfile');
  if (!defaultIsAll(model) || !definesUsers) return [];
  return [
    {
      range: anchorRange(model),
      message: `${model.target.label} gives every new user all Pub/Sub channels unless acl-pubsub-default is set to resetchannels (the default from 7.0).`,
      severity: 'info',
      fixes: [fix],
    },
  ];
}

export const aclPubsubAllchannels: Rule = {
  id: 'RCS213',
  name: 'acl-pubsub-allchannels',
  severity: 'warning',
  summary: 'Users may use every Pub/Sub channel (acl-pubsub-default allchannels, or &* for a user that is not an admin).',
  appliesTo: ['config', 'acl'],
  check(model, ctx) {
    if (!channelsSupported(model)) return [];
    const findings = settingFindings(model);
    for (const user of declaredUsers(model)) {
      // Users with everything are RCS203's; admins may hold every channel.
      if (!user.effective.enabled || isAdmin(ctx, user) || isOverprivileged(model, user.effective.root)) continue;
      if (!user.effective.root.allChannels) continue;
      const token = lastRule(user, '&*', 'allchannels');
      if (!token?.range) continue;
      // Sentinel talks to the servers it watches on its own hello channel only.
      const sentinel = isSentinelUser(user.effective);
      // resetchannels first: on 6.2 a user may already hold every channel, and a pattern after that is refused.
      const narrower = sentinel ? `resetchannels ${SENTINEL_CHANNELS}` : 'resetchannels';
      const edit = replaceRule(token, narrower);
      findings.push({
        range: token.range,
        message: `${who(user)} may publish and subscribe on every channel (${token.text}). ${sentinel ? `A Sentinel user needs only ${SENTINEL_CHANNELS}.` : 'Grant only the channels it needs with &pattern.'}`,
        fixes: edit ? [{ title: `Limit the channels of "${user.name}": ${narrower}`, edits: [edit], safe: false }] : [],
      });
    }
    return findings;
  },
};
