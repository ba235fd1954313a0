/**
 * RCS404 tls-auth-clients-off — `tls-auth-clients no` or `optional` lets clients connect over TLS
 * without a certificate signed by the configured CA. The connection is encrypted, but a client
 * certificate no longer stands between the network and the login prompt.
 */
import type { Rule } from '../types';
import { replaceValues } from '../edits';
import { tlsListening } from './tlsSettings';

export const tlsAuthClientsOff: Rule = {
  id: 'RCS404',
  name: 'tls-auth-clients-off',
  severity: 'warning',
  summary: 'TLS clients need no certificate (tls-auth-clients no or optional).',
  appliesTo: ['config', 'sentinel'],
  check(model, ctx) {
    const setting = model.settings.get('tls-auth-clients');
    const value = (setting?.values[0] ?? '').toLowerCase();
    if (!setting?.directive || (value !== 'no' && value !== 'optional') || !tlsListening(model)) return [];
    const open = ctx.exposure.openToNetwork;
    const detail =
      value === 'no'
        ? 'clients connect over TLS without showing a certificate'
        : 'clients may skip the certificate, and the ones that skip it are not verified at all';
    return [
      {
        range: setting.range!,
        message: `tls-auth-clients ${value}: ${detail}${open ? '; with protected mode off and no password on the default user, nothing else stops them' : ''}. Require certificates (yes), or keep ${value} only with strong passwords on every user.`,
        severity: open ? 'error' : undefined,
        fixes: [
          {
            title: 'Require client certificates: tls-auth-clients yes (every client needs one)',
            edits: [replaceValues(setting.directive, 'yes')],
            safe: false,
            preferred: true,
          },
        ],
      },
    ];
  },
};
