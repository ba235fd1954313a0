/**
 * RCS409 cluster-bus-plaintext — a cluster node serves TLS to clients but talks to its peers on
 * the cluster bus in plaintext (`tls-cluster no`). Slot maps, failover votes and node addresses
 * travel unencrypted and unauthenticated between nodes.
 */
import type { Rule } from '../types';
import { setDirective } from '../edits';
import { isYes, TLS_SECTION, tlsListening } from './tlsSettings';

export const clusterBusPlaintext: Rule = {
  id: 'RCS409',
  name: 'cluster-bus-plaintext',
  severity: 'warning',
  summary: 'Cluster mode with TLS for clients, but the cluster bus stays plaintext.',
  appliesTo: ['config'],
  check(model) {
    const enabled = model.settings.get('cluster-enabled');
    if (!enabled || !isYes(model, 'cluster-enabled') || !tlsListening(model) || isYes(model, 'tls-cluster')) return [];
    const setting = model.settings.get('tls-cluster') ?? enabled;
    return [
      {
        range: setting.range!,
        message: 'Cluster mode with TLS for clients, but tls-cluster is off: nodes talk to each other on the cluster bus in plaintext and without certificates. Set tls-cluster yes on every node.',
        fixes: [
          {
            title: 'Encrypt the cluster bus: tls-cluster yes (switch all nodes together)',
            edits: [setDirective(model, 'tls-cluster', 'yes', TLS_SECTION)],
            safe: false,
            preferred: true,
          },
        ],
      },
    ];
  },
};
