/**
 * The redis.conf loader, replayed: for each line, what `loadServerConfigFromString` of the target
 * version does with it, and every line it would stop on. Unlike the server we keep going after an
 * error, so all problems show at once.
 */
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver-types';
import { lookupDirective, targetsHaving, TARGETS } from '../catalog';
import type { Catalog, CommandTable, DirectiveSpec, TargetInfo } from '../catalog/types';
import type { ConfigDocument, Directive } from '../parse/document';
import { tokenizeLine } from '../parse/tokenize';
import { commandIn } from '../catalog/commands/commands';
import { RCV } from './codes';
import { ValidationContext, directiveRange, newValidationContext, rejection, report, spanRange, startupRejection, tokenRange } from './context';
import { SPECIAL_6, SPECIAL_7 } from './special';
import { checkTableValue, Value } from './values';
import { validateUserDirective } from './userDirective';
import { validateSentinelDirectives } from './sentinel';
import { didYouMean } from './suggest';
import { checkDuplicates } from './duplicates';

export interface ConfigValidationInput {
  doc: ConfigDocument;
  catalog: Catalog;
  commands: CommandTable;
  /** True for sentinel.conf files: `sentinel` lines are allowed. */
  sentinelMode: boolean;
}

export function validateConfigDocument(input: ConfigValidationInput): ValidationContext {
  const { doc, catalog, commands } = input;
  const ctx = newValidationContext(catalog, commands, input.sentinelMode);

  for (const line of doc.lines) {
    if (line.kind === 'error' && line.error) {
      report(
        ctx,
        RCV.unbalancedQuotes,
        { start: { line: line.line, character: line.error.start }, end: { line: line.line, character: line.error.end } },
        rejection(ctx, 'A quote is not closed, or a closing quote is followed by more text without a space.', line.error.message),
      );
    }
  }

  const sentinelLines: Directive[] = [];
  for (const d of doc.directives) {
    if (d.name === 'sentinel') {
      if (d.args.length > 0) {
        if (!ctx.sentinelMode) {
          report(
            ctx,
            RCV.sentinelMisplaced,
            directiveRange(d),
            rejection(ctx, 'sentinel lines belong in a Sentinel config (a file named like sentinel.conf, run with redis-sentinel).', 'sentinel directive while not in sentinel mode'),
          );
        } else {
          sentinelLines.push(d);
        }
      }
      continue;
    }
    validateDirective(ctx, d);
  }

  if (ctx.sentinelMode) validateSentinelDirectives(ctx, sentinelLines);
  finishChecks(ctx);
  checkDuplicates(ctx, doc);
  return ctx;
}

function values(d: Directive): Value[] {
  return d.args.map((t) => ({ value: t.value, range: tokenRange(d.line, t) }));
}

function validateDirective(ctx: ValidationContext, d: Directive): void {
  const spec = lookupDirective(ctx.catalog, d.name);
  if (ctx.family === '7') validate7(ctx, d, spec);
  else validate6(ctx, d, spec);
  if (spec && spec.name !== d.name && spec.aliases.includes(d.name)) {
    report(ctx, RCV.deprecatedName, tokenRange(d.line, d.nameToken), `${d.nameToken.value} is an old name of ${spec.name}; prefer the new name.`, {
      severity: DiagnosticSeverity.Hint,
      tags: [DiagnosticTag.Deprecated],
      data: { replacement: spec.name },
    });
  }
  if (spec?.buildCondition === 'USE_OPENSSL' && !ctx.state.tlsBuildNoted) {
    ctx.state.tlsBuildNoted = true;
    report(ctx, RCV.buildDependent, tokenRange(d.line, d.nameToken), `${ctx.target.label} knows ${spec.name} only when it was built with TLS support (BUILD_TLS=yes, as in most packages and images); a build without TLS stops with "Bad directive or wrong number of arguments".`, {
      severity: DiagnosticSeverity.Information,
    });
  }
  if (spec?.name === 'activedefrag' && d.args.length === 1 && d.args[0].value.toLowerCase() === 'yes') {
    report(ctx, RCV.buildDependent, directiveRange(d), `activedefrag yes works only in a server built with the jemalloc that ships in the Redis/Valkey source (as in the official releases and images); a build against the system's jemalloc or libc malloc, such as the Debian and Ubuntu packages, stops with "Active defragmentation cannot be enabled".`, {
      severity: DiagnosticSeverity.Information,
    });
  }
  trackState(ctx, d, spec);
}

