/**
 * Command-line parsing for `redis-conf-lint audit`. Pure: argv and the environment in, options or
 * a usage error out; files (TLS material, the config) are read by the caller.
 *
 * The password comes from an environment variable (--password-env) or the URL, never from an
 * option of its own: options end up in shell history and process lists. A URL password works
 * but earns a warning for the same reason.
 */
import { optionWords } from './optionWords';
import type { RuleSeverity } from '../rules/types';
import type { ConnectionTarget } from '../audit/types';
import { findSecurityRule } from './rules';
import { LIVE_CHECKS } from '../audit/liveChecks';

export type AuditFormat = 'text' | 'json' | 'sarif' | 'markdown';
export type AuditFailLevel = 'error' | 'warning' | 'info';

export interface AuditCliOptions {
  /** Where to connect, without TLS file contents (see tlsFiles) and with the password if any. */
  target: ConnectionTarget;
  tlsFiles: { ca?: string; cert?: string; key?: string };
  stepTimeoutMs: number;
  /** A redis.conf to compare with the running values (drift). */
  configPath?: string;
  format: AuditFormat;
  failOn: AuditFailLevel;
  severities: Record<string, RuleSeverity | 'off'>;
  adminUsers?: string[];
  help: boolean;
  /** Warnings to print before running (a password in the URL). */
  warnings: string[];
}

export type AuditParseResult = { ok: true; options: AuditCliOptions } | { ok: false; error: string };

export const DEFAULT_TIMEOUT_MS = 5000;
const FORMATS: readonly AuditFormat[] = ['text', 'json', 'sarif', 'markdown'];
const FAIL_LEVELS: readonly AuditFailLevel[] = ['error', 'warning', 'info'];
const RULE_LEVELS = ['off', 'error', 'warning', 'info', 'hint'] as const;
const VALUE_OPTIONS = new Set(['--user', '--password-env', '--tls-ca', '--tls-cert', '--tls-key', '--tls-servername', '--timeout', '--config', '--format', '--fail-on', '--rule', '--admin-user']);

export const URL_PASSWORD_WARNING =
  'the password was taken from the URL; command lines end up in shell history and process lists, so prefer --password-env VAR';

interface Endpoint {
  target: ConnectionTarget;
  /** The URL asked for TLS (rediss://). */
  tls: boolean;
  passwordInUrl: boolean;
}

function port(text: string): number | undefined {
  if (!/^\d{1,5}$/.test(text)) return undefined;
  const n = Number(text);
  return n >= 1 && n <= 65535 ? n : undefined;
}

/** redis://user:pass@host:port/db, rediss://..., unix:///path, /path, host:port, [v6]:port, host. */
export function parseEndpoint(text: string): Endpoint | string {
  if (/^unix:/i.test(text)) {
    const path = text.replace(/^unix:(\/\/)?/i, '');
    return path.startsWith('/') ? { target: { socket: decodeURIComponent(path.split('?')[0]) }, tls: false, passwordInUrl: false } : `'${text}' is not a unix:///absolute/path`;
  }
  if (text.startsWith('/')) return { target: { socket: text }, tls: false, passwordInUrl: false };
  if (/^rediss?:\/\//i.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return `'${redactUrl(text)}' is not a valid redis:// URL`;
    }
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    if (!host) return 'the URL names no host';
    const p = url.port ? port(url.port) : 6379;
    if (p === undefined) return `bad port in '${redactUrl(text)}'`;
    const target: ConnectionTarget = { host, port: p };
    if (url.username) target.username = decodeURIComponent(url.username);
    if (url.password) target.password = decodeURIComponent(url.password);
    return { target, tls: url.protocol.toLowerCase() === 'rediss:', passwordInUrl: !!url.password };
  }
  const v6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  if (v6) {
    const p = v6[2] === undefined ? 6379 : port(v6[2]);
    return p === undefined ? `bad port in '${text}'` : { target: { host: v6[1], port: p }, tls: false, passwordInUrl: false };
  }
  if (text.includes('@') || text.includes('/')) return `'${redactUrl(text)}' is not an address (use redis://, rediss://, unix:///path or host:port)`;
  const colon = text.lastIndexOf(':');
  if (colon > 0 && text.indexOf(':') === colon) {
    const p = port(text.slice(colon + 1));
    return p === undefined ? `bad port in '${text}'` : { target: { host: text.slice(0, colon), port: p }, tls: false, passwordInUrl: false };
  }
  if (!text || /\s/.test(text) || text.includes(':')) return `'${text}' is not an address (use redis://, rediss://, unix:///path or host:port)`;
  return { target: { host: text, port: 6379 }, tls: false, passwordInUrl: false };
}

