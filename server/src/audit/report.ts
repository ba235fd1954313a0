/**
 * Renderings of an AuditReport: Markdown (the report view and exports), plain text (the CLI),
 * JSON (the report itself) and SARIF 2.1.0. Pure. The report carries no secret by construction
 * (probes judge them in memory, drift says "set"/"not set"), so nothing here has to redact.
 *
 * SARIF: every result names the endpoint as a logical location. Code scanning (GitHub) also wants a
 * file and a line, so when the caller passes the config file that was compared, results are placed
 * on the line that sets the finding's setting (or the first line), like the editor does.
 */
import { parseConfig, Directive } from '../parse/document';
import { ruleHref } from '../validate/codes';
import { artifactLocation, descriptor, INFORMATION_URI, SARIF_SCHEMA, SarifDescriptor, sarifLevel, TOOL_NAME } from '../cli/sarif';
import { RuleInfo, securityRules } from '../cli/rules';
import { LIVE_CHECKS } from './liveChecks';
import type { AuditFinding, AuditReport } from './types';

type Severity = AuditFinding['severity'];
const ORDER: Severity[] = ['error', 'warning', 'info', 'hint'];
const HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Information', hint: 'Hints' };

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** "2 errors, 1 warning, 3 info" (only the levels present; "no findings" when none). */
export function countsLine(findings: readonly AuditFinding[]): string {
  const n = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const parts = [n('error') ? plural(n('error'), 'error') : '', n('warning') ? plural(n('warning'), 'warning') : '', n('info') ? `${n('info')} info` : '', n('hint') ? plural(n('hint'), 'hint') : ''];
  const shown = parts.filter(Boolean);
  return shown.length ? shown.join(', ') : 'no findings';
}

function serverLabel(report: AuditReport): string {
  const product = report.product === 'valkey' ? 'Valkey' : report.product === 'redis' ? 'Redis' : 'server';
  return report.version ? `${product} ${report.version}` : `${product} (version unknown)`;
}

/** Backslash-escapes what Markdown would read as markup (CommonMark allows it on any ASCII punctuation). */
export function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, '\\$&').replace(/\r?\n/g, ' ');
}

function ruleLink(id: string): string {
  return /^RC[SV]\d+$/.test(id) ? `[${id}](${ruleHref(id)})` : id;
}

function lineText(line: number | undefined): string {
  return line === undefined ? '—' : String(line + 1);
}

export function renderMarkdown(report: AuditReport): string {
  const out: string[] = [`# Live audit of ${md(report.endpoint)}`, ''];
  out.push('| | |', '|---|---|');
  out.push(`| Endpoint | ${md(report.endpoint)} |`);
  out.push(`| Server | ${md(serverLabel(report))} |`);
  if (report.target) out.push(`| Judged with | ${md(report.target)} |`);
  out.push(`| Started | ${md(report.startedAt)} |`);
  out.push(`| Wall time | ${report.wallTimeMs} ms |`);
  out.push(`| Round trips | ${report.roundTrips} |`);
  out.push('| Mode | read-only: only commands on the audit\'s read-only allow-list were sent |');
  out.push(`| Findings | ${countsLine(report.findings)} |`);
  out.push('');
  if (report.aborted) out.push(`> **The audit stopped early:** ${md(report.aborted)}. What is below is partial.`, '');
  if (!report.findings.length) out.push('No findings.', '');
  for (const severity of ORDER) {
    const list = report.findings.filter((f) => f.severity === severity);
    if (!list.length) continue;
    out.push(`## ${HEADINGS[severity]} (${list.length})`, '');
    for (const f of list) {
      const where = f.settings?.length ? ` _(${md(f.settings.join(', '))})_` : '';
      out.push(`- **${ruleLink(f.id)} ${md(f.name)}** — ${md(f.message)}${where}`);
    }
    out.push('');
  }
  if (report.notVerified.length) {
    out.push(`## Not verified (${report.notVerified.length})`, '', 'These checks could not run. They are not passed: check them another way.', '');
    for (const n of report.notVerified) out.push(`- **${md(n.check)}** — ${md(n.reason)}`);
    out.push('');
  }
  if (report.drift) {
    out.push(`## Drift against the open config (${report.drift.length})`, '');
    if (!report.drift.length) out.push('The running values match the file.', '');
    else {
      out.push('| Setting | Line | File | Running |', '|---|---|---|---|');
      for (const d of report.drift) out.push(`| ${md(d.setting)} | ${lineText(d.line)} | ${md(d.file)} | ${md(d.running)} |`);
      out.push('');
    }
  }
  return out.join('\n');
}

