/**
 * What the user typed to reach a server, turned into a `ConnectionTarget` for the audit and into a
 * `RememberedConnection` for the recent list. Pure (no `vscode`), so it is unit-tested.
 *
 * The remembered record never holds a secret: a password written in a URL is used for this audit
 * only, and the TLS material is remembered as file paths, read again at each audit.
 */
import type { ConnectionTarget } from '../../../server/src/audit/types';

export const DEFAULT_PORT = 6379;

/** TLS choices as the user made them: file paths, not PEM contents. */
export interface RememberedTls {
  caFile?: string;
  certFile?: string;
  keyFile?: string;
  servername?: string;
  insecureSkipVerify?: boolean;
}

/** One entry of the recent-connections list kept in globalState. No secrets, by construction. */
export interface RememberedConnection {
  host?: string;
  port?: number;
  socket?: string;
  tls?: RememberedTls;
  username?: string;
}

export interface ParsedConnection {
  remembered: RememberedConnection;
  /** A password found in a URL: used in memory for this audit, never remembered. */
  password?: string;
}

export type ParseResult = { ok: true; value: ParsedConnection } | { ok: false; error: string };

function fail(error: string): ParseResult {
  return { ok: false, error };
}

function parsePort(text: string): number | undefined {
  if (!/^\d{1,5}$/.test(text)) return undefined;
  const port = Number(text);
  return port >= 1 && port <= 65535 ? port : undefined;
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

/**
 * Reads `host`, `host:port`, `[v6]:port`, a bare IPv6 address, `redis://` / `rediss://` URLs,
 * `unix:/path` / `unix:///path`, or an absolute socket path. Error texts never repeat the input:
 * it may hold a password.
 */
export function parseConnectionInput(input: string): ParseResult {
  const text = input.trim();
  if (!text) return fail('Enter a host, host:port, a redis:// or rediss:// URL, or a Unix socket path.');
  if (text.startsWith('/')) return { ok: true, value: { remembered: { socket: text } } };
  const unix = /^unix:(?:\/\/)?(\/.*)$/i.exec(text);
  if (unix) return { ok: true, value: { remembered: { socket: unix[1] } } };
  if (/^rediss?:\/\//i.test(text)) return parseUrl(text);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return fail('Only redis://, rediss:// and unix: addresses are supported.');
  return parseHostPort(text);
}

function parseUrl(text: string): ParseResult {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail('The URL is not valid (expected redis://[user[:password]@]host[:port]).');
  }
  const host = stripBrackets(url.hostname);
  if (!host) return fail('The URL names no host.');
  let port = DEFAULT_PORT;
  if (url.port) {
    const p = parsePort(url.port);
    if (p === undefined) return fail('The port must be a number from 1 to 65535.');
    port = p;
  }
  const username = url.username ? decode(url.username) : undefined;
  const password = url.password ? decode(url.password) : undefined;
  if (username === undefined && url.username) return fail('The user name in the URL is not valid percent-encoding.');
  if (password === undefined && url.password) return fail('The password in the URL is not valid percent-encoding.');
  const remembered: RememberedConnection = { host: host.toLowerCase(), port };
  if (url.protocol.toLowerCase() === 'rediss:') remembered.tls = {};
  if (username) remembered.username = username;
  return { ok: true, value: password ? { remembered, password } : { remembered } };
}

function parseHostPort(text: string): ParseResult {
  if (/[\s/@]/.test(text)) return fail('A host name cannot contain spaces, "/" or "@"; use a redis:// URL to give a user.');
  let host = text;
  let port = DEFAULT_PORT;
  const bracketed = /^\[([^\]]+)\](?::(.*))?$/.exec(text);
  if (bracketed) {
    host = bracketed[1];
    if (bracketed[2] !== undefined) {
      const p = parsePort(bracketed[2]);
      if (p === undefined) return fail('The port must be a number from 1 to 65535.');
      port = p;
    }
  } else if ((text.match(/:/g) ?? []).length === 1) {
    const [h, p] = text.split(':');
    const parsed = parsePort(p);
    if (!h) return fail('The host is missing before ":".');
    if (parsed === undefined) return fail('The port must be a number from 1 to 65535.');
    host = h;
    port = parsed;
  }
  // Two or more colons without brackets: a bare IPv6 address on the default port.
  return { ok: true, value: { remembered: { host: host.toLowerCase(), port } } };
}

/** "127.0.0.1:6379", "[::1]:6380", "unix:/run/redis.sock": how the server is named in the UI. */
export function endpointLabel(c: RememberedConnection): string {
  if (c.socket) return `unix:${c.socket}`;
  const host = c.host ?? '';
  const shown = host.includes(':') ? `[${host}]` : host;
  return `${shown}:${c.port ?? DEFAULT_PORT}`;
}

