/**
 * Directives parsed by dedicated code rather than by their value kind: save, bind, replicaof,
 * client-output-buffer-limit, oom-score-adj-values, notify-keyspace-events,
 * latency-tracking-info-percentiles, and the 6.x-only branches of the loader's if/else chain.
 *
 * Each handler receives the values after the loader's own argument handling and returns false
 * when the server would stop on this line.
 */
import type { Range } from 'vscode-languageserver-types';
import { RCV } from './codes';
import { ValidationContext, rejection, report } from './context';
import { cStrtol, memtoll, memtoull } from './numbers';
import type { Value } from './values';

export type SpecialHandler = (ctx: ValidationContext, values: Value[], whole: Range) => boolean;

function fail(ctx: ValidationContext, code: string, range: Range, explanation: string, serverText: string): false {
  report(ctx, code, range, rejection(ctx, explanation, serverText));
  return false;
}

/** C `atoi`: strtol then truncation to int. */
function atoi(s: string): number {
  const v = cStrtol(s, 10, false).value;
  return Number(BigInt.asIntN(32, v));
}

function save7(ctx: ValidationContext, values: Value[], whole: Range): boolean {
  let args = values;
  if (args.length === 1 && args[0].value === '') args = [];
  if (args.length % 2 === 1) {
    return fail(ctx, RCV.badSave, whole, 'save takes pairs of <seconds> <changes>, or "" to turn snapshots off; this line has an odd number of values.', 'Invalid save parameters');
  }
  for (let j = 0; j < args.length; j++) {
    const r = cStrtol(args[j].value, 10, false);
    const v = BigInt.asIntN(64, r.value);
    const seconds = j % 2 === 0;
    if (!r.complete || (seconds && v < 1n) || (!seconds && v < 0n)) {
      return fail(
        ctx,
        RCV.badSave,
        args[j].range,
        seconds ? `"${args[j].value}" is not a valid number of seconds (a whole number of at least 1).` : `"${args[j].value}" is not a valid number of changes (a whole number of at least 0).`,
        'Invalid save parameters',
      );
    }
  }
  return true;
}

function save6(ctx: ValidationContext, values: Value[], whole: Range): boolean {
  // 6.x acts only on exactly two values or a single ""; any other count is silently ignored.
  if (values.length === 2) {
    if (atoi(values[0].value) < 1 || atoi(values[1].value) < 0) {
      return fail(ctx, RCV.badSave, whole, 'save needs <seconds> of at least 1 and <changes> of at least 0.', 'Invalid save parameters');
    }
  } else if (!(values.length === 1 && values[0].value === '')) {
    report(ctx, RCV.ignoredDirective, whole, `${ctx.target.label} ignores a save line with ${values.length} value(s); it acts only on "save <seconds> <changes>" or save "".`, {
      severity: 2,
    });
  }
  return true;
}

function bind(ctx: ValidationContext, values: Value[], whole: Range): boolean {
  if (values.length > 16) {
    return fail(ctx, RCV.badBind, whole, `bind accepts at most 16 addresses; this line has ${values.length}.`, ctx.family === '7' ? 'Too many bind addresses specified.' : 'Too many bind addresses specified');
  }
  return true;
}

function replicaof(ctx: ValidationContext, values: Value[], whole: Range): boolean {
  if (values.length !== 2) {
    return fail(ctx, RCV.wrongArgumentCount, whole, 'replicaof takes <host> <port>, or "no one".', 'wrong number of arguments');
  }
  if (values[0].value.toLowerCase() === 'no' && values[1].value.toLowerCase() === 'one') return true;
  const r = cStrtol(values[1].value, 10, false);
  // The port is stored in an int: the long from strtol is truncated first, as in C.
  const port = BigInt.asIntN(32, r.value);
  if (port < 0n || port > 65535n || !r.complete) {
    const serverText = ctx.target.product === 'valkey' && ctx.target.major >= 8 ? 'Invalid primary port' : 'Invalid master port';
    return fail(ctx, RCV.badReplicaof, values[1].range, `"${values[1].value}" is not a port number between 0 and 65535.`, serverText);
  }
  return true;
}

