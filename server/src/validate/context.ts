/**
 * What every validity check needs: the target's catalog and commands, the place to put findings,
 * and the bits of server state that later lines depend on (renamed commands, users, modules...).
 */
import { Diagnostic, DiagnosticSeverity, DiagnosticTag, Range } from 'vscode-languageserver-types';
import type { Catalog, CommandTable, TargetInfo } from '../catalog/types';
import type { Token } from '../parse/tokenize';
import type { Directive } from '../parse/document';
import { ruleHref } from './codes';

export const DIAGNOSTIC_SOURCE = 'redis-conf';

/** Which loader the target runs: the 6.0/6.2 if/else chain or the 7.0+ table-driven one. */
export type LoaderFamily = '6.0' | '6.2' | '7';

export interface ValidationState {
  /** Command names currently in the server's table (lower case), after renames. */
  commandNames: Set<string>;
  /** Users declared with `user` lines, by name. */
  users: Map<string, Directive>;
  /** The line of the first `loadmodule`, if any. */
  loadsModules: boolean;
  /** Module configs queued without knowing whether a module will claim them. */
  moduleConfigs: Directive[];
  /** Current value of acl-pubsub-default (true = allchannels). */
  pubsubDefaultAll: boolean;
  /** Non-empty aclfile value seen. */
  aclfile?: Directive;
  clusterEnabled?: Directive;
  replicaof?: Directive;
  /** The build-dependent (TLS) note was already given for this file. */
  tlsBuildNoted?: boolean;
  /** Sentinel masters declared with `sentinel monitor`, by name. */
  sentinelMasters: Set<string>;
}

export interface ValidationContext {
  catalog: Catalog;
  commands: CommandTable;
  target: TargetInfo;
  family: LoaderFamily;
  sentinelMode: boolean;
  diagnostics: Diagnostic[];
  state: ValidationState;
}

/** A fresh context: the server state before the first line is read. */
export function newValidationContext(catalog: Catalog, commands: CommandTable, sentinelMode: boolean): ValidationContext {
  return {
    catalog,
    commands,
    target: catalog.target,
    family: loaderFamily(catalog.target),
    sentinelMode,
    diagnostics: [],
    state: {
      commandNames: new Set(Object.keys(commands.commands)),
      users: new Map(),
      loadsModules: false,
      moduleConfigs: [],
      pubsubDefaultAll: (catalog.directives['acl-pubsub-default']?.default ?? 'resetchannels') === 'allchannels',
      sentinelMasters: new Set(),
    },
  };
}

export function loaderFamily(target: TargetInfo): LoaderFamily {
  if (target.product === 'redis' && target.major === 6) return target.minor === 0 ? '6.0' : '6.2';
  return '7';
}

/** "Redis 7.0" / "Valkey 8.0", for messages. */
export function serverLabel(ctx: ValidationContext): string {
  return ctx.target.label;
}

export function tokenRange(line: number, token: Token): Range {
  return { start: { line, character: token.start }, end: { line, character: token.end } };
}

export function spanRange(line: number, first: Token, last: Token): Range {
  return { start: { line, character: first.start }, end: { line, character: last.end } };
}

/** The range of a whole directive (name through last argument). */
export function directiveRange(d: Directive): Range {
  const last = d.args.length ? d.args[d.args.length - 1] : d.nameToken;
  return spanRange(d.line, d.nameToken, last);
}

export interface ReportOptions {
  severity?: DiagnosticSeverity;
  /** The server finds this only after reading the whole file (its error names no line). */
  startup?: boolean;
  tags?: DiagnosticTag[];
  data?: unknown;
}

export function report(ctx: ValidationContext, code: string, range: Range, message: string, opts: ReportOptions = {}): void {
  const diagnostic: Diagnostic = {
    range,
    severity: opts.severity ?? DiagnosticSeverity.Error,
    code,
    codeDescription: { href: ruleHref(code) },
    source: DIAGNOSTIC_SOURCE,
    message,
  };
  if (opts.tags) diagnostic.tags = opts.tags;
  if (opts.data !== undefined || opts.startup) {
    diagnostic.data = { ...(opts.data as object | undefined), ...(opts.startup ? { phase: 'startup' } : {}) };
  }
  ctx.diagnostics.push(diagnostic);
}

/**
 * The standard shape of a rejection message: our explanation, then what the server itself prints
 * so people can match it with a `FATAL CONFIG FILE ERROR` they have seen.
 */
export function rejection(ctx: ValidationContext, explanation: string, serverText: string): string {
  return `${explanation} ${serverLabel(ctx)} refuses to start: "${serverText}".`;
}

/** Same, for problems the server finds only after reading the whole file (no line number). */
export function startupRejection(ctx: ValidationContext, explanation: string, serverText: string): string {
  return `${explanation} ${serverLabel(ctx)} reads the file but then refuses to start: "${serverText}".`;
}
