/**
 * The checks only a running server can answer (checks.md §10, ids RCS9xx), plus the exact-version
 * CVE findings. Each reads ProbeResults (and the live model for context) and returns findings in
 * the report's shape. Nothing here sees a secret: the probes judged those in memory.
 */
import { isLoopbackAddress, isPrivateAddress } from '../rules/exposure';
import type { RuleSeverity } from '../rules/types';
import { knownCveFinding, unsupportedFinding } from '../rules/version/versionFindings';
import { configAnswered, versionParts, type LiveModel } from './liveModel';
import type { AuditFinding, ProbeResults } from './types';

export interface LiveCheckInfo {
  id: string;
  name: string;
  severity: RuleSeverity;
  summary: string;
}

/** The live-only checks this audit implements; each has a page under docs/rules/. */
export const LIVE_CHECKS: LiveCheckInfo[] = [
  { id: 'RCS901', name: 'unauthenticated-access', severity: 'error', summary: 'A connection without credentials can run commands on the server.' },
  { id: 'RCS902', name: 'rogue-module-loaded', severity: 'error', summary: 'A loaded module looks like an exploit or comes from a writable place.' },
  { id: 'RCS903', name: 'unexpected-master', severity: 'error', summary: 'The server replicates from a master on a public or unexpected address.' },
  { id: 'RCS904', name: 'persistence-target-tampered', severity: 'error', summary: 'dir or dbfilename at run time differ from the config file.' },
  { id: 'RCS905', name: 'runtime-config-drift', severity: 'warning', summary: 'Running settings differ from the open config file.' },
  { id: 'RCS906', name: 'auth-bruteforce-signals', severity: 'warning', summary: 'The server counts failed logins or refused connections.' },
  { id: 'RCS907', name: 'clients-from-untrusted-nets', severity: 'info', summary: 'Clients are connected from outside loopback.' },
  { id: 'RCS908', name: 'stored-code-review', severity: 'info', summary: 'Lua scripts are cached on the server.' },
  { id: 'RCS909', name: 'managed-service-limits', severity: 'info', summary: 'CONFIG GET is not available, so the configuration was not judged.' },
  { id: 'RCS910', name: 'audit-tls-unverified', severity: 'warning', summary: "The audit connected over TLS without checking the server's certificate." },
];

export function liveCheckInfo(id: string): LiveCheckInfo | undefined {
  return LIVE_CHECKS.find((c) => c.id === id);
}

function finding(id: string, message: string, settings: string[] = [], severity?: RuleSeverity): AuditFinding {
  const info = liveCheckInfo(id);
  return { id, name: info?.name ?? id, severity: severity ?? info?.severity ?? 'warning', message, ...(settings.length ? { settings } : {}) };
}

/** RCS901: what a fresh connection without credentials got. */
export function unauthenticatedAccess(results: ProbeResults): AuditFinding[] {
  const u = results.unauthenticated;
  if (!u) return [];
  const ping = u.ping.trim();
  if (/^\+?PONG$/i.test(ping)) {
    const hello = u.hello && !/^-?(NOAUTH|WRONGPASS|ERR|DENIED)/i.test(u.hello) ? ' HELLO answered as well.' : '';
    return [
      finding(
        'RCS901',
        `A new connection to ${results.endpoint} without any credentials got PONG: whoever reaches this address runs commands as the default user, with its rights.${hello} Give the default user a password or switch it off, and keep protected mode on.`,
        ['requirepass', 'user', 'protected-mode'],
      ),
    ];
  }
  if (/DENIED/i.test(ping)) {
    return [
      finding(
        'RCS901',
        `Protected mode turned away a connection without credentials (DENIED): the default user has no password, and protected mode is all that keeps remote clients out. One "protected-mode no" or a wider bind opens the server; give the default user a password.`,
        ['requirepass', 'user', 'protected-mode'],
        'warning',
      ),
    ];
  }
  return [];
}

/** Module names of Redis Stack, Redis 8 and Valkey bundles. */
const KNOWN_MODULES = new Set(['search', 'ft', 'rejson', 'json', 'timeseries', 'bf', 'graph', 'redisgears', 'redisgears_2', 'rg', 'ai', 'vectorset', 'ldap', 'redisbloom', 'redisearch', 'redistimeseries', 'rediscompat']);
/** Names used by public rogue-master exploits. */
const EXPLOIT_NAMES = new Set(['system', 'exp', 'rce', 'shell', 'evil']);
const WRITABLE_DIRS = ['/tmp/', '/var/tmp/', '/dev/shm/'];

/** RCS902: modules that look planted. */
export function rogueModules(results: ProbeResults, live: LiveModel): AuditFinding[] {
  const modules = results.modules ?? [];
  if (!modules.length) return [];
  const dir = (live.running.get('dir') ?? '').replace(/\/+$/, '');
  const out: AuditFinding[] = [];
  const known: string[] = [];
  for (const m of modules) {
    const why: string[] = [];
    const name = m.name.toLowerCase();
    if (EXPLOIT_NAMES.has(name)) why.push(`"${m.name}" is the name public rogue-master exploits give their module`);
    const path = m.path ?? '';
    if (WRITABLE_DIRS.some((d) => path.startsWith(d))) why.push(`it was loaded from ${path}, a directory every user can write`);
    else if (dir && path.startsWith(dir + '/')) why.push(`it was loaded from the data directory (${dir}), where replication and CONFIG SET can write files`);
    if (why.length) {
      out.push(finding('RCS902', `Module "${m.name}" looks planted: ${why.join('; ')}. Treat the server as compromised: isolate it, check its replication source and ACL log, and rebuild it.`, ['loadmodule']));
    } else if (!KNOWN_MODULES.has(name)) {
      out.push(finding('RCS902', `Module "${m.name}"${path ? ` (${path})` : ''} is loaded and is not one the tool knows. Make sure it is yours: a module runs native code inside the server.`, ['loadmodule'], 'warning'));
    } else {
      known.push(m.version ? `${m.name} ${m.version}` : m.name);
    }
  }
  if (known.length) out.push(finding('RCS902', `Loaded modules: ${known.join(', ')}. They are well known; keep them updated with the server.`, ['loadmodule'], 'info'));
  return out;
}