/** The URL with its password cut out, for messages. */
export function redactUrl(text: string): string {
  return text.replace(/^(rediss?:\/\/[^:/@]*:)[^@]*@/i, '$1***@');
}

function ruleSetting(value: string): { key: string; level: RuleSeverity | 'off' } | string {
  const eq = value.indexOf('=');
  if (eq <= 0) return `--rule expects <id-or-name>=<level>, got '${value}'`;
  const key = value.slice(0, eq).trim();
  const level = value.slice(eq + 1).trim() as RuleSeverity | 'off';
  if (!(RULE_LEVELS as readonly string[]).includes(level)) return `unknown level '${level}' for rule ${key} (known: ${RULE_LEVELS.join(', ')})`;
  const rule = findSecurityRule(key);
  if (rule) return { key: rule.id, level };
  const live = LIVE_CHECKS.find((c) => c.id === key.toUpperCase() || c.name === key);
  if (live) return { key: live.id, level };
  return `unknown rule '${key}'`;
}

export function parseAuditArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): AuditParseResult {
  const positional: string[] = [];
  let user: string | undefined;
  let passwordEnv: string | undefined;
  const tlsFiles: AuditCliOptions['tlsFiles'] = {};
  let servername: string | undefined;
  let insecure = false;
  let forceTls = false;
  const options: Omit<AuditCliOptions, 'target' | 'tlsFiles'> = { stepTimeoutMs: DEFAULT_TIMEOUT_MS, format: 'text', failOn: 'error', severities: {}, help: false, warnings: [] };

  const cut = optionWords(argv, VALUE_OPTIONS);
  if ('error' in cut) return { ok: false, error: cut.error };
  for (const word of cut.words) {
    if (word.kind === 'positional') {
      positional.push(word.value);
      continue;
    }
    const { name, value } = word;
    switch (name) {
      case '--user':
        user = value;
        break;
      case '--password-env':
        passwordEnv = value;
        break;
      case '--password':
        return { ok: false, error: 'there is no --password option: pass the name of an environment variable with --password-env VAR' };
      case '--tls':
        forceTls = true;
        break;
      case '--tls-ca':
        tlsFiles.ca = value;
        break;
      case '--tls-cert':
        tlsFiles.cert = value;
        break;
      case '--tls-key':
        tlsFiles.key = value;
        break;
      case '--tls-servername':
        servername = value;
        break;
      case '--tls-insecure':
        insecure = true;
        break;
      case '--timeout': {
        const n = /^\d+$/.test(value) ? Number(value) : NaN;
        if (!(n >= 100 && n <= 600_000)) return { ok: false, error: `--timeout takes milliseconds from 100 to 600000, got '${value}'` };
        options.stepTimeoutMs = n;
        break;
      }
      case '--config':
        options.configPath = value;
        break;
      case '--format':
        if (!FORMATS.includes(value as AuditFormat)) return { ok: false, error: `unknown format '${value}' (known: ${FORMATS.join(', ')})` };
        options.format = value as AuditFormat;
        break;
      case '--fail-on':
        if (!FAIL_LEVELS.includes(value as AuditFailLevel)) return { ok: false, error: `unknown level '${value}' for --fail-on (known: ${FAIL_LEVELS.join(', ')})` };
        options.failOn = value as AuditFailLevel;
        break;
      case '--rule': {
        const r = ruleSetting(value);
        if (typeof r === 'string') return { ok: false, error: r };
        options.severities[r.key] = r.level;
        break;
      }
      case '--admin-user':
        options.adminUsers = [...(options.adminUsers ?? []), ...(value === '' ? [] : [value])];
        break;
      case '--help':
      case '-h':
        options.help = true;
        break;
      default:
        return { ok: false, error: `unknown option '${name}'` };
    }
  }
  const empty = { ok: true as const, options: { ...options, target: {}, tlsFiles } };
  if (options.help) return empty;
  if (positional.length === 0) return { ok: false, error: 'audit needs a server: redis://host:port, rediss://host:port, unix:///path or host:port' };
  if (positional.length > 1) return { ok: false, error: `audit takes one server, got ${positional.length}` };

  const endpoint = parseEndpoint(positional[0]);
  if (typeof endpoint === 'string') return { ok: false, error: endpoint };
  const target = endpoint.target;
  if (user !== undefined) target.username = user;
  if (passwordEnv !== undefined) {
    if (endpoint.passwordInUrl) return { ok: false, error: 'the password is given twice (in the URL and with --password-env); keep --password-env' };
    const password = env[passwordEnv];
    if (password === undefined || password === '') return { ok: false, error: `environment variable ${passwordEnv} is not set or empty` };
    target.password = password;
  }
  if (endpoint.passwordInUrl) options.warnings.push(URL_PASSWORD_WARNING);

  const wantsTls = endpoint.tls || forceTls || insecure || servername !== undefined || Object.keys(tlsFiles).length > 0;
  if (wantsTls && target.socket) return { ok: false, error: 'TLS options do not apply to a Unix socket' };
  if (!!tlsFiles.cert !== !!tlsFiles.key) return { ok: false, error: '--tls-cert and --tls-key go together' };
  if (wantsTls) {
    target.tls = {};
    if (servername !== undefined) target.tls.servername = servername;
    if (insecure) target.tls.insecureSkipVerify = true;
  }
  return { ok: true, options: { ...options, target, tlsFiles } };
}

