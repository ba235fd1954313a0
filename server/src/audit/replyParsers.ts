/**
 * Pure helpers of the probes: reading the replies of INFO, CONFIG GET, ACL, COMMAND INFO,
 * MODULE LIST and CLIENT LIST (RESP2 shapes, with RESP3 maps tolerated), and judging secrets in
 * memory. Nothing here touches the network.
 */
import { getCatalog, TARGETS } from '../catalog/index';
import type { TargetId } from '../catalog/types';
import { judgePassword } from '../rules/auth/passwordStrength';

/** `INFO` text -> section (lower case, "server") -> key -> value. */
export function parseInfo(text: string): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  let section: Record<string, string> | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('#')) {
      const name = line.slice(1).trim().toLowerCase();
      section = out[name] ??= {};
      continue;
    }
    const at = line.indexOf(':');
    if (at <= 0) continue;
    section ??= out.unknown ??= {};
    section[line.slice(0, at)] = line.slice(at + 1);
  }
  return out;
}

/** Product and version from INFO server: Valkey also reports a redis_version for compatibility. */
export function productOf(server: Record<string, string> | undefined): { product?: 'redis' | 'valkey'; version?: string } {
  if (!server) return {};
  if (server.valkey_version || /valkey/i.test(server.server_name ?? '')) {
    return { product: 'valkey', version: server.valkey_version ?? server.redis_version };
  }
  return server.redis_version ? { product: 'redis', version: server.redis_version } : {};
}

/** [7, 0, 15] from "7.0.15". */
export function versionNumbers(version: string | undefined): number[] | undefined {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(version ?? '');
  return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : undefined;
}

export function atLeast(version: string | undefined, major: number, minor = 0): boolean | undefined {
  const v = versionNumbers(version);
  if (!v) return undefined;
  return v[0] > major || (v[0] === major && v[1] >= minor);
}

/** The catalog line of the product at or below `version` (the newest when unknown). */
export function nearestTarget(product: 'redis' | 'valkey' | undefined, version: string | undefined): TargetId {
  const lines = TARGETS.filter((t) => t.product === (product ?? 'redis'));
  const v = versionNumbers(version);
  if (!v) return lines[lines.length - 1].id;
  const below = lines.filter((t) => t.major < v[0] || (t.major === v[0] && t.minor <= v[1]));
  return (below.length ? below[below.length - 1] : lines[0]).id;
}

/** A flat `[k1, v1, k2, v2...]` array or a RESP3 map -> plain object of strings. */
export function pairs(reply: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (Array.isArray(reply)) {
    for (let i = 0; i + 1 < reply.length; i += 2) out[String(reply[i])] = reply[i + 1];
  } else if (reply instanceof Map) {
    for (const [k, v] of reply) out[String(k)] = v;
  } else if (reply && typeof reply === 'object') {
    Object.assign(out, reply);
  }
  return out;
}

/** Password-like settings are judged for strength; other sensitive ones (masteruser) only reported as set. */
const PASSWORD_SETTINGS = /(pass|auth)$/;

/** Every setting some catalog marks sensitive, plus the ones the audit always hides. */
export const SENSITIVE_SETTINGS: ReadonlySet<string> = (() => {
  const names = new Set(['requirepass', 'masterauth', 'primaryauth', 'tls-key-file-pass', 'tls-client-key-file-pass']);
  for (const t of TARGETS) {
    for (const d of Object.values(getCatalog(t.id).directives)) if (d.sensitive) names.add(d.name.toLowerCase());
  }
  return names;
})();

export const REDACTED = '<redacted>';

export interface JudgedConfig {
  /** The CONFIG GET values with sensitive ones replaced by REDACTED (empty ones stay empty). */
  config: Record<string, string>;
  sensitiveSet: Record<string, boolean>;
  weakSecrets: Record<string, string | null>;
}

/**
 * Redacts the sensitive values of a CONFIG GET reply and judges them in memory; the plain
 * values go nowhere but into judgePassword.
 */
