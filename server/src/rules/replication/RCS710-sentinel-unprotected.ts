/**
 * RCS710 sentinel-unprotected — a Sentinel that listens beyond loopback with protected mode off
 * (Sentinel's own default, and what the shipped sentinel.conf says) and no password. Anyone who
 * reaches it can repoint monitoring, force failovers or drop masters, steering clients at will.
 */
import { anchorRange } from '../edits';
import type { Rule } from '../types';
import { passwordFix } from '../auth/passwordFixes';
import { sentinelAuth } from './replicationSettings';

export const sentinelUnprotected: Rule = {
  id: 'RCS710',
  name: 'sentinel-unprotected',
  severity: 'error',
  summary: 'A Sentinel is reachable from the network with protected mode off and no password.',
  appliesTo: ['sentinel'],
  check(model, ctx) {
    if (!ctx.exposure.tcp || !ctx.exposure.beyondLoopback) return [];
    // Sentinel switches protected mode off unless the file turns it on.
    const pm = model.settings.get('protected-mode');
    if ((pm?.values[0] ?? 'no').toLowerCase() === 'yes') return [];
    if (sentinelAuth(model)) return [];
    const empty = model.settings.get('requirepass');
    const line = empty?.directive ? empty.directive.line : -1;
    const off = pm?.range ? 'protected-mode is off' : 'protected mode is off (Sentinel\'s default when the file does not turn it on)';
    return [
      {
        range: pm?.range ?? anchorRange(model),
        message: `This Sentinel listens beyond loopback, ${off} and no password is required: anyone who reaches its port can run SENTINEL commands, repoint or remove monitored masters and force failovers, and so send clients to a server of their choosing. Set requirepass on every Sentinel of the group and keep the port behind a firewall.`,
        fixes: [passwordFix(model, 'requirepass', line)],
      },
    ];
  },
};
