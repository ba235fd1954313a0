/**
 * RCS401 no-tls — the server takes plaintext connections from other hosts and has no TLS
 * listener. Passwords sent with AUTH/HELLO and every value cross the network in the clear, so
 * anyone on the path can read them or hijack the session.
 */
import type { Rule } from '../types';
import { anchorRange } from '../edits';
import { caRequired, missingFileLines, plainPort, setDirectives, tlsListening } from './tlsSettings';

export const noTls: Rule = {
  id: 'RCS401',
  name: 'no-tls',
  severity: 'warning',
  summary: 'Clients reach the server from other hosts without TLS.',
  appliesTo: ['config', 'sentinel'],
  check(model, ctx) {
    const e = ctx.exposure;
    const port = plainPort(model);
    if (tlsListening(model) || !port || !e.beyondLoopback) return [];
    const setting = model.settings.get('port');
    // A TLS-only listener on the same port number: clients change their connection type, not the address.
    const block: [string, string][] = [['tls-port', String(port)], ['port', '0'], ...missingFileLines(model, caRequired(model))];
    return [
      {
        range: setting?.range ?? anchorRange(model),
        message: `No tls-port: clients on other hosts talk to the server in plaintext on port ${port}, so passwords and data can be read on the way${e.public ? ', and the server listens on every interface or a public address' : ''}. Serve TLS (tls-port with a certificate, key and CA) and close the plaintext port.`,
        severity: e.public ? 'error' : undefined,
        fixes: [
          {
            title: `Serve TLS only: tls-port ${port}, port 0 and certificate placeholders (replace the paths)`,
            edits: setDirectives(model, block),
            safe: false,
            preferred: true,
          },
        ],
      },
    ];
  },
};