function isIpAddress(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.includes(':');
}

/** RCS903: a replica, and where its master is. */
export function unexpectedMaster(results: ProbeResults): AuditFinding[] {
  const repl = results.info.replication ?? {};
  const role = (repl.role ?? '').toLowerCase();
  if (role !== 'slave' && role !== 'replica') return [];
  const host = repl.master_host ?? '';
  const where = `${host}${repl.master_port ? `:${repl.master_port}` : ''}`;
  const link = repl.master_link_status ? ` (link ${repl.master_link_status})` : '';
  if (host && isIpAddress(host) && !isLoopbackAddress(host) && !isPrivateAddress(host)) {
    return [
      finding(
        'RCS903',
        `This server replicates from ${where}${link}, a public address. Replicating from an attacker's server is how rogue-master attacks plant modules; unless this master is yours, run REPLICAOF NO ONE from an admin session and investigate.`,
        ['replicaof'],
      ),
    ];
  }
  const judge = host && !isIpAddress(host) ? ' The master is named by host name, so the tool cannot tell whether it is inside your network.' : '';
  return [finding('RCS903', `This server is a replica of ${where || 'an unnamed master'}${link}.${judge} Check that this is the master you expect.`, ['replicaof'], 'info')];
}

function count(section: Record<string, string> | undefined, key: string): number {
  const n = Number(section?.[key] ?? '0');
  return Number.isFinite(n) ? n : 0;
}

/** RCS906: failed logins and refused connections counted since the start. */
export function bruteforceSignals(results: ProbeResults): AuditFinding[] {
  const stats = results.info.stats;
  if (!stats) return [];
  const out: AuditFinding[] = [];
  const denied = count(stats, 'acl_access_denied_auth');
  if (denied > 0) {
    out.push(
      finding(
        'RCS906',
        `The server counted ${denied} failed login${denied === 1 ? '' : 's'} since it started (acl_access_denied_auth). ${denied >= 100 ? 'That many points at password guessing: ' : ''}Look at ACL LOG for the client addresses, and make sure every password is long and random.`,
        ['requirepass', 'user'],
        denied >= 100 ? 'warning' : 'info',
      ),
    );
  }
  const rejected = count(stats, 'rejected_connections');
  if (rejected > 0) {
    out.push(finding('RCS906', `The server refused ${rejected} connection${rejected === 1 ? '' : 's'} because maxclients was reached (rejected_connections): a connection flood or a client leaking connections.`, ['maxclients'], 'info'));
  }
  return out;
}

/** RCS907: clients from outside loopback, and clients logged in as default. */
export function externalClients(results: ProbeResults): AuditFinding[] {
  const c = results.clients;
  if (!c || c.external <= 0) return [];
  const asDefault = c.byUser.default ? ` ${c.byUser.default} connection${c.byUser.default === 1 ? ' is' : 's are'} logged in as the default user.` : '';
  return [finding('RCS907', `${c.external} of ${c.total} connected clients come from outside loopback.${asDefault} Check that these addresses are your applications.`, ['bind'])];
}

/** RCS908: Lua kept on the server. */
export function storedCode(results: ProbeResults): AuditFinding[] {
  const scripts = count(results.info.memory, 'number_of_cached_scripts');
  if (scripts <= 0) return [];
  return [finding('RCS908', `${scripts} Lua script${scripts === 1 ? ' is' : 's are'} cached on the server (number_of_cached_scripts). Review what runs there: scripts run with the rights of whoever calls them.`)];
}

/** RCS909: CONFIG GET refused or renamed. */
export function managedServiceLimits(results: ProbeResults): AuditFinding[] {
  if (configAnswered(results) || results.aborted) return [];
  return [
    finding(
      'RCS909',
      'CONFIG GET is not available (a managed service, a renamed command, or an audit user without +config|get), so none of the configuration rules could judge this server. They are listed as not verified, not as passed; check the provider console for the same settings.',
    ),
  ];
}

/** RCS910: the audit's own connection skipped certificate checks. */
export function tlsUnverified(results: ProbeResults): AuditFinding[] {
  if (!results.tls || results.tlsVerified) return [];
  return [
    finding(
      'RCS910',
      `The audit connected to ${results.endpoint} over TLS without verifying the server certificate (--tls-insecure / "do not verify"): these results could come from any server in the path. Pass the CA that signed the server certificate instead.`,
      ['tls-cert-file'],
    ),
  ];
}

/** RCS801/RCS802 for the exact version INFO server reported. */
export function versionChecks(results: ProbeResults): AuditFinding[] {
  const parts = versionParts(results.version);
  if (!parts || !results.version) return [];
  const subject = { product: results.product ?? ('redis' as const), line: `${parts[0]}.${parts[1]}`, patch: results.version };
  const out: AuditFinding[] = [];
  const eol = unsupportedFinding(subject);
  if (eol) out.push({ id: 'RCS801', name: 'unsupported-version', severity: eol.severity, message: eol.message });
  const cve = knownCveFinding(subject);
  if (cve) out.push({ id: 'RCS802', name: 'known-cve', severity: cve.severity, message: cve.message });
  return out;
}