function clientOutputBufferLimit7(ctx: ValidationContext, values: Value[], whole: Range): boolean {
  if (values.length % 4 !== 0) {
    return fail(ctx, RCV.badClientOutputBufferLimit, whole, 'Each class needs four values: <class> <hard limit> <soft limit> <soft seconds>.', 'Wrong number of arguments in buffer limit configuration.');
  }
  for (let j = 0; j < values.length; j += 4) {
    if (!isValidClientClass(ctx, values[j].value)) {
      return fail(ctx, RCV.badClientOutputBufferLimit, values[j].range, classHint(values[j].value), 'Invalid client class specified in buffer limit configuration.');
    }
    const hard = memtoull(values[j + 1].value);
    const soft = memtoull(values[j + 2].value);
    const secs = cStrtol(values[j + 3].value, 10, false);
    const seconds = BigInt.asIntN(32, secs.value);
    if (hard === undefined || soft === undefined || seconds < 0n || !secs.complete) {
      return fail(
        ctx,
        RCV.badClientOutputBufferLimit,
        { start: values[j + 1].range.start, end: values[j + 3].range.end },
        'The hard and soft limits must be memory values (e.g. 256mb, 0 for none) and the seconds a whole number of at least 0.',
        'Error in hard, soft or soft_seconds setting in buffer limit configuration.',
      );
    }
  }
  return true;
}

function clientOutputBufferLimit6(ctx: ValidationContext, values: Value[], whole: Range): boolean {
  if (!isValidClientClass(ctx, values[0].value)) {
    return fail(
      ctx,
      RCV.badClientOutputBufferLimit,
      values[0].range,
      classHint(values[0].value),
      "Unrecognized client limit class: the user specified an invalid one, or 'master' which has no buffer limits.",
    );
  }
  // 6.x reads the limits with memtoll and does not look at parse errors.
  void memtoll;
  if (atoi(values[3].value) < 0) {
    return fail(ctx, RCV.badClientOutputBufferLimit, values[3].range, 'The soft-limit seconds cannot be negative.', 'Negative number of seconds in soft limit is invalid');
  }
  void whole;
  return true;
}

function isValidClientClass(ctx: ValidationContext, name: string): boolean {
  const lower = name.toLowerCase();
  if (lower === 'master' || lower === 'primary') return false;
  return ctx.catalog.clientOutputBufferClasses.map((c) => c.toLowerCase()).includes(lower);
}

function classHint(name: string): string {
  const lower = name.toLowerCase();
  if (lower === 'master' || lower === 'primary') return `The ${lower} connection has no output buffer limit; use normal, replica or pubsub.`;
  return `"${name}" is not a client class; use normal, replica (or slave) or pubsub.`;
}

function oomScoreAdjValues(ctx: ValidationContext, values: Value[], whole: Range): boolean {
  if (values.length !== 3) {
    return fail(ctx, RCV.wrongArgumentCount, whole, 'oom-score-adj-values takes exactly three numbers: for the primary, replicas and background children.', 'wrong number of arguments');
  }
  for (const v of values) {
    const r = cStrtol(v.value, 10, false);
    if (!r.complete || r.value < -2000n || r.value > 2000n) {
      return fail(ctx, RCV.badOomScoreAdjValues, v.range, `"${v.value}" must be a whole number between -2000 and 2000.`, 'Invalid oom-score-adj-values, elements must be between -2000 and 2000.');
    }
  }
  return true;
}

function notifyKeyspaceEvents(ctx: ValidationContext, values: Value[], whole: Range): boolean {
  if (values.length !== 1) return fail(ctx, RCV.wrongArgumentCount, whole, 'notify-keyspace-events takes one string of class letters.', 'wrong number of arguments');
  const allowed = ctx.catalog.notifyKeyspaceChars;
  const bad = [...values[0].value].find((c) => !allowed.includes(c));
  if (bad !== undefined) {
    const letters = ctx.family === '7' ? 'Ag$lshzxeKEtmdn' : ctx.family === '6.2' ? 'g$lshzxeA' : 'g$lshzxeA';
    return fail(ctx, RCV.badNotifyKeyspaceEvents, values[0].range, `"${bad}" is not an event class letter here; the letters are ${allowed} (case matters).`, `Invalid event class character. Use '${letters}'.`);
  }
  return true;
}

