/**
 * RCS003 default-port — the plaintext port is the well-known 6379 on an instance reachable from
 * other hosts. Internet-wide scanners probe that port first; moving it only buys time, so this is
 * a hint next to the real protections (bind, firewall, passwords).
 */
import type { Rule } from '../types';
import { anchorRange } from '../edits';
import { portNumber } from '../tls/tlsSettings';

export const defaultPort: Rule = {
  id: 'RCS003',
  name: 'default-port',
  severity: 'info',
  summary: 'The server listens beyond loopback on the well-known port 6379.',
  // A sentinel's default port is 26379 and it is meant to be reached by peers.
  appliesTo: ['config'],
  check(model, ctx) {
    if (!ctx.exposure.beyondLoopback || portNumber(model.value('port')) !== 6379) return [];
    const setting = model.settings.get('port');
    return [
      {
        range: setting?.range ?? anchorRange(model),
        message: `The server ${setting ? 'uses' : 'keeps the default'} port 6379 and listens beyond loopback; scanners try that port first. Another port only slows them down: rely on bind, a firewall and passwords, and consider a less obvious port.`,
      },
    ];
  },
};
