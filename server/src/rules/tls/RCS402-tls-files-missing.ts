/**
 * RCS402 tls-files-missing — TLS is switched on (tls-port, tls-replication or tls-cluster) but
 * the certificate, the key, or a CA the server insists on is not configured. The server then
 * refuses to start. Whether the named files exist is not checked here (that needs the disk).
 */
import type { Rule } from '../types';
import { caRequired, isYes, missingFileLines, setDirectives, tlsListening, tlsPort } from './tlsSettings';

export const tlsFilesMissing: Rule = {
  id: 'RCS402',
  name: 'tls-files-missing',
  severity: 'error',
  summary: 'TLS is switched on without a certificate, key or CA: the server will not start.',
  appliesTo: ['config', 'sentinel'],
  check(model) {
    const trigger = tlsListening(model)
      ? { setting: model.settings.get('tls-port'), what: `tls-port ${tlsPort(model)}` }
      : isYes(model, 'tls-replication')
        ? { setting: model.settings.get('tls-replication'), what: 'tls-replication yes' }
        : isYes(model, 'tls-cluster')
          ? { setting: model.settings.get('tls-cluster'), what: 'tls-cluster yes' }
          : undefined;
    if (!trigger?.setting?.range) return [];
    const missing = missingFileLines(model, caRequired(model));
    if (!missing.length) return [];
    const names = missing.map(([n]) => (n === 'tls-ca-cert-file' ? 'tls-ca-cert-file (or tls-ca-cert-dir)' : n));
    return [
      {
        range: trigger.setting.range,
        message: `${trigger.what} turns TLS on, but ${names.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not set: the server stops at start-up. Point ${missing.length > 1 ? 'them' : 'it'} at your certificate files.`,
        fixes: [
          {
            title: `Add ${missing.map(([n]) => n).join(', ')} with placeholder paths (replace them)`,
            edits: setDirectives(model, missing),
            safe: false,
            preferred: true,
          },
        ],
      },
    ];
  },
};
