/**
 * The analysis of a live audit: the file rules over the live model (liveModel.ts), the live-only
 * checks (liveChecks.ts), ACL DRYRUN verdicts under the ids of the matching file rules, the exact
 * version's CVEs, and drift against an open config. Pure: ProbeResults in, AuditReport out.
 *
 * A check that could not run is listed under notVerified, never dropped silently: that is how a
 * managed service that hides CONFIG does not come out looking clean.
 */
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { DEFAULT_ADMIN_USERS, runRules, RuleSettings } from '../rules/engine';
import { ALL_RULES } from '../rules/registry';
import { COMMON_PASSWORDS } from '../rules/auth/commonPasswords';
import { sha256Hex } from '../rules/acl/sha256';
import type { Rule, RuleSeverity } from '../rules/types';
import { computeDrift } from './drift';
import { buildLiveModel, CORE_SETTINGS, LiveModel } from './liveModel';
import * as live from './liveChecks';
import type { AuditFinding, AuditReport, NotVerified, ProbeResults } from './types';

export interface AnalyzeOptions {
  rules?: RuleSettings;
  /** An open redis.conf, for drift. */
  configText?: string;
  /** The clock, for tests; the start time is this minus the probes' wall time. */
  now?: Date;
}

/**
 * File rules the audit does not run, and why. Each either needs the text of a file (line order,
 * rename-command and loadmodule lines, include) or has a live form here that reads better data.
 */
export const FILE_ONLY_RULES: Readonly<Record<string, string>> = {
  RCS102: 'replaced by the live form: the probes judge secrets in memory (weakSecrets) and ACL LIST hashes are compared with well-known passwords',
  RCS103: 'about two lines of one file; ACL LIST shows the outcome',
  RCS104: 'about two lines of one file; ACL LIST shows the outcome',
  RCS201: 'replaced by the live form, which reads the default user from ACL LIST',
  RCS206: 'about the order of words in a user line; ACL LIST prints rules already applied',
  RCS207: 'ACL LIST never shows plaintext passwords',
  RCS305: 'rename-command lines are not visible at run time; commands missing from COMMAND INFO are reported instead',
  RCS306: 'needs the rename-command lines of the file',
  RCS307: 'needs the new names of the rename-command lines',
  RCS310: 'loadmodule lines are not visible at run time; MODULE LIST is judged by RCS902',
  RCS509: 'about the position of include lines in a file',
  RCS801: 'replaced by the exact-version finding from INFO server',
  RCS802: 'replaced by the exact-version finding from INFO server',
};

/** Rules that judge users only: the ones that still run when CONFIG GET is refused. */
const USER_RULES = new Set(['RCS202', 'RCS203', 'RCS204', 'RCS205', 'RCS214', 'RCS215', 'RCS217', 'RCS610']);

/** Where a rule's finding about something missing belongs in a config file. */
const RULE_SETTINGS: Readonly<Record<string, string[]>> = {
  RCS001: ['bind'],
  RCS003: ['port'],
  RCS101: ['requirepass'],
  RCS213: ['acl-pubsub-default'],
  RCS304: ['user'],
  RCS309: ['user'],
  RCS401: ['tls-port'],
  RCS408: ['tls-replication'],
  RCS507: ['hide-user-data-from-log'],
  RCS601: ['maxmemory'],
  RCS602: ['client-output-buffer-limit'],
  RCS603: ['client-output-buffer-limit'],
  RCS605: ['maxmemory-clients'],
  RCS607: ['timeout'],
  RCS702: ['min-replicas-to-write'],
};

const SEVERITY_NAME: Record<number, RuleSeverity> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info',
  [DiagnosticSeverity.Hint]: 'hint',
};

const RANK: Record<RuleSeverity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/** The rules that can judge this server with the data the probes got. */
export function liveRules(liveModel: LiveModel): Rule[] {
  return ALL_RULES.filter((r) => !FILE_ONLY_RULES[r.id] && (liveModel.configKnown || USER_RULES.has(r.id)));
}

interface Located {
  finding: AuditFinding;
  /** The ACL user the finding is about, when it points at a user line. */
  user?: string;
}