export function judgeConfig(reply: unknown): JudgedConfig {
  const config: Record<string, string> = {};
  const sensitiveSet: Record<string, boolean> = {};
  const weakSecrets: Record<string, string | null> = {};
  for (const [rawName, rawValue] of Object.entries(pairs(reply))) {
    const name = rawName.toLowerCase();
    const value = rawValue === null || rawValue === undefined ? '' : String(rawValue);
    if (!SENSITIVE_SETTINGS.has(name)) {
      config[rawName] = value;
      continue;
    }
    const set = value !== '';
    sensitiveSet[name] = set;
    config[rawName] = set ? REDACTED : '';
    if (set && PASSWORD_SETTINGS.test(name)) {
      const verdict = judgePassword(value);
      weakSecrets[name] = verdict.level ? verdict.reason : null;
    }
  }
  return { config, sensitiveSet, weakSecrets };
}

/** "user admin on #… ~* +@all" -> "admin". */
export function aclUserName(line: string): string | undefined {
  const m = /^user\s+(\S+)/.exec(line.trim());
  return m ? m[1] : undefined;
}

/** What ACL DRYRUN answers when the user may run the command. */
export function dryRunAllowed(reply: unknown): boolean {
  return String(reply).trim().toUpperCase() === 'OK';
}

/** `EVAL "return 1" 0`: the key of a DRYRUN verdict, quoting arguments with spaces. */
export function probeKey(argv: readonly string[]): string {
  return argv.map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(' ');
}

/** MODULE LIST reply -> name, path, version. */
export function parseModules(reply: unknown): Array<{ name: string; path?: string; version?: string }> {
  if (!Array.isArray(reply)) return [];
  return reply.map((entry) => {
    const p = pairs(entry);
    const module: { name: string; path?: string; version?: string } = { name: String(p.name ?? '') };
    if (p.path !== undefined && p.path !== null && p.path !== '') module.path = String(p.path);
    if (p.ver !== undefined && p.ver !== null) module.version = String(p.ver);
    return module;
  });
}

/** CLIENT LIST line -> field -> value. */
function clientFields(line: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of line.trim().split(' ')) {
    const at = part.indexOf('=');
    if (at > 0) out[part.slice(0, at)] = part.slice(at + 1);
  }
  return out;
}

/** Whether a client address is loopback or a Unix socket. */
export function isLocalClient(fields: Record<string, string>): boolean {
  if ((fields.flags ?? '').includes('U')) return true;
  const addr = fields.addr ?? '';
  if (addr.startsWith('/') || addr.startsWith('unix:')) return true;
  const host = addr.startsWith('[') ? addr.slice(1, addr.indexOf(']')) : addr.slice(0, addr.lastIndexOf(':'));
  return /^127\./.test(host) || host === '::1' || /^::ffff:127\./i.test(host);
}

/**
 * CLIENT LIST -> counts only (no names, addresses or commands). The audit's own connection,
 * the one running CLIENT LIST, is left out.
 */
export function summariseClients(text: string): { total: number; byUser: Record<string, number>; external: number } {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const all = lines.map(clientFields);
  // 7.0+ shows the subcommand; older servers only "client", where the first such entry is taken.
  let self = all.findIndex((f) => f.cmd === 'client|list');
  if (self < 0) self = all.findIndex((f) => f.cmd === 'client');
  const others = all.filter((_, i) => i !== self);
  const byUser: Record<string, number> = {};
  let external = 0;
  for (const f of others) {
    const user = f.user ?? 'default';
    byUser[user] = (byUser[user] ?? 0) + 1;
    if (!isLocalClient(f)) external++;
  }
  return { total: others.length, byUser, external };
}

/** HELLO reply -> "redis 7.0.15 (proto 2, standalone, master)". */
export function summariseHello(reply: unknown): { text: string; product?: 'redis' | 'valkey'; version?: string } {
  const p = pairs(reply);
  const server = String(p.server ?? '').toLowerCase();
  const version = p.version === undefined ? undefined : String(p.version);
  const product = server === 'valkey' ? 'valkey' : server === 'redis' ? 'redis' : undefined;
  const details = [p.proto !== undefined ? `proto ${p.proto}` : '', p.mode ? String(p.mode) : '', p.role ? String(p.role) : ''].filter(Boolean).join(', ');
  const text = `${server || 'unknown server'} ${version ?? ''}`.trim() + (details ? ` (${details})` : '');
  return { text, product, version };
}
