/**
 * RCS405 legacy-tls-protocol — `tls-protocols` enables TLS 1.0 or 1.1. Both are formally
 * deprecated (RFC 8996) and have known downgrade and cipher weaknesses; the server's own default
 * is TLS 1.2 and 1.3.
 */
import type { Rule } from '../types';
import { replaceValues } from '../edits';
import { tlsInUse } from './tlsSettings';

const LEGACY = new Set(['tlsv1', 'tlsv1.1']);

/** The protocol words of a tls-protocols value (the server splits on spaces, case-insensitively). */
export function protocolWords(values: string[]): string[] {
  return values.join(' ').split(/\s+/).filter((w) => w !== '');
}

export const legacyTlsProtocol: Rule = {
  id: 'RCS405',
  name: 'legacy-tls-protocol',
  severity: 'error',
  summary: 'tls-protocols enables TLS 1.0 or TLS 1.1.',
  appliesTo: ['config', 'sentinel'],
  check(model) {
    const setting = model.settings.get('tls-protocols');
    if (!setting?.directive) return [];
    const words = protocolWords(setting.values);
    const legacy = words.filter((w) => LEGACY.has(w.toLowerCase()));
    if (!legacy.length) return [];
    const keep = words.filter((w) => /^tlsv1\.[23]$/i.test(w));
    const modern = keep.length ? keep : ['TLSv1.2', 'TLSv1.3'];
    const value = modern.length > 1 ? `"${modern.join(' ')}"` : modern[0];
    const active = tlsInUse(model);
    return [
      {
        range: setting.range!,
        message: `tls-protocols allows ${legacy.join(' and ')}, ${legacy.length > 1 ? 'deprecated protocols' : 'a deprecated protocol'} open to downgrade and weak-cipher attacks${active ? '' : ' (TLS is not switched on yet)'}. Allow only TLSv1.2 and TLSv1.3.`,
        severity: active ? undefined : 'warning',
        fixes: [
          {
            title: `Drop the legacy protocols: tls-protocols ${value} (very old clients may lose access)`,
            edits: [replaceValues(setting.directive, value)],
            safe: false,
            preferred: true,
          },
        ],
      },
    ];
  },
};
