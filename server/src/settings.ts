/**
 * The user settings of the extension, described once. The server normalizes what the client
 * sends with it, the client reads target labels from it, and `scripts/sync-settings.mjs` writes
 * the `contributes.configuration` block of package.json from it (settings.test.ts keeps the two
 * in step).
 */
// targets.ts, not index.ts: the client bundles this file and must not pull in the catalog data.
import { DEFAULT_TARGET, TARGETS } from './catalog/targets';
import type { TargetId, TargetInfo } from './catalog/types';

export type TraceLevel = 'off' | 'messages' | 'verbose';

export type RuleLevel = 'off' | 'error' | 'warning' | 'info' | 'hint';

export interface Settings {
  target: TargetId;
  validate: { enable: boolean };
  security: {
    enable: boolean;
    /** Users allowed to hold admin rights without a finding. */
    adminUsers: string[];
    /** `# redis-conf-lint: ignore ...` comments are honoured. */
    allowInlineIgnores: boolean;
  };
  /** Per-rule severity overrides, keyed by id (RCS001) or name (bind-all-interfaces). */
  rules: Record<string, RuleLevel>;
  trace: { server: TraceLevel };
  /** The live audit (client only). Connections and secrets are kept elsewhere, never here. */
  audit: {
    /** Time allowed to each network step (connect, each command), milliseconds. */
    timeoutMs: number;
    /** How many recent connections (without secrets) the audit prompt offers; 0 remembers none. */
    maxRecentConnections: number;
  };
}

/** The configuration section every key lives under (`redisConf.target`, ...). */
export const SECTION = 'redisConf';

/** The targets the catalog knows, in its order. */
export function targetIds(): TargetId[] {
  return TARGETS.map(t => t.id);
}

export function isKnownTarget(value: unknown): value is TargetId {
  return TARGETS.some(t => t.id === value);
}

/** "Redis 7.0"; the id itself for an id the catalog does not know. */
export function targetLabel(id: string): string {
  return TARGETS.find(t => t.id === id)?.label ?? id;
}

function targetDescription(t: TargetInfo): string {
  const checked = t.verifiedAgainstServer ? ', checked against the real server' : '';
  return `Check files the way ${t.label} reads them (facts from ${t.source}${checked}).`;
}

const TRACE_LEVELS: readonly TraceLevel[] = ['off', 'messages', 'verbose'];

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  target: DEFAULT_TARGET,
  validate: Object.freeze({ enable: true }),
  security: Object.freeze({ enable: true, adminUsers: ['admin'], allowInlineIgnores: true }),
  rules: Object.freeze({}),
  trace: Object.freeze({ server: 'off' as TraceLevel }),
  audit: Object.freeze({ timeoutMs: 5000, maxRecentConnections: 10 }),
}) as Settings;

/** Bounds of the audit settings: a step needs some time even on loopback; a minute is plenty. */
export const AUDIT_TIMEOUT_RANGE = { min: 500, max: 60000 } as const;
export const AUDIT_RECENT_RANGE = { min: 0, max: 50 } as const;