/** 7.0+: table lookup, then deprecated names, then the few directives handled by hand. */
function validate7(ctx: ValidationContext, d: Directive, spec: DirectiveSpec | undefined): void {
  const whole = directiveRange(d);
  if (spec && spec.origin === 'table') {
    if (!spec.multiArg && d.args.length !== 1) {
      report(ctx, RCV.wrongArgumentCount, whole, rejection(ctx, argCountHint(d, spec), 'wrong number of arguments'));
      return;
    }
    let vals = values(d);
    if (spec.multiArg && d.args.length === 1 && d.args[0].value.length > 0) {
      // The loader re-splits a single value so that `save "900 1 300 10"` works.
      const { tokens, error } = tokenizeLine(d.args[0].value);
      const range = tokenRange(d.line, d.args[0]);
      vals = error ? [] : tokens.map((t) => ({ value: t.value, range }));
    }
    if (spec.kind === 'special') SPECIAL_7[spec.name]?.(ctx, vals, whole);
    else checkTableValue(ctx, spec, vals, whole);
    return;
  }
  if (spec && spec.origin === 'ignored') {
    if (argsInRange(d, spec)) {
      reportIgnored(ctx, d);
      return;
    }
  }
  const argc = d.args.length + 1;
  switch (d.name) {
    case 'include':
      if (argc === 2) return;
      break;
    case 'rename-command':
      if (argc === 3) return renameCommand(ctx, d);
      break;
    case 'user':
      if (argc >= 2) return validateUserDirective(ctx, d);
      break;
    case 'loadmodule':
      if (argc >= 2) return;
      break;
  }
  if (ctx.catalog.moduleConfigRule === 'dotted' && d.name.includes('.')) {
    if (d.args.length < 1) {
      report(ctx, RCV.wrongArgumentCount, whole, rejection(ctx, 'A module setting needs a value.', 'Module config specified without value'));
    } else {
      ctx.state.moduleConfigs.push(d);
    }
    return;
  }
  if (ctx.catalog.moduleConfigRule === 'any' && d.args.length >= 1 && !isOutsideName(d.name)) {
    // Redis 8.2 queues every unknown name with a value as a module setting and checks it later.
    ctx.state.moduleConfigs.push(d);
    return;
  }
  badDirective(ctx, d, spec);
}

const OUTSIDE_NAMES = new Set(['include', 'rename-command', 'user', 'loadmodule', 'sentinel']);
function isOutsideName(name: string): boolean {
  return OUTSIDE_NAMES.has(name);
}

/** 6.0 / 6.2: the table requires exactly one value; everything else goes through the if/else chain. */
function validate6(ctx: ValidationContext, d: Directive, spec: DirectiveSpec | undefined): void {
  const whole = directiveRange(d);
  if (spec && spec.origin === 'table') {
    if (d.args.length !== 1) {
      report(ctx, RCV.wrongArgumentCount, whole, rejection(ctx, argCountHint(d, spec), 'wrong number of arguments'));
      return;
    }
    checkTableValue(ctx, spec, values(d), whole);
    return;
  }
  if (spec && (spec.origin === 'outside' || spec.origin === 'ignored') && argsInRange(d, spec)) {
    if (spec.origin === 'ignored') return reportIgnored(ctx, d);
    if (spec.name === 'rename-command') return renameCommand(ctx, d);
    if (spec.name === 'user') return validateUserDirective(ctx, d);
    SPECIAL_6[spec.name]?.(ctx, values(d), whole);
    return;
  }
  badDirective(ctx, d, spec);
}

function argsInRange(d: Directive, spec: DirectiveSpec): boolean {
  const n = d.args.length;
  return n >= spec.args.min && (spec.args.max === null || n <= spec.args.max);
}