export function auditUsage(): string {
  return [
    'Usage: redis-conf-lint audit <server> [options]',
    '',
    'Connects to a running Redis or Valkey and reports what is exposed, with the same rule ids as the',
    'file checks. Only read-only commands are sent (PING, HELLO, INFO, CONFIG GET, ACL LIST, ACL DRYRUN,',
    'COMMAND INFO, MODULE LIST, CLIENT LIST); nothing on the server is changed.',
    '',
    '<server> is redis://[user@]host[:port], rediss://... (TLS), unix:///path/to/socket or host:port.',
    '',
    'Options:',
    '  --user <name>             ACL user to log in as (the audit works best with an admin or the',
    '                            read-only auditor user described in the docs)',
    '  --password-env <VAR>      read the password from environment variable VAR; a password in the URL',
    '                            also works but lands in shell history',
    '  --tls                     use TLS with host:port (implied by rediss:// and the --tls-* options)',
    '  --tls-ca <file>           CA bundle (PEM) to verify the server certificate',
    '  --tls-cert <file>         client certificate (PEM), with --tls-key <file>',
    '  --tls-servername <name>   name to verify in the certificate (default: the host)',
    '  --tls-insecure            do not verify the server certificate (the report flags it)',
    `  --timeout <ms>            time allowed for each network step (default ${DEFAULT_TIMEOUT_MS})`,
    '  --config <redis.conf>     compare the running values with this file and report every difference',
    '  --format text|json|sarif|markdown',
    '                            output format (default text)',
    '  --fail-on error|warning|info',
    '                            exit 1 when a finding at this level or above exists (default error)',
    '  --rule <id-or-name>=<level>',
    '                            set a rule (RCS or live check) to off, error, warning, info or hint',
    "  --admin-user <name>       ACL user that may hold admin rights (repeatable; default admin)",
    '  -h, --help                show this help',
    '',
    'Exit status: 0 nothing at or above the --fail-on level, 1 such findings, 2 usage error, connection',
    'error or an audit that stopped early (the partial report is still printed).',
  ].join('\n');
}
