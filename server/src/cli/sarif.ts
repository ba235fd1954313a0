/**
 * SARIF 2.1.0 output of redis-conf-lint, shaped for GitHub code scanning. Pure: reports and the
 * working folder in, a SARIF log out (no file system, no clock).
 *
 * Choices:
 * - Every known rule is listed in tool.driver.rules, so alerts keep their rule text even for
 *   rules that found nothing this run; a code that is not known still gets a descriptor.
 * - Levels: error → error, warning → warning, info and hint → note. SARIF has nothing below
 *   note that code scanning shows; run with --quiet (or --rule X=off) to leave hints out.
 * - Paths are relative to the working folder, with `/` separators and `%SRCROOT%` as base, so
 *   a checkout in any folder produces the same alerts; absolute paths never appear.
 * - Columns are LSP characters plus one: UTF-16 units, stated through run.columnKind.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleHref } from '../validate/codes';
import type { CliDiagnostic, FileReport, SeverityName } from './format';
import { RuleInfo, knownRules } from './rules';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const TOOL_NAME = 'redis-conf-lint';
export const INFORMATION_URI = 'https://github.com/redis-conf-tools/redis-conf';
/** The base every artifact location is relative to; the uploader maps it to the checkout. */
export const SRCROOT = '%SRCROOT%';

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifDescriptor {
  id: string;
  name?: string;
  shortDescription: { text: string };
  help?: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[]; 'security-severity'?: string };
}

export interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId?: string };
      region: SarifRegion;
    };
  }[];
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: SarifDescriptor[] } };
    columnKind: 'utf16CodeUnits';
    results: SarifResult[];
  }[];
}

export interface SarifOptions {
  /** The linter's version (package.json). */
  version: string;
  /** The folder relative paths are computed from (the working folder of the run). */
  cwd: string;
  /** Rule descriptions; all known rules by default. */
  rules?: readonly RuleInfo[];
}

/** Used for a finding that carries no code at all (should not happen; kept valid if it does). */
const UNCLASSIFIED = 'unclassified';

export function sarifLevel(severity: SeverityName): SarifLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/**
 * GitHub ranks security alerts by this number (0.1–3.9 low, 4–6.9 medium, 7–8.9 high); we rank
 * by the rule's default level since that is what the rule's author judged.
 */
const SECURITY_SEVERITY: Record<SeverityName, string> = { error: '8.0', warning: '5.5', info: '3.0', hint: '1.0' };

/** The SARIF description of one rule (also used by the live audit's SARIF). */
export function descriptor(rule: RuleInfo): SarifDescriptor {
  const security = rule.source === 'security';
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.summary },
    help: { text: `${rule.summary} See ${rule.helpUri}`, markdown: `${rule.summary}\n\n[${rule.id} documentation](${rule.helpUri})` },
    helpUri: rule.helpUri,
    defaultConfiguration: { level: sarifLevel(rule.level) },
    properties: security ? { tags: ['security'], 'security-severity': SECURITY_SEVERITY[rule.level] } : { tags: ['correctness'] },
  };
}

function unknownDescriptor(id: string): SarifDescriptor {
  const documented = /^RC[SV]\d+$/.test(id);
  return {
    id,
    shortDescription: { text: documented ? `Finding ${id} of ${TOOL_NAME}.` : `Finding of ${TOOL_NAME} without a rule id.` },
    ...(documented ? { helpUri: ruleHref(id) } : {}),
    defaultConfiguration: { level: 'warning' },
    properties: { tags: /^RCS/.test(id) ? ['security'] : ['correctness'] },
  };
}

/**
 * A URI reference for `file` relative to `cwd`: forward slashes, each segment percent-encoded.
 * A file on another Windows drive has no relative path; it becomes a file URI without base.
 */
export function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = relative(cwd, resolve(cwd, file));
  if (isAbsolute(rel)) {
    return { uri: pathToFileURL(rel).href };
  }
  const uri = rel.split(/[\\/]/).filter(Boolean).map(encodeURIComponent).join('/');
  return { uri, uriBaseId: SRCROOT };
}

function region(d: CliDiagnostic): SarifRegion {
  // SARIF wants a region that does not end before it starts; LSP ranges never do, but be safe.
  const endBefore = d.endLine < d.line || (d.endLine === d.line && d.endColumn < d.column);
  return {
    startLine: Math.max(1, d.line),
    startColumn: Math.max(1, d.column),
    endLine: Math.max(1, endBefore ? d.line : d.endLine),
    endColumn: Math.max(1, endBefore ? d.column : d.endColumn),
  };
}

export function toSarif(reports: readonly FileReport[], options: SarifOptions): SarifLog {
  const descriptors = (options.rules ?? knownRules()).map(descriptor);
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  const indexOf = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      i = descriptors.push(unknownDescriptor(id)) - 1;
      index.set(id, i);
    }
    return i;
  };

  const results: SarifResult[] = [];
  for (const report of reports) {
    const location = artifactLocation(report.file, options.cwd);
    for (const d of report.diagnostics) {
      const ruleId = d.code ?? UNCLASSIFIED;
      results.push({
        ruleId,
        ruleIndex: indexOf(ruleId),
        level: sarifLevel(d.severity),
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation: { ...location }, region: region(d) } }],
      });
    }
  }

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, version: options.version, informationUri: INFORMATION_URI, rules: descriptors } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function formatSarif(reports: readonly FileReport[], options: SarifOptions): string {
  return JSON.stringify(toSarif(reports, options), null, 2) + '\n';
}