function argCountHint(d: Directive, spec: DirectiveSpec): string {
  const n = d.args.length;
  const trailing = d.args.find((a) => a.value.startsWith('#') && !a.quoted);
  if (trailing) {
    return `${spec.name} takes one value but has ${n}: the server has no trailing comments, so "${trailing.raw}" and what follows are read as values. Move the comment to its own line.`;
  }
  if (n === 0) return `${spec.name} needs a value.`;
  return `${spec.name} takes exactly one value but has ${n}; quote a value that contains spaces.`;
}

function reportIgnored(ctx: ValidationContext, d: Directive): void {
  report(ctx, RCV.ignoredDirective, directiveRange(d), `${ctx.target.label} accepts ${d.nameToken.value} but ignores it; the line can be removed.`, {
    severity: DiagnosticSeverity.Hint,
    tags: [DiagnosticTag.Unnecessary, DiagnosticTag.Deprecated],
  });
}

function badDirective(ctx: ValidationContext, d: Directive, spec: DirectiveSpec | undefined): void {
  const serverText = 'Bad directive or wrong number of arguments';
  if (spec || OUTSIDE_NAMES.has(d.name)) {
    const shape = spec ? shapeOf(spec) : '';
    report(ctx, RCV.wrongArgumentCount, directiveRange(d), rejection(ctx, `${d.nameToken.value} has the wrong number of values (${d.args.length})${shape}.`, serverText));
    return;
  }
  const elsewhere = targetsHaving(d.name);
  let explanation = `Unknown directive "${d.nameToken.value}".`;
  if (elsewhere.length > 0) {
    explanation = `"${d.nameToken.value}" does not exist in ${ctx.target.label}; ${describeAvailability(elsewhere, ctx.target)}.`;
  } else {
    const suggestion = didYouMean(d.name, [...Object.keys(ctx.catalog.directives), ...Object.keys(ctx.catalog.aliases)]);
    if (suggestion) explanation += ` Did you mean "${suggestion}"?`;
  }
  report(ctx, RCV.unknownDirective, tokenRange(d.line, d.nameToken), rejection(ctx, explanation, serverText), {
    data: elsewhere.length ? { availableIn: elsewhere } : undefined,
  });
}

function shapeOf(spec: DirectiveSpec): string {
  const { min, max } = spec.args;
  if (max === null) return `; it takes at least ${min}`;
  if (min === max) return `; it takes ${min}`;
  return `; it takes ${min} to ${max}`;
}

/** "it exists from Redis 7.0 and in Valkey 7.2+" style text. */
export function describeAvailability(ids: string[], current: TargetInfo): string {
  const infos = TARGETS.filter((t) => ids.includes(t.id));
  const same = infos.filter((t) => t.product === current.product);
  const other = infos.filter((t) => t.product !== current.product);
  const parts: string[] = [];
  const newer = same.filter((t) => t.major > current.major || (t.major === current.major && t.minor > current.minor));
  const older = same.filter((t) => !newer.includes(t));
  if (newer.length) parts.push(`it exists from ${newer[0].label}`);
  if (older.length && !newer.length) parts.push(`it was removed after ${older[older.length - 1].label}`);
  if (other.length) parts.push(`${parts.length ? 'and ' : 'it exists '}in ${other[0].label}${other.length > 1 ? '+' : ''}`);
  return parts.join(' ') || 'it exists in other versions';
}

function renameCommand(ctx: ValidationContext, d: Directive): void {
  const [from, to] = d.args;
  const name = from.value.toLowerCase();
  if (!ctx.state.commandNames.has(name)) {
    const known = commandIn(ctx.commands, name) !== undefined;
    const explanation = known
      ? `${from.value} was already renamed or removed by an earlier rename-command line.`
      : `${ctx.target.label} has no command named "${from.value}".`;
    report(ctx, RCV.badRenameCommand, tokenRange(d.line, from), rejection(ctx, explanation, 'No such command in rename-command'));
    return;
  }
  ctx.state.commandNames.delete(name);
  if (to.value.length > 0) {
    const target = to.value.toLowerCase();
    if (ctx.state.commandNames.has(target)) {
      report(ctx, RCV.badRenameCommand, tokenRange(d.line, to), rejection(ctx, `"${to.value}" is already the name of a command.`, 'Target command name already exists'));
      return;
    }
    ctx.state.commandNames.add(target);
  }
}

