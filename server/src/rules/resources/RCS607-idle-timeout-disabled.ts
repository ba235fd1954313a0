/**
 * RCS607 idle-timeout-disabled — `timeout 0` keeps idle connections open forever and
 * `tcp-keepalive 0` stops the server noticing peers that vanished. On an instance reachable from
 * the network, idle and dead connections pile up until maxclients is reached.
 */
import type { Finding, Rule } from '../types';
import { anchorRange, setDirective } from '../edits';

const ZERO = /^0+$/;

export const idleTimeoutDisabled: Rule = {
  id: 'RCS607',
  name: 'idle-timeout-disabled',
  severity: 'info',
  summary: 'Idle clients are never closed on an exposed instance, or TCP keepalive is off.',
  appliesTo: ['config'],
  check(model, ctx) {
    const findings: Finding[] = [];
    const timeout = model.settings.get('timeout');
    if (ctx.exposure.beyondLoopback && ZERO.test(model.value('timeout') ?? '0')) {
      findings.push({
        range: timeout?.range ?? anchorRange(model),
        message: `${timeout ? 'timeout 0' : 'timeout is not set (0)'}: idle connections stay open for ever, and this instance listens beyond loopback, so abandoned or hostile connections can pile up until maxclients is reached. Close idle clients, for example after 300 seconds.`,
        fixes: [{ title: 'Close clients idle for 5 minutes: timeout 300 (clients must reconnect after long pauses)', edits: [setDirective(model, 'timeout', '300', 'NETWORK')], safe: false }],
      });
    }
    const keepalive = model.settings.get('tcp-keepalive');
    if (keepalive?.range && ZERO.test(keepalive.values[0] ?? '')) {
      findings.push({
        range: keepalive.range,
        message: 'tcp-keepalive 0 turns TCP keepalive off: connections whose peer disappeared are never detected and keep their slot and buffers. Use 300 (the default).',
        fixes: [{ title: 'Probe idle peers: tcp-keepalive 300', edits: [setDirective(model, 'tcp-keepalive', '300', 'NETWORK')], safe: true, preferred: true }],
      });
    }
    return findings;
  },
};