function latencyPercentiles(ctx: ValidationContext, values: Value[]): boolean {
  if (values.length === 1 && values[0].value === '') return true;
  for (const v of values) {
    const n = strtodWhole(v.value);
    if (n === undefined) {
      return fail(ctx, RCV.badLatencyPercentiles, v.range, `"${v.value}" is not a number.`, 'Invalid latency-tracking-info-percentiles parameters');
    }
    if (n > 100 || n < 0) {
      return fail(ctx, RCV.badLatencyPercentiles, v.range, `${v.value} is not a percentile between 0 and 100.`, 'latency-tracking-info-percentiles parameters should sit between [0.0,100.0]');
    }
  }
  return true;
}

/** `string2d`: strtod must consume everything, no leading space, no NaN, no overflow to infinity. */
export function strtodWhole(s: string): number | undefined {
  if (s.length === 0 || /^\s/.test(s)) return undefined;
  if (!/^[+-]?((\d+\.?\d*|\.\d+)([eE][+-]?\d+)?|inf(inity)?|0[xX][0-9a-fA-F]*\.?[0-9a-fA-F]*([pP][+-]?\d+)?)$/i.test(s)) return undefined;
  const n = /^[+-]?inf/i.test(s) ? (s.startsWith('-') ? -Infinity : Infinity) : Number(s.replace(/^\+/, ''));
  if (Number.isNaN(n)) return undefined;
  if (!Number.isFinite(n) && !/inf/i.test(s)) return undefined;
  return n;
}

function unixsocketperm6(ctx: ValidationContext, values: Value[]): boolean {
  // 6.x: strtol(…, 8) with no check of trailing characters; only errno and the 0777 limit matter.
  const r = cStrtol(values[0].value, 8, false);
  const mode = BigInt.asUintN(32, r.value);
  if (r.overflow || mode > 0o777n) {
    return fail(ctx, RCV.notOctal, values[0].range, `"${values[0].value}" is not a permission mode between 0 and 777 (octal).`, 'Invalid socket file permissions');
  }
  return true;
}

function requirepass6(ctx: ValidationContext, values: Value[]): boolean {
  if (values[0].value.length > 512) {
    return fail(ctx, RCV.badStringValue, values[0].range, 'The password is longer than 512 characters.', 'Password is longer than CONFIG_AUTHPASS_MAX_LEN');
  }
  return true;
}

/** `dir` is applied at once with chdir(); an empty path can never work. */
function dir(ctx: ValidationContext, values: Value[], whole: Range): boolean {
  if (values.length !== 1) return fail(ctx, RCV.wrongArgumentCount, whole, 'dir takes one directory path.', 'wrong number of arguments');
  if (values[0].value === '') {
    const valkey = ctx.target.product === 'valkey' && ctx.target.major >= 8;
    return fail(ctx, RCV.badStringValue, values[0].range, 'dir needs a directory; an empty path cannot be entered.', valkey ? "dir can't be empty" : 'No such file or directory');
  }
  return true;
}

/** Handlers for the 7.0+ special table entries, keyed by canonical name. */
export const SPECIAL_7: Record<string, SpecialHandler> = {
  dir,
  save: save7,
  bind,
  replicaof,
  'client-output-buffer-limit': clientOutputBufferLimit7,
  'oom-score-adj-values': oomScoreAdjValues,
  'notify-keyspace-events': notifyKeyspaceEvents,
  'latency-tracking-info-percentiles': (ctx, values) => latencyPercentiles(ctx, values),
  'rdma-bind': bind,
};

/**
 * Handlers for the 6.x if/else chain (the arity was already matched), keyed by canonical name.
 * Names missing here (dir, logfile, include, cluster-config-file, client-query-buffer-limit...)
 * accept any value as far as the file itself can tell.
 */
export const SPECIAL_6: Record<string, SpecialHandler> = {
  dir,
  save: save6,
  bind,
  replicaof,
  'client-output-buffer-limit': clientOutputBufferLimit6,
  'oom-score-adj-values': oomScoreAdjValues,
  'notify-keyspace-events': notifyKeyspaceEvents,
  unixsocketperm: (ctx, values) => unixsocketperm6(ctx, values),
  requirepass: (ctx, values) => requirepass6(ctx, values),
};