/** Plain text for a terminal: one finding per line, grep-friendly. */
export function renderText(report: AuditReport, configName = 'the config'): string {
  const out: string[] = [];
  const target = report.target ? `, judged with ${report.target}` : '';
  out.push(`Live audit of ${report.endpoint}: ${serverLabel(report)}${target}; ${report.roundTrips} round trips in ${report.wallTimeMs} ms.`);
  if (report.aborted) out.push(`The audit stopped early: ${report.aborted}. The results are partial.`);
  out.push('');
  for (const f of report.findings) out.push(`${f.severity.padEnd(7)}  ${f.id}  ${f.name}: ${f.message.replace(/\s*\n\s*/g, ' ')}`);
  if (report.notVerified.length) {
    out.push('', 'Not verified (not passed):');
    for (const n of report.notVerified) out.push(`  - ${n.check}: ${n.reason}`);
  }
  if (report.drift) {
    out.push('', report.drift.length ? `Drift against ${configName}:` : `No drift against ${configName}.`);
    for (const d of report.drift) out.push(`  ${d.line === undefined ? '' : `line ${d.line + 1}: `}${d.setting}: file ${JSON.stringify(d.file)}, server ${JSON.stringify(d.running)}`);
  }
  out.push('', `${report.findings.length ? plural(report.findings.length, 'finding') : 'No findings'} (${countsLine(report.findings)}).`);
  return out.join('\n') + '\n';
}

export function renderJson(report: AuditReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}

export interface SarifAuditOptions {
  /** The tool's version (package.json); "0.0.0" when not given. */
  version?: string;
  /** The config file compared with the server: its path (as given) and text, to place results. */
  configPath?: string;
  configText?: string;
  /** The folder the config path is made relative to. */
  cwd?: string;
}

/** RCS rules and live checks, described the way the file linter describes its rules. */
export function auditRules(): RuleInfo[] {
  const live: RuleInfo[] = LIVE_CHECKS.map((c) => ({ id: c.id, name: c.name, summary: c.summary, level: c.severity, source: 'security', helpUri: ruleHref(c.id) }));
  return [...securityRules(), ...live];
}

/** The line a finding belongs on: the last directive setting one of its settings, else line 1. */
function placedLine(directives: readonly Directive[], settings: readonly string[] | undefined, message: string): number {
  const wanted = new Set((settings ?? []).map((s) => s.toLowerCase().replace(/slave/g, 'replica')));
  const candidates = directives.filter((d) => wanted.has(d.name.replace(/slave/g, 'replica')));
  const named = candidates.filter((d) => d.args[0] && message.includes(`"${d.args[0].value}"`));
  const pool = named.length ? named : candidates;
  return pool.length ? pool[pool.length - 1].line + 1 : 1;
}

export function renderSarif(report: AuditReport, options: SarifAuditOptions = {}): string {
  const descriptors: SarifDescriptor[] = auditRules().map(descriptor);
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  const logical = [{ name: report.endpoint, fullyQualifiedName: report.endpoint, kind: 'resource' }];
  const file = options.configPath !== undefined && options.configText !== undefined ? { location: artifactLocation(options.configPath, options.cwd ?? '.'), doc: parseConfig(options.configText) } : undefined;
  const results = report.findings.map((f) => {
    let ruleIndex = index.get(f.id);
    if (ruleIndex === undefined) {
      ruleIndex = descriptors.push({ id: f.id, shortDescription: { text: `Finding ${f.id} of ${TOOL_NAME}.` }, helpUri: ruleHref(f.id), defaultConfiguration: { level: 'warning' }, properties: { tags: ['security'] } }) - 1;
      index.set(f.id, ruleIndex);
    }
    const location: Record<string, unknown> = { logicalLocations: logical };
    if (file) {
      const line = placedLine(file.doc.directives, f.settings, f.message);
      location.physicalLocation = { artifactLocation: { ...file.location }, region: { startLine: line } };
    }
    return { ruleId: f.id, ruleIndex, level: sarifLevel(f.severity), message: { text: `${f.message} (live audit of ${report.endpoint})` }, locations: [location] };
  });
  const properties: Record<string, unknown> = {
    endpoint: report.endpoint,
    ...(report.product ? { product: report.product } : {}),
    ...(report.version ? { serverVersion: report.version } : {}),
    ...(report.target ? { judgedWith: report.target } : {}),
    startedAt: report.startedAt,
    wallTimeMs: report.wallTimeMs,
    roundTrips: report.roundTrips,
    notVerified: report.notVerified,
    ...(report.drift ? { drift: report.drift } : {}),
    ...(report.aborted ? { aborted: report.aborted } : {}),
  };
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, version: options.version ?? '0.0.0', informationUri: INFORMATION_URI, rules: descriptors } },
        ...(file ? { columnKind: 'utf16CodeUnits' } : {}),
        results,
        properties,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