/** The user the audit authenticates as; the server's implicit user when none is given. */
export function effectiveUser(c: RememberedConnection): string {
  return c.username || 'default';
}

/** A one-line description for the recent list: scheme, user, endpoint, TLS choices. */
export function connectionLabel(c: RememberedConnection): string {
  const scheme = c.socket ? '' : c.tls ? 'rediss://' : 'redis://';
  const user = c.username ? `${c.username}@` : '';
  return `${scheme}${user}${endpointLabel(c)}`;
}

export function connectionDetail(c: RememberedConnection): string {
  if (!c.tls) return c.socket ? 'Unix socket' : 'plain TCP';
  const parts = ['TLS'];
  if (c.tls.insecureSkipVerify) parts.push('certificate NOT verified');
  if (c.tls.caFile) parts.push(`CA ${c.tls.caFile}`);
  if (c.tls.certFile) parts.push(`client cert ${c.tls.certFile}`);
  if (c.tls.servername) parts.push(`server name ${c.tls.servername}`);
  return parts.join(', ');
}

/** Prefix of every SecretStorage key the audit uses (kept apart from other stored secrets). */
export const SECRET_KEY_PREFIX = 'redisConf.audit.password:';

/**
 * The SecretStorage key of the password for this endpoint and user. Host names are compared
 * without case; the TLS choice is left out (one port speaks either TLS or plain text). The user
 * is percent-encoded so "a@b" as a user cannot collide with another endpoint.
 */
export function secretKeyFor(c: RememberedConnection): string {
  return `${SECRET_KEY_PREFIX}${encodeURIComponent(effectiveUser(c))}@${endpointLabel({ ...c, host: c.host?.toLowerCase() })}`;
}

/** Two records name the same server and user (the recent list keeps one entry per pair). */
export function sameConnection(a: RememberedConnection, b: RememberedConnection): boolean {
  return secretKeyFor(a) === secretKeyFor(b) && Boolean(a.tls) === Boolean(b.tls);
}

/** Puts `entry` first, drops older entries for the same server and user, keeps at most `max`. */
export function addRecent(list: readonly RememberedConnection[], entry: RememberedConnection, max: number): RememberedConnection[] {
  if (max <= 0) return [];
  return [cleanRecord(entry), ...list.filter((c) => !sameConnection(c, entry))].slice(0, max);
}

export function removeRecent(list: readonly RememberedConnection[], entry: RememberedConnection): RememberedConnection[] {
  return list.filter((c) => !sameConnection(c, entry));
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Copies only the known, non-secret fields. Used both before storing (so a stray property can
 * never reach globalState) and when reading back what an older version stored.
 */
export function cleanRecord(raw: unknown): RememberedConnection {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const out: RememberedConnection = {};
  const socket = str(r.socket);
  if (socket) {
    out.socket = socket;
  } else {
    const host = str(r.host);
    if (host) out.host = host;
    out.port = typeof r.port === 'number' && Number.isInteger(r.port) && r.port >= 1 && r.port <= 65535 ? r.port : DEFAULT_PORT;
  }
  const username = str(r.username);
  if (username) out.username = username;
  if (!socket && typeof r.tls === 'object' && r.tls !== null) {
    const t = r.tls as Record<string, unknown>;
    const tls: RememberedTls = {};
    for (const key of ['caFile', 'certFile', 'keyFile', 'servername'] as const) {
      const v = str(t[key]);
      if (v) tls[key] = v;
    }
    if (t.insecureSkipVerify === true) tls.insecureSkipVerify = true;
    out.tls = tls;
  }
  return out;
}

/** Reads the stored list, dropping anything that is not a usable record. */
export function readRecentList(raw: unknown): RememberedConnection[] {
  if (!Array.isArray(raw)) return [];
  return raw.map(cleanRecord).filter((c) => c.socket || c.host);
}

/** PEM contents read by the caller from the remembered file paths. */
export interface TlsMaterial {
  ca?: string;
  cert?: string;
  key?: string;
}

/** The audit's target: the remembered record plus the in-memory secrets and PEM texts. */
export function toTarget(c: RememberedConnection, password: string | undefined, material: TlsMaterial = {}): ConnectionTarget {
  const target: ConnectionTarget = c.socket ? { socket: c.socket } : { host: c.host, port: c.port ?? DEFAULT_PORT };
  if (c.tls && !c.socket) {
    target.tls = {
      ...(material.ca !== undefined ? { ca: material.ca } : {}),
      ...(material.cert !== undefined ? { cert: material.cert } : {}),
      ...(material.key !== undefined ? { key: material.key } : {}),
      ...(c.tls.servername ? { servername: c.tls.servername } : {}),
      ...(c.tls.insecureSkipVerify ? { insecureSkipVerify: true } : {}),
    };
  }
  if (c.username) target.username = c.username;
  if (password) target.password = password;
  return target;
}
