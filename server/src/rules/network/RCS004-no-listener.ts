/**
 * RCS004 no-listener — `port 0` with no `tls-port` and no `unixsocket`: the server has nothing to
 * accept clients on and exits at start-up ("not listen anywhere"). Usually a half-finished switch
 * to TLS or to a Unix socket.
 */
import type { Fix, Rule } from '../types';
import { caRequired, missingFileLines, portNumber, setDirectives, tlsPort } from '../tls/tlsSettings';

export const noListener: Rule = {
  id: 'RCS004',
  name: 'no-listener',
  severity: 'error',
  summary: 'port 0 with no tls-port and no unixsocket: the server has nowhere to listen.',
  appliesTo: ['config', 'sentinel'],
  check(model) {
    const port = model.settings.get('port');
    if (!port?.directive || portNumber(port.values[0]) !== 0) return [];
    if (tlsPort(model) > 0 || (model.value('unixsocket') ?? '') !== '') return [];
    const listen = model.kind === 'sentinel' ? '26379' : '6379';
    const socket = `/run/${model.target.product}/${model.target.product}.sock`;
    const fixes: Fix[] = [
      {
        title: `Listen with TLS: tls-port ${listen} and certificate placeholders (replace the paths)`,
        edits: setDirectives(model, [['tls-port', listen], ...missingFileLines(model, caRequired(model))]),
        safe: false,
        preferred: true,
      },
      {
        title: `Listen on a Unix socket only: unixsocket ${socket} (the directory must exist)`,
        edits: setDirectives(model, [['unixsocket', socket], ...(model.has('unixsocketperm') ? [] : [['unixsocketperm', '700'] as [string, string]])], 'NETWORK'),
        safe: false,
      },
    ];
    return [
      {
        range: port.range!,
        message: 'port 0 with no tls-port and no unixsocket: the server has nothing to listen on and exits at start-up. Add a tls-port (with its certificates) or a unixsocket.',
        fixes,
      },
    ];
  },
};
