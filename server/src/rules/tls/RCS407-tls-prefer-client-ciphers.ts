/**
 * RCS407 tls-prefer-client-ciphers — without `tls-prefer-server-ciphers yes` the client's order
 * picks the TLS 1.2 cipher, so a client that lists a weaker shared cipher first gets it. Letting
 * the server choose keeps the strongest suite both sides support.
 */
import type { Rule } from '../types';
import { setDirective } from '../edits';
import { isYes, TLS_SECTION, tlsListening } from './tlsSettings';

export const tlsPreferClientCiphers: Rule = {
  id: 'RCS407',
  name: 'tls-prefer-client-ciphers',
  severity: 'info',
  summary: 'TLS clients, not the server, choose the cipher (tls-prefer-server-ciphers is off).',
  appliesTo: ['config', 'sentinel'],
  check(model) {
    if (!tlsListening(model) || isYes(model, 'tls-prefer-server-ciphers')) return [];
    const setting = model.settings.get('tls-prefer-server-ciphers') ?? model.settings.get('tls-port');
    return [
      {
        range: setting!.range!,
        message: 'tls-prefer-server-ciphers is off: the client picks the cipher from the ones both sides allow, and may pick a weaker one. Set tls-prefer-server-ciphers yes.',
        // Only the choice among ciphers both sides already accept changes: no client can lose access.
        fixes: [{ title: 'Let the server choose: tls-prefer-server-ciphers yes', edits: [setDirective(model, 'tls-prefer-server-ciphers', 'yes', TLS_SECTION)], safe: true, preferred: true }],
      },
    ];
  },
};
