/**
 * RCS001 bind-all-interfaces — the server accepts connections on every interface (no `bind`,
 * or `0.0.0.0`, `*`, `::`) or on a public address. Open ports are how Redis instances get found
 * by scanners and then wiped, ransomed or used to plant SSH keys and crypto miners.
 */
import type { Rule } from '../types';
import { anchorRange, setDirective } from '../edits';
import { isLoopbackAddress, isPrivateAddress, isWildcardAddress } from '../exposure';

const SAFE_BIND = '127.0.0.1 -::1';

export const bindAllInterfaces: Rule = {
  id: 'RCS001',
  name: 'bind-all-interfaces',
  severity: 'error',
  summary: 'The server listens on every interface or on a public address.',
  // Sentinels must be reachable by their peers; RCS710 judges an open Sentinel instead.
  appliesTo: ['config'],
  check(model, ctx) {
    if (!ctx.exposure.tcp) return [];
    const fix = { title: `Listen on loopback only: bind ${SAFE_BIND}`, edits: [setDirective(model, 'bind', SAFE_BIND, 'NETWORK')], safe: true, preferred: true };
    // A strong password and TLS make an exposed port less dangerous, not safe.
    const guarded = !ctx.exposure.defaultUserOpen && model.has('tls-port') && model.value('port') === '0';
    const severity = guarded ? ('warning' as const) : undefined;
    const setting = model.settings.get('bind');
    if (!setting) {
      return [
        {
          range: anchorRange(model),
          message: `No bind line: the server listens on every network interface${ctx.exposure.defaultUserOpen ? ', and the default user needs no password' : ''}. Add "bind ${SAFE_BIND}" (or the private address clients use).`,
          severity,
          fixes: [fix],
        },
      ];
    }
    const wildcard = setting.values.filter((a) => isWildcardAddress(a));
    const publicAddrs = setting.values.filter((a) => a !== '' && !isWildcardAddress(a) && !isLoopbackAddress(a) && !isPrivateAddress(a) && /^[-0-9a-fA-F.:]+$/.test(a));
    if (!wildcard.length && !publicAddrs.length) return [];
    const what = wildcard.length ? `"${wildcard[0]}" means every interface` : `${publicAddrs.join(', ')} ${publicAddrs.length > 1 ? 'are public addresses' : 'is a public address'}`;
    return [
      {
        range: setting.range!,
        message: `bind exposes the server: ${what}${ctx.exposure.defaultUserOpen ? ' and the default user needs no password' : ''}. Bind loopback or a private address behind a firewall.`,
        severity,
        fixes: [fix],
      },
    ];
  },
};
