/**
 * RCS005 plaintext-port-alongside-tls — `tls-port` does not replace `port`, it adds a second
 * listener. Unless `port 0` is set, clients (and their passwords) can still connect unencrypted,
 * which quietly undoes the point of turning TLS on.
 */
import type { Rule } from '../types';
import { setDirective } from '../edits';
import { plainPort, tlsListening, tlsPort } from '../tls/tlsSettings';

export const plaintextPortAlongsideTls: Rule = {
  id: 'RCS005',
  name: 'plaintext-port-alongside-tls',
  severity: 'warning',
  summary: 'TLS is on but the plaintext port is still open next to it.',
  appliesTo: ['config', 'sentinel'],
  check(model, ctx) {
    if (!tlsListening(model)) return [];
    const port = plainPort(model);
    if (port === undefined || port === 0) return [];
    const setting = model.settings.get('port') ?? model.settings.get('tls-port');
    const loopbackOnly = !ctx.exposure.beyondLoopback;
    return [
      {
        range: setting!.range!,
        message: `tls-port ${tlsPort(model)} is set, but the plaintext port ${port} stays open${loopbackOnly ? ' (on loopback only)' : ''}: clients and their passwords can still travel unencrypted. Set "port 0" once every client uses TLS.`,
        severity: loopbackOnly ? 'info' : undefined,
        fixes: [{ title: 'Close the plaintext port: port 0', edits: [setDirective(model, 'port', '0', 'NETWORK')], safe: false, preferred: true }],
      },
    ];
  },
};
