/**
 * RCS408 replication-plaintext — the server serves TLS to clients, but its own outgoing links
 * (a replica to its master, a sentinel to the masters it watches) stay plaintext because
 * `tls-replication` is off. The replication stream and `masterauth` cross the network unencrypted.
 */
import type { Rule } from '../types';
import { anchorRange, setDirective } from '../edits';
import type { SecurityModel, SettingValue } from '../model';
import { isYes, TLS_SECTION, tlsListening, tlsPort } from './tlsSettings';

/** Where the server opens replication-style links of its own, if it does. */
function outgoingLink(model: SecurityModel): { what: string; range?: SettingValue['range'] } | undefined {
  if (model.kind === 'sentinel') {
    const monitor = model.sentinel.find((d) => d.args[0]?.value.toLowerCase() === 'monitor');
    if (!monitor) return undefined;
    return { what: 'this sentinel talks to the masters it monitors', range: { start: { line: monitor.line, character: monitor.nameToken.start }, end: { line: monitor.line, character: monitor.args[monitor.args.length - 1].end } } };
  }
  const replicaof = model.settings.get('replicaof');
  if (replicaof && replicaof.values.length && (replicaof.values[0] ?? '').toLowerCase() !== 'no') return { what: 'this replica copies its master', range: replicaof.range };
  const cluster = model.settings.get('cluster-enabled');
  if (cluster && isYes(model, 'cluster-enabled')) return { what: 'cluster replicas copy their masters', range: cluster.range };
  return undefined;
}

export const replicationPlaintext: Rule = {
  id: 'RCS408',
  name: 'replication-plaintext',
  severity: 'warning',
  summary: 'TLS is on for clients, but replication (or sentinel) links stay plaintext.',
  appliesTo: ['config', 'sentinel'],
  check(model) {
    if (!tlsListening(model) || isYes(model, 'tls-replication')) return [];
    const link = outgoingLink(model);
    if (!link) return [];
    const setting = model.settings.get('tls-replication');
    return [
      {
        range: setting?.range ?? link.range ?? anchorRange(model),
        message: `tls-port ${tlsPort(model)} is set, but ${link.what} without TLS (tls-replication is off): data and the master password cross the network in plaintext. Set tls-replication yes once the master accepts TLS.`,
        fixes: [
          {
            title: 'Replicate over TLS: tls-replication yes (the master address must be its TLS port)',
            edits: [setDirective(model, 'tls-replication', 'yes', TLS_SECTION)],
            safe: false,
            preferred: true,
          },
        ],
      },
    ];
  },
};