function ruleFindings(liveModel: LiveModel, settings: RuleSettings): Located[] {
  return runRules(liveModel.model, settings, liveRules(liveModel)).map(({ rule, finding, diagnostic }) => {
    const ref = finding.range ? liveModel.lineRefs[finding.range.start.line] : undefined;
    const names = ref?.kind === 'setting' ? [ref.name] : ref?.kind === 'user' ? ['user'] : (RULE_SETTINGS[rule.id] ?? []);
    const f: AuditFinding = { id: rule.id, name: rule.name, severity: SEVERITY_NAME[diagnostic.severity ?? DiagnosticSeverity.Warning], message: finding.message };
    if (names.length) f.settings = names;
    return { finding: f, user: ref?.kind === 'user' ? ref.name : undefined };
  });
}

/** The live form of RCS201: the running default user is on with nopass. */
function defaultUserNopass(liveModel: LiveModel): AuditFinding[] {
  if (!liveModel.usersKnown) return [];
  const def = liveModel.model.users.filter((u) => u.name === 'default').pop();
  if (!def || !def.effective.enabled || !def.effective.nopass) return [];
  return [
    {
      id: 'RCS201',
      name: 'default-user-nopass',
      severity: 'error',
      message: 'The running default user is on with nopass (ACL LIST): every client that connects gets its rights without a password. Give it a password hash, or turn it off and give clients their own users.',
      settings: ['user', 'requirepass'],
    },
  ];
}

let knownHashes: Map<string, true> | undefined;
function wellKnownHash(hash: string): boolean {
  knownHashes ??= new Map(['', ...COMMON_PASSWORDS].map((p) => [sha256Hex(p), true]));
  return knownHashes.has(hash.toLowerCase());
}

/** The live form of RCS102: verdicts the probes reached in memory, and well-known ACL hashes. */
function weakPasswords(results: ProbeResults, liveModel: LiveModel): AuditFinding[] {
  const out: AuditFinding[] = [];
  const advice = 'Use a long random value, such as the 64 hex characters of ACL GENPASS.';
  for (const [name, reason] of Object.entries(results.weakSecrets ?? {}).sort()) {
    if (!reason) continue;
    // passwordStrength.ts words the 64-128 bit band as "below the 128 bits"; all else is an error.
    const severity: RuleSeverity = /below the \d+ bits/.test(reason) ? 'warning' : 'error';
    out.push({ id: 'RCS102', name: 'weak-password', severity, message: `The running ${name} is weak: ${reason}. ${advice}`, settings: [name] });
  }
  const requirepassJudged = !!results.weakSecrets?.requirepass;
  for (const user of liveModel.model.users) {
    if (user.source !== 'live' || !user.effective.enabled) continue;
    if (user.name === 'default' && requirepassJudged) continue;
    if (!user.effective.hashes.some(wellKnownHash)) continue;
    const who = user.name === 'default' ? 'the default user' : `user "${user.name}"`;
    out.push({
      id: 'RCS102',
      name: 'weak-password',
      severity: 'error',
      message: `A password of ${who} is a well-known or empty one (its SHA-256 hash matches our list): a dictionary attack finds it at once. ${advice}`,
      settings: ['user'],
    });
  }
  return out;
}

/** DRYRUN commands grouped under the file rule that covers them. */
function dryRunRule(command: string, user: string): string {
  if (user === 'default') return 'RCS309';
  if (/^(eval|evalsha|eval_ro|evalsha_ro|fcall|fcall_ro|function|script)$/.test(command)) return 'RCS205';
  if (command === 'keys') return 'RCS610';
  return 'RCS204';
}

const DRYRUN_NAMES: Record<string, string> = { RCS204: 'dangerous-commands-granted', RCS205: 'scripting-granted', RCS309: 'dangerous-commands-unprotected', RCS610: 'keys-command-allowed' };

/** "CONFIG SET dir /x" -> "CONFIG SET"; "FLUSHALL" -> "FLUSHALL". */
function commandLabel(probe: string, liveModel: LiveModel): { command: string; label: string } {
  const words = probe.trim().split(/\s+/);
  const command = (words[0] ?? '').toLowerCase();
  const hasSubs = (liveModel.model.commands.commands[command]?.subcommands.length ?? 0) > 0;
  return { command, label: hasSubs && words[1] ? `${words[0]} ${words[1]}`.toUpperCase() : command.toUpperCase() };
}

