/**
 * `redis-conf-lint audit <server>`: the live audit from the command line, for CI and cron. Same
 * engine as the editor command (probes, analysis, renderings), same exit codes as the linter plus
 * 2 for a server that cannot be reached or an audit that stopped early.
 *
 * The password is only kept in memory; as a last guard every line written is scrubbed of it, so
 * even a server that echoes it back cannot get it printed.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../audit/analyze';
import { runProbes } from '../audit/probes';
import { renderJson, renderMarkdown, renderSarif, renderText } from '../audit/report';
import type { AuditOptions, AuditReport, ConnectionTarget, ProbeResults } from '../audit/types';
import { VERSION } from '../version';
import { AuditCliOptions, auditUsage, parseAuditArgs } from './auditArgs';
import { atLeast } from './format';

const NAME = 'redis-conf-lint audit';

export interface AuditIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env?: Readonly<Record<string, string | undefined>>;
  /** The folder SARIF paths are relative to. */
  cwd?: string;
  /** Cancels the audit (Ctrl-C); partial results are still reported. */
  signal?: AbortSignal;
  /** The probes; replaced in tests. */
  probe?: (target: ConnectionTarget, opts: AuditOptions) => Promise<ProbeResults>;
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${what} '${path}': ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/** The target with the TLS files read in. */
function withTlsFiles(options: AuditCliOptions): ConnectionTarget {
  const target = { ...options.target };
  if (target.tls) {
    const f = options.tlsFiles;
    target.tls = { ...target.tls, ...(f.ca ? { ca: readText(f.ca, 'CA file') } : {}), ...(f.cert ? { cert: readText(f.cert, 'certificate') } : {}), ...(f.key ? { key: readText(f.key, 'key file') } : {}) };
  }
  return target;
}

function render(report: AuditReport, options: AuditCliOptions, configText: string | undefined, cwd: string): string {
  switch (options.format) {
    case 'json':
      return renderJson(report);
    case 'markdown':
      return renderMarkdown(report) + '\n';
    case 'sarif':
      return renderSarif(report, { version: VERSION, cwd, ...(options.configPath !== undefined && configText !== undefined ? { configPath: options.configPath, configText } : {}) });
    default:
      return renderText(report, options.configPath ?? 'the config');
  }
}

/** Nothing but a failure to connect (or log in): no report worth printing. */
function nothingGathered(results: ProbeResults): boolean {
  return !!results.aborted && !results.unauthenticated && Object.keys(results.info).length === 0 && !results.config && !results.aclList;
}

export async function runAuditCli(argv: readonly string[], io: AuditIo): Promise<number> {
  const parsed = parseAuditArgs(argv, io.env ?? process.env);
  if (!parsed.ok) {
    io.err(`${NAME}: ${parsed.error}\nTry '${NAME} --help'.\n`);
    return 2;
  }
  const options = parsed.options;
  if (options.help) {
    io.out(auditUsage() + '\n');
    return 0;
  }
  const secret = options.target.password;
  // Very short passwords are left alone: replacing them would garble every word that contains them.
  const scrub = (text: string): string => (secret && secret.length >= 4 ? text.split(secret).join('***') : text);
  const out = (text: string) => io.out(scrub(text));
  const err = (text: string) => io.err(scrub(text));
  for (const w of options.warnings) err(`${NAME}: warning: ${w}\n`);

  let target: ConnectionTarget;
  let configText: string | undefined;
  try {
    target = withTlsFiles(options);
    if (options.configPath !== undefined) configText = readText(options.configPath, 'config');
  } catch (error) {
    err(`${NAME}: ${(error as Error).message}\n`);
    return 2;
  }

  let results: ProbeResults;
  try {
    results = await (io.probe ?? runProbes)(target, { stepTimeoutMs: options.stepTimeoutMs, signal: io.signal });
  } catch (error) {
    err(`${NAME}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  if (nothingGathered(results)) {
    err(`${NAME}: ${results.aborted}\n`);
    return 2;
  }

  let report: AuditReport;
  try {
    report = analyze(results, { rules: { severities: options.severities, ...(options.adminUsers ? { adminUsers: options.adminUsers } : {}) }, ...(configText !== undefined ? { configText } : {}) });
  } catch (error) {
    err(`${NAME}: internal error while analysing the results: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  out(render(report, options, configText, io.cwd ?? process.cwd()));
  if (report.aborted) {
    err(`${NAME}: the audit stopped early: ${report.aborted}\n`);
    return 2;
  }
  return report.findings.some((f) => atLeast(f.severity, options.failOn)) ? 1 : 0;
}
