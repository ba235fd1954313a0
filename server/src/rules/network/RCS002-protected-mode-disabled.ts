/**
 * RCS002 protected-mode-disabled — `protected-mode no` removes the guard that turns away remote
 * clients while the default user has no password. With a password-less default user that leaves
 * the whole data set (and CONFIG) to anyone who can reach the port. On Redis 6.x any `bind` line
 * switched the guard off as well, which is reported too.
 */
import type { Finding, Rule } from '../types';
import { replaceValues } from '../edits';
import { isLoopbackAddress } from '../exposure';

export const protectedModeDisabled: Rule = {
  id: 'RCS002',
  name: 'protected-mode-disabled',
  severity: 'warning',
  summary: 'Protected mode is off, so remote clients are not turned away while the default user has no password.',
  // Sentinels must be reachable by their peers; RCS710 judges an open Sentinel instead.
  appliesTo: ['config'],
  check(model, ctx) {
    const e = ctx.exposure;
    const setting = model.settings.get('protected-mode');
    if (setting?.directive && (setting.values[0] ?? '').toLowerCase() === 'no') {
      const open = e.defaultUserOpen && e.tcp;
      const message = open
        ? `protected-mode no while the default user needs no password: ${e.beyondLoopback ? 'anyone who can reach the port gets' : 'only loopback is bound today, but once bind widens anyone who reaches the port gets'} full access, CONFIG included. Turn protected mode back on and give the default user a password.`
        : 'protected-mode no removes the safety net that refuses remote clients whenever the default user has no password. Keep it on; it costs nothing once clients authenticate.';
      return [
        {
          range: setting.range!,
          message,
          severity: open ? 'error' : undefined,
          fixes: [{ title: 'Turn protected mode on: protected-mode yes', edits: [replaceValues(setting.directive, 'yes')], safe: true, preferred: true }],
        },
      ];
    }
    return implicitlyOff(model.target.product, model.target.major, model.settings.get('bind'), e);
  },
};

/** Redis before 7.0 applied protected mode only when no bind line was given. */
function implicitlyOff(
  product: string,
  major: number,
  bind: { values: string[]; range?: Finding['range'] } | undefined,
  e: { defaultUserOpen: boolean; tcp: boolean },
): Finding[] {
  if (product !== 'redis' || major >= 7 || !bind?.range || !e.tcp || !e.defaultUserOpen) return [];
  const remote = bind.values.filter((a) => a !== '' && !isLoopbackAddress(a));
  if (!remote.length) return [];
  return [
    {
      range: bind.range,
      message: `On Redis ${major}.x a bind line switches protected mode off, and the default user needs no password: clients reaching ${remote.join(', ')} get in without logging in. Give the default user a password (requirepass or an ACL user).`,
    },
  ];
}