function clampedInteger(value: unknown, range: { min: number; max: number }, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(range.max, Math.max(range.min, Math.round(value)));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a value that came from a client: either the nested object VS Code returns for the
 * `redisConf` section, or a flat object with dotted keys (`"validate.enable": false`), as some
 * editors send. Anything missing or of the wrong type falls back to its default.
 */
export function normalizeSettings(raw: unknown): Settings {
  const obj = isRecord(raw) ? raw : {};
  const pick = (path: string[]): unknown => {
    const dotted = obj[path.join('.')];
    if (dotted !== undefined) return dotted;
    let cur: unknown = obj;
    for (const key of path) {
      if (!isRecord(cur)) return undefined;
      cur = cur[key];
    }
    return cur;
  };
  const target = pick(['target']);
  const enable = pick(['validate', 'enable']);
  const trace = pick(['trace', 'server']);
  const securityEnable = pick(['security', 'enable']);
  const adminUsers = pick(['security', 'adminUsers']);
  const allowInline = pick(['security', 'allowInlineIgnores']);
  const rules = pick(['rules']);
  const auditTimeout = pick(['audit', 'timeoutMs']);
  const auditRecent = pick(['audit', 'maxRecentConnections']);
  const sec = DEFAULT_SETTINGS.security;
  return {
    target: isKnownTarget(target) ? target : DEFAULT_SETTINGS.target,
    validate: { enable: typeof enable === 'boolean' ? enable : DEFAULT_SETTINGS.validate.enable },
    security: {
      enable: typeof securityEnable === 'boolean' ? securityEnable : sec.enable,
      adminUsers: Array.isArray(adminUsers) && adminUsers.every((u) => typeof u === 'string') ? [...adminUsers] : [...sec.adminUsers],
      allowInlineIgnores: typeof allowInline === 'boolean' ? allowInline : sec.allowInlineIgnores,
    },
    rules: normalizeRuleLevels(rules),
    trace: {
      server: TRACE_LEVELS.includes(trace as TraceLevel) ? (trace as TraceLevel) : DEFAULT_SETTINGS.trace.server,
    },
    audit: {
      timeoutMs: clampedInteger(auditTimeout, AUDIT_TIMEOUT_RANGE, DEFAULT_SETTINGS.audit.timeoutMs),
      maxRecentConnections: clampedInteger(auditRecent, AUDIT_RECENT_RANGE, DEFAULT_SETTINGS.audit.maxRecentConnections),
    },
  };
}

const RULE_LEVELS: readonly RuleLevel[] = ['off', 'error', 'warning', 'info', 'hint'];

function normalizeRuleLevels(raw: unknown): Record<string, RuleLevel> {
  const out: Record<string, RuleLevel> = {};
  if (!isRecord(raw)) return out;
  for (const [key, value] of Object.entries(raw)) {
    if (RULE_LEVELS.includes(value as RuleLevel)) out[key] = value as RuleLevel;
  }
  return out;
}

/** The `contributes.configuration` object of package.json. */
export function configurationContribution(): Record<string, unknown> {
  return {
    title: 'Redis Config',
    properties: {
      [`${SECTION}.target`]: {
        type: 'string',
        scope: 'resource',
        enum: targetIds(),
        enumDescriptions: TARGETS.map(targetDescription),
        default: DEFAULT_SETTINGS.target,
        markdownDescription:
          'The server version the files are checked against: which directives exist, their value ranges and the ' +
          'error texts. Change it with **Redis: Select Target Version** or by clicking the version in the status bar.',
      },
      [`${SECTION}.validate.enable`]: {
        type: 'boolean',
        scope: 'resource',
        default: DEFAULT_SETTINGS.validate.enable,
        description: 'Report problems in redis.conf and ACL files while you edit them.',
      },
      [`${SECTION}.security.enable`]: {
        type: 'boolean',
        scope: 'resource',
        default: DEFAULT_SETTINGS.security.enable,
        description: 'Report security problems (RCS rules): exposed ports, missing or weak passwords, dangerous commands, no TLS...',
      },
      [`${SECTION}.security.adminUsers`]: {
        type: 'array',
        items: { type: 'string' },
        scope: 'resource',
        default: DEFAULT_SETTINGS.security.adminUsers,
        description: 'ACL users that may hold administrative rights (+@all, @dangerous) without a finding.',
      },
      [`${SECTION}.security.allowInlineIgnores`]: {
        type: 'boolean',
        scope: 'resource',
        default: DEFAULT_SETTINGS.security.allowInlineIgnores,
        markdownDescription:
          'Honour `# redis-conf-lint: ignore RCSxxx -- reason` comments (next directive) and `# redis-conf-lint: ignore-file RCSxxx` ' +
          '(whole file). Turn off to make every finding visible regardless of such comments.',
      },
      [`${SECTION}.rules`]: {
        type: 'object',
        scope: 'resource',
        default: {},
        additionalProperties: { type: 'string', enum: [...RULE_LEVELS] },
        markdownDescription:
          'Severity per rule, by id or name, e.g. `{ "RCS003": "off", "no-tls": "error" }`. `off` hides the rule. ' +
          'ACL files cannot hold comments, so this is the way to silence a finding there.',
      },
      [`${SECTION}.trace.server`]: {
        type: 'string',
        scope: 'window',
        enum: [...TRACE_LEVELS],
        enumDescriptions: [
          'Log nothing about the messages.',
          'Log the name of each message between the editor and the language server.',
          'Log each message with its content.',
        ],
        default: DEFAULT_SETTINGS.trace.server,
        description: 'Traces the communication with the language server in the "Redis Config" output channel.',
      },
      [`${SECTION}.audit.timeoutMs`]: {
        type: 'integer',
        scope: 'window',
        default: DEFAULT_SETTINGS.audit.timeoutMs,
        minimum: AUDIT_TIMEOUT_RANGE.min,
        maximum: AUDIT_TIMEOUT_RANGE.max,
        markdownDescription:
          'Milliseconds **Redis: Audit Live Instance…** allows each network step (connecting, the TLS handshake, each ' +
          'read-only command). A step that gets no answer in time is reported, and the results gathered so far are kept.',
      },
      [`${SECTION}.audit.maxRecentConnections`]: {
        type: 'integer',
        scope: 'application',
        default: DEFAULT_SETTINGS.audit.maxRecentConnections,
        minimum: AUDIT_RECENT_RANGE.min,
        maximum: AUDIT_RECENT_RANGE.max,
        markdownDescription:
          'How many audited servers the audit prompt offers again (address, user and TLS file paths, never a password; ' +
          'passwords are only kept in VS Code\'s secret storage when you ask). `0` remembers none.',
      },
    },
  };
}
