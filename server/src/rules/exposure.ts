/**
 * Context that changes how serious a finding is: does the instance listen beyond loopback, does
 * protected mode still guard it, does the default user need a password. Messages say so, and
 * several rules raise their severity when the answer is "exposed".
 */
import type { SecurityModel } from './model';

/** Loopback and "optional" (`-`-prefixed, 6.2+) loopback addresses. */
export function isLoopbackAddress(addr: string): boolean {
  const a = addr.replace(/^-/, '').toLowerCase();
  return a === 'localhost' || a === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(a);
}

/** Addresses that mean "every interface". */
export function isWildcardAddress(addr: string): boolean {
  const a = addr.replace(/^-/, '');
  return a === '0.0.0.0' || a === '*' || a === '::' || a === '::*' || a === '[::]';
}

/** Private ranges: RFC 1918, link-local, IPv6 unique-local and link-local. */
export function isPrivateAddress(addr: string): boolean {
  const a = addr.replace(/^-/, '').toLowerCase();
  if (/^10\./.test(a) || /^192\.168\./.test(a) || /^169\.254\./.test(a)) return true;
  const m = /^172\.(\d{1,3})\./.exec(a);
  if (m && Number(m[1]) >= 16 && Number(m[1]) <= 31) return true;
  return /^f[cd][0-9a-f]{2}:/.test(a) || /^fe80:/.test(a);
}

export interface Exposure {
  /** A TCP listener exists (port or tls-port not 0). */
  tcp: boolean;
  /** The addresses it binds; undefined when `bind` is not set (every interface). */
  bind?: string[];
  /** It listens on something other than loopback. */
  beyondLoopback: boolean;
  /** Wildcard or public addresses (not only private networks). */
  public: boolean;
  /** Protected mode is in force (set, and not switched off by a bind line on 6.x). */
  protectedMode: boolean;
  /** The default user can log in without a password. */
  defaultUserOpen: boolean;
  /** Anybody who can reach the port gets in: beyond loopback, default user open, protected mode off. */
  openToNetwork: boolean;
}

export function exposureOf(model: SecurityModel): Exposure {
  const port = model.value('port') ?? '6379';
  const tlsPort = model.value('tls-port') ?? '0';
  const tcp = port !== '0' || (tlsPort !== '0' && tlsPort !== '');
  const bindSetting = model.settings.get('bind');
  const bind = bindSetting ? bindSetting.values.filter((v) => v !== '') : undefined;
  const addresses = bind ?? ['*'];
  const beyondLoopback = tcp && addresses.some((a) => !isLoopbackAddress(a));
  const isPublic = tcp && addresses.some((a) => isWildcardAddress(a) || (!isLoopbackAddress(a) && !isPrivateAddress(a)));
  // Before 7.0 any bind line switched protected mode off; from 7.0 it holds whatever bind says.
  const modern = !(model.target.product === 'redis' && model.target.major < 7);
  // Sentinel turns protected mode off unless its file sets it.
  const configured = model.kind === 'sentinel' ? (model.settings.get('protected-mode')?.values[0] ?? 'no') : (model.value('protected-mode') ?? 'yes');
  const protectedMode = configured.toLowerCase() === 'yes' && (modern || bind === undefined);
  const def = model.defaultUser();
  const defaultUserOpen = model.kind !== 'acl' && (def ? def.effective.enabled && def.effective.nopass : false);
  return {
    tcp,
    bind,
    beyondLoopback,
    public: isPublic,
    protectedMode,
    defaultUserOpen,
    openToNetwork: beyondLoopback && defaultUserOpen && !protectedMode,
  };
}

/** A short clause for messages: "this instance listens beyond loopback and needs no password". */
export function exposureClause(e: Exposure): string {
  if (!e.tcp) return 'no TCP listener is configured';
  const where = e.beyondLoopback ? 'listens beyond loopback' : 'listens on loopback only';
  const auth = e.defaultUserOpen ? 'the default user needs no password' : 'clients must authenticate';
  return `this instance ${where} and ${auth}`;
}
