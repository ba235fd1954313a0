/**
 * RCS406 weak-tls-ciphers — `tls-ciphers` (the TLS 1.2-and-older cipher list, OpenSSL syntax)
 * names broken or unauthenticated ciphers: RC4, DES/3DES, NULL, export grade, MD5 MACs,
 * anonymous key exchange, or `ALL` with nothing excluded. A client or an attacker in the middle
 * can then steer the connection onto one of them.
 */
import type { Rule } from '../types';
import { replaceValues } from '../edits';
import { tlsInUse } from './tlsSettings';

/** Cipher-name parts and OpenSSL keywords that select weak suites (compared in upper case). */
const WEAK = new Set(['RC4', 'DES', '3DES', 'NULL', 'ENULL', 'ANULL', 'EXPORT', 'EXP', 'EXPORT40', 'EXPORT56', 'MD5', 'LOW', 'ADH', 'AECDH', 'COMPLEMENTOFALL']);

export const SAFE_CIPHERS = 'DEFAULT:!MEDIUM';

/** The weak selections of an OpenSSL cipher string ("!X" and "-X" remove, so they do not count). */
export function weakCipherTerms(list: string): string[] {
  const terms = list.split(/[:, ]+/).filter((t) => t !== '');
  const weak: string[] = [];
  for (const term of terms) {
    if (term.startsWith('!') || term.startsWith('-')) continue;
    const bare = term.replace(/^\+/, '');
    if (/^@SECLEVEL=0$/i.test(bare)) {
      weak.push(bare);
      continue;
    }
    const parts = bare.toUpperCase().split(/[+-]/);
    if (parts.some((p) => WEAK.has(p))) weak.push(bare);
  }
  // ALL selects everything OpenSSL has (anonymous suites included) unless something is taken out.
  if (terms.some((t) => t.toUpperCase() === 'ALL') && !terms.some((t) => t.startsWith('!') || t.startsWith('-'))) weak.push('ALL');
  return [...new Set(weak)];
}

export const weakTlsCiphers: Rule = {
  id: 'RCS406',
  name: 'weak-tls-ciphers',
  severity: 'error',
  summary: 'tls-ciphers allows broken or unauthenticated ciphers.',
  appliesTo: ['config', 'sentinel'],
  check(model) {
    const setting = model.settings.get('tls-ciphers');
    if (!setting?.directive) return [];
    const weak = weakCipherTerms(setting.values.join(' '));
    if (!weak.length) return [];
    const active = tlsInUse(model);
    return [
      {
        range: setting.range!,
        message: `tls-ciphers allows weak ciphers (${weak.join(', ')})${active ? '' : '; TLS is not switched on yet'}. Use the OpenSSL default without medium-strength suites (${SAFE_CIPHERS}) or a vetted "intermediate" list.`,
        severity: active ? undefined : 'warning',
        fixes: [
          {
            title: `Use strong ciphers only: tls-ciphers ${SAFE_CIPHERS} (very old clients may lose access)`,
            edits: [replaceValues(setting.directive, SAFE_CIPHERS)],
            safe: false,
            preferred: true,
          },
        ],
      },
    ];
  },
};