/** DEBUG and MODULE are also gated by enable-*-command, which ACL DRYRUN does not evaluate. */
function blockedBySwitch(command: string, liveModel: LiveModel): boolean {
  const name = command === 'debug' ? 'enable-debug-command' : command === 'module' ? 'enable-module-command' : undefined;
  const value = name ? liveModel.running.get(name) : undefined;
  return value !== undefined && value.toLowerCase() === 'no';
}

/**
 * ACL DRYRUN answers ("would this user be allowed?") under the ids of the file rules. Where the
 * rule already reported the user, the finding gains the server's confirmation; otherwise (rights
 * the command tables of the tool do not model) it is a finding of its own.
 */
function dryRunFindings(results: ProbeResults, liveModel: LiveModel, located: Located[], admins: Set<string>): AuditFinding[] {
  const out: AuditFinding[] = [];
  for (const [user, verdicts] of Object.entries(results.dryRun ?? {}).sort()) {
    if (admins.has(user)) continue;
    const model = liveModel.model.users.filter((u) => u.name === user).pop();
    if (model && !model.effective.enabled) continue;
    const byRule = new Map<string, string[]>();
    for (const [probe, allowed] of Object.entries(verdicts)) {
      if (!allowed) continue;
      const { command, label } = commandLabel(probe, liveModel);
      if (blockedBySwitch(command, liveModel)) continue;
      const id = dryRunRule(command, user);
      byRule.set(id, [...(byRule.get(id) ?? []), label]);
    }
    for (const [id, labels] of byRule) {
      const list = [...new Set(labels)].join(', ');
      const existing = located.find((l) => l.finding.id === id && (l.user === user || (id === 'RCS309' && user === 'default')));
      if (existing) {
        existing.finding.message += ` ACL DRYRUN confirms on the server: ${list} allowed.`;
        continue;
      }
      const who = user === 'default' ? 'The default user' : `User "${user}"`;
      out.push({
        id,
        name: DRYRUN_NAMES[id],
        severity: 'warning',
        message: `${who} may run ${list}: ACL DRYRUN on the server allowed ${labels.length === 1 ? 'it' : 'them'} (without running anything). Deny ${labels.length === 1 ? 'it' : 'them'} with ACL rules unless this user really needs ${labels.length === 1 ? 'it' : 'them'}.`,
        settings: ['user'],
      });
    }
  }
  return out;
}

/** Settings whose runtime change is the mark of a CONFIG SET file write. */
const PERSISTENCE = new Set(['dir', 'dbfilename', 'appendfilename', 'appenddirname']);

function driftFindings(drift: NonNullable<AuditReport['drift']>): AuditFinding[] {
  if (!drift.length) return [];
  const out: AuditFinding[] = [];
  const persistence = drift.filter((d) => PERSISTENCE.has(d.setting));
  if (persistence.length) {
    const what = persistence.map((d) => `${d.setting} (file: ${d.file}, server: ${d.running})`).join('; ');
    out.push({
      id: 'RCS904',
      name: 'persistence-target-tampered',
      severity: 'error',
      message: `Where the server writes its data differs from the file: ${what}. Changing dir and dbfilename at run time is how attackers write SSH keys, cron jobs or modules to disk; find out who changed them.`,
      settings: persistence.map((d) => d.setting),
    });
  }
  const names = [...new Set(drift.map((d) => d.setting))];
  const shown = names.length > 8 ? `${names.slice(0, 8).join(', ')} and ${names.length - 8} more` : names.join(', ');
  out.push({
    id: 'RCS905',
    name: 'runtime-config-drift',
    severity: 'warning',
    message: `${drift.length} running value${drift.length === 1 ? ' differs' : 's differ'} from the open file: ${shown}. A restart would change them back; write the intended values into the file (or find out who changed the server).`,
    settings: names,
  });
  return out;
}

/** Live-check findings after the user's per-rule severities ("off" drops them). */
function applySeverities(findings: AuditFinding[], settings: RuleSettings): AuditFinding[] {
  const out: AuditFinding[] = [];
  for (const f of findings) {
    const forced = settings.severities?.[f.id] ?? settings.severities?.[f.name];
    if (forced === 'off') continue;
    out.push(forced ? { ...f, severity: forced } : f);
  }
  return out;
}