/** Remembers what later checks depend on. */
function trackState(ctx: ValidationContext, d: Directive, spec: DirectiveSpec | undefined): void {
  const name = spec?.name ?? d.name;
  const first = d.args[0]?.value ?? '';
  switch (name) {
    case 'loadmodule':
      ctx.state.loadsModules = true;
      break;
    case 'acl-pubsub-default':
      if (d.args.length === 1 && ['allchannels', 'resetchannels'].includes(first.toLowerCase())) {
        ctx.state.pubsubDefaultAll = first.toLowerCase() === 'allchannels';
      }
      break;
    case 'aclfile':
      ctx.state.aclfile = d.args.length === 1 && first !== '' ? d : undefined;
      break;
    case 'cluster-enabled':
      if (d.args.length === 1 && ['yes', 'no'].includes(first.toLowerCase())) ctx.state.clusterEnabled = first.toLowerCase() === 'yes' ? d : undefined;
      break;
    case 'replicaof': {
      const vals = d.args.length === 1 ? first.split(/\s+/).filter(Boolean) : d.args.map((a) => a.value);
      if (vals.length === 2) ctx.state.replicaof = vals[0].toLowerCase() === 'no' && vals[1].toLowerCase() === 'one' ? undefined : d;
      break;
    }
  }
}

/** Checks the server makes after the last line, before it starts. */
function finishChecks(ctx: ValidationContext): void {
  if (ctx.state.clusterEnabled && ctx.state.replicaof) {
    const d = ctx.state.replicaof;
    report(
      ctx,
      RCV.replicaofInCluster,
      directiveRange(d),
      (ctx.family === '7' ? startupRejection : rejection)(ctx, 'A cluster node gets its primary from the cluster itself; remove replicaof or turn cluster-enabled off.', 'replicaof directive not allowed in cluster mode'),
      { startup: ctx.family === '7' },
    );
  }
  if (ctx.state.aclfile && ctx.state.users.size > 0) {
    const d = ctx.state.aclfile;
    report(
      ctx,
      RCV.aclfileWithUsers,
      directiveRange(d),
      startupRejection(
        ctx,
        'Users are defined both here (user lines) and in an ACL file; keep them in one place.',
        'Configuring Redis with users defined in redis.conf and at the same setting an ACL file path is invalid',
      ),
      { startup: true },
    );
  }
  if (!ctx.state.loadsModules) {
    for (const d of ctx.state.moduleConfigs) {
      report(
        ctx,
        ctx.catalog.moduleConfigRule === 'any' && !d.name.includes('.') ? RCV.unknownDirective : RCV.moduleConfigWithoutModule,
        tokenRange(d.line, d.nameToken),
        startupRejection(
          ctx,
          ctx.catalog.moduleConfigRule === 'any' && !d.name.includes('.')
            ? unknownOr82(ctx, d)
            : `"${d.nameToken.value}" looks like a module setting, but no loadmodule line loads a module.`,
          'Module Configuration detected without loadmodule directive or no ApplyConfig call: aborting',
        ),
        { startup: true },
      );
    }
  }
}

function unknownOr82(ctx: ValidationContext, d: Directive): string {
  const elsewhere = targetsHaving(d.name);
  if (elsewhere.length) return `"${d.nameToken.value}" does not exist in ${ctx.target.label}; ${describeAvailability(elsewhere, ctx.target)}.`;
  const suggestion = didYouMean(d.name, [...Object.keys(ctx.catalog.directives), ...Object.keys(ctx.catalog.aliases)]);
  return `Unknown directive "${d.nameToken.value}" (treated as a module setting).${suggestion ? ` Did you mean "${suggestion}"?` : ''}`;
}

