/**
 * RCS008 cluster-bus-exposed — a cluster node also listens on the cluster bus (port + 10000, or
 * `cluster-port`) on the same addresses. The bus has no password or ACL: whoever reaches it can
 * talk to the node as a peer. Only a firewall, or TLS with certificates (`tls-cluster yes`), keeps
 * strangers off it.
 */
import type { Fix, Rule } from '../types';
import { setDirective } from '../edits';
import { isSet, isYes, portNumber, TLS_SECTION } from '../tls/tlsSettings';

export const clusterBusExposed: Rule = {
  id: 'RCS008',
  name: 'cluster-bus-exposed',
  severity: 'warning',
  summary: 'Cluster mode is on and the unauthenticated cluster bus listens beyond loopback.',
  appliesTo: ['config'],
  check(model, ctx) {
    const enabled = model.settings.get('cluster-enabled');
    if (!enabled?.range || !isYes(model, 'cluster-enabled') || !ctx.exposure.beyondLoopback) return [];
    const tlsBus = isYes(model, 'tls-cluster');
    const clientPort = portNumber(model.value(tlsBus ? 'tls-port' : 'port')) ?? 0;
    const busPort = portNumber(model.value('cluster-port')) || (clientPort ? clientPort + 10000 : undefined);
    const bus = busPort ? `the cluster bus (port ${busPort})` : 'the cluster bus';
    if (tlsBus) {
      return [
        {
          range: enabled.range,
          message: `${cap(bus)} listens beyond loopback; tls-cluster yes makes peers show a certificate, so keep the CA private and firewall the port to the other nodes.`,
          severity: 'info',
        },
      ];
    }
    const fixes: Fix[] = [];
    // Encrypting the bus needs a certificate and key, and every node must switch at once.
    if (isSet(model, 'tls-cert-file') && isSet(model, 'tls-key-file')) {
      fixes.push({ title: 'Run the cluster bus over TLS: tls-cluster yes (on every node at once)', edits: [setDirective(model, 'tls-cluster', 'yes', TLS_SECTION)], safe: false });
    }
    return [
      {
        range: enabled.range,
        message: `${cap(bus)} listens beyond loopback and has no password or ACL: anyone who reaches it can act as a cluster peer. Firewall it to the other nodes, and use tls-cluster yes.`,
        fixes: fixes.length ? fixes : undefined,
      },
    ];
  },
};

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