/** Adds a not-verified entry unless the probes already named the check. */
function noteMissing(list: NotVerified[], check: string, reason: string, ...keywords: string[]): void {
  const mentioned = list.some((n) => keywords.some((k) => n.check.toLowerCase().includes(k.toLowerCase())));
  if (!mentioned) list.push({ check, reason });
}

export function analyze(results: ProbeResults, options: AnalyzeOptions = {}): AuditReport {
  const settings = options.rules ?? {};
  const admins = new Set(settings.adminUsers ?? DEFAULT_ADMIN_USERS);
  const liveModel = buildLiveModel(results);
  const notVerified: NotVerified[] = [...results.notVerified];

  const located = ruleFindings(liveModel, settings);
  const extra: AuditFinding[] = [
    ...live.tlsUnverified(results),
    ...live.unauthenticatedAccess(results),
    ...defaultUserNopass(liveModel),
    ...weakPasswords(results, liveModel),
    ...dryRunFindings(results, liveModel, located, admins),
    ...live.rogueModules(results, liveModel),
    ...live.unexpectedMaster(results),
    ...live.bruteforceSignals(results),
    ...live.externalClients(results),
    ...live.storedCode(results),
    ...live.managedServiceLimits(results),
    ...live.versionChecks(results),
  ];
  for (const cmd of results.missingCommands ?? []) {
    extra.push({
      id: 'RCS305',
      name: 'rename-command-deprecated',
      severity: 'info',
      message: `COMMAND INFO does not know ${cmd.toUpperCase()} under its own name: it is renamed or disabled (rename-command). ACL rules on the users that must not run it are the maintained way to do this.`,
      settings: ['rename-command'],
    });
  }

  let drift: AuditReport['drift'];
  if (options.configText !== undefined) {
    if (liveModel.configKnown) {
      const d = computeDrift(options.configText, liveModel.running, liveModel.model.catalog, liveModel.sensitive);
      drift = d.entries;
      notVerified.push(...d.notVerified);
      extra.push(...driftFindings(d.entries));
    } else {
      notVerified.push({ check: 'drift against the open config', reason: 'CONFIG GET was not available, so the running values are unknown' });
    }
  }

  if (!liveModel.configKnown) notVerified.push({ check: 'configuration rules', reason: 'CONFIG GET was not available, so the rules that judge settings did not run (only the user rules did)' });
  else {
    const missing = CORE_SETTINGS.filter((name) => !liveModel.running.has(name));
    if (missing.length) notVerified.push({ check: 'settings CONFIG GET left out', reason: `the server did not report ${missing.join(', ')}; the rules judged them at their defaults` });
  }
  if (!liveModel.usersKnown) {
    const assumed = liveModel.model.users.some((u) => u.source === 'implicit') ? '; the default user was assumed to follow requirepass' : '';
    notVerified.push({ check: 'ACL users', reason: `ACL LIST was not available, so the users the server really has are unknown${assumed}` });
  }
  if (!results.version) noteMissing(notVerified, 'version and CVE checks', 'INFO server did not report a version', 'version', 'info server');
  if (!results.unauthenticated) noteMissing(notVerified, 'unauthenticated access (RCS901)', 'no connection without credentials was tried or it got no answer', 'unauth', 'ping', 'RCS901');
  if (liveModel.usersKnown && !results.dryRun) noteMissing(notVerified, 'ACL DRYRUN', 'no DRYRUN verdicts (the command needs Redis 7.0 or later and +acl|dryrun)', 'dryrun');
  if (!results.modules) noteMissing(notVerified, 'loaded modules (RCS902)', 'MODULE LIST did not answer', 'module');

  const findings = [...located.map((l) => l.finding), ...applySeverities(extra, settings)].sort(
    (a, b) => RANK[a.severity] - RANK[b.severity] || a.id.localeCompare(b.id),
  );
  const now = options.now ?? new Date();
  return {
    endpoint: results.endpoint,
    ...(results.product ? { product: results.product } : {}),
    ...(results.version ? { version: results.version } : {}),
    target: liveModel.target.note,
    startedAt: new Date(now.getTime() - results.wallTimeMs).toISOString(),
    wallTimeMs: results.wallTimeMs,
    roundTrips: results.roundTrips,
    findings,
    notVerified,
    ...(drift ? { drift } : {}),
    ...(results.aborted ? { aborted: results.aborted } : {}),
  };
}
