/**
 * Checks of ordinary (table) directive values by kind: yes/no, enums, numbers with bounds, and the
 * string validators some directives have. Mirrors the `*ConfigSet` functions of src/config.c.
 */
import type { Range } from 'vscode-languageserver-types';
import type { DirectiveSpec } from '../catalog/types';
import { RCV } from './codes';
import { ValidationContext, rejection, report, startupRejection } from './context';
import { ULLONG_MAX, cStrtol, memtoll, memtoull, string2ll, toUnsigned64 } from './numbers';

export interface Value {
  value: string;
  range: Range;
}

const UNSIGNED_TYPES = new Set(['ulonglong', 'uint', 'size_t']);

/** Validates the values of a table directive. Returns false when the server would refuse them. */
export function checkTableValue(ctx: ValidationContext, spec: DirectiveSpec, values: Value[], whole: Range): boolean {
  switch (spec.kind) {
    case 'bool':
      return checkBool(ctx, values[0]);
    case 'enum':
      return checkEnum(ctx, spec, values, whole);
    case 'flags':
      return checkFlags(ctx, spec, values, whole);
    case 'integer':
    case 'memory':
    case 'memory-or-percent':
    case 'octal':
      return checkNumeric(ctx, spec, values[0]);
    case 'string':
      return checkString(ctx, spec, values[0]);
    default:
      return true;
  }
}

function checkBool(ctx: ValidationContext, v: Value): boolean {
  const lower = v.value.toLowerCase();
  if (lower === 'yes' || lower === 'no') return true;
  report(ctx, RCV.notYesNo, v.range, rejection(ctx, `Expected yes or no, found "${v.value}".`, "argument must be 'yes' or 'no'"));
  return false;
}

function enumMessage(ctx: ValidationContext, spec: DirectiveSpec): string {
  const prefix = ctx.family === '7' ? 'argument(s) must be one of the following: ' : 'argument must be one of the following: ';
  return prefix + (spec.enumValues ?? []).join(', ');
}

function checkEnum(ctx: ValidationContext, spec: DirectiveSpec, values: Value[], whole: Range): boolean {
  const allowed = (spec.enumValues ?? []).map((e) => e.toLowerCase());
  if (values.length === 1 && allowed.includes(values[0].value.toLowerCase())) return true;
  const shown = values.length === 1 ? `"${values[0].value}"` : `${values.length} values`;
  report(
    ctx,
    RCV.notInEnum,
    values.length === 1 ? values[0].range : whole,
    rejection(ctx, `${shown} is not a value of ${spec.name}; use one of: ${(spec.enumValues ?? []).join(', ')}.`, enumMessage(ctx, spec)),
  );
  return false;
}

function checkFlags(ctx: ValidationContext, spec: DirectiveSpec, values: Value[], whole: Range): boolean {
  const allowed = (spec.enumValues ?? []).map((e) => e.toLowerCase());
  const bad = values.find((v) => !allowed.includes(v.value.toLowerCase()));
  if (values.length === 0 || bad) {
    report(
      ctx,
      RCV.notInEnum,
      bad ? bad.range : whole,
      rejection(
        ctx,
        `${bad ? `"${bad.value}" is not` : 'An empty value is not'} a valid ${spec.name} option; combine any of: ${(spec.enumValues ?? []).join(', ')}.`,
        enumMessage(ctx, spec),
      ),
    );
    return false;
  }
  const words = new Set(values.map((v) => v.value.toLowerCase()));
  if (words.has('save') && words.has('nosave')) {
    report(
      ctx,
      RCV.badShutdownFlags,
      whole,
      rejection(ctx, 'save and nosave contradict each other; keep one.', "shutdown options SAVE and NOSAVE can't be used simultaneously"),
    );
    return false;
  }
  return true;
}

/** Parses a numeric value the way the target does; returns the stored long long, or an error text. */
export function parseNumeric(ctx: ValidationContext, spec: DirectiveSpec, text: string): { value: bigint } | { error: string } {
  if (ctx.family !== '7') {
    if (spec.kind === 'memory') {
      const v = memtoll(text);
      return v === undefined || v < 0n ? { error: 'argument must be a memory value' } : { value: v };
    }
    const v = string2ll(text);
    return v === undefined ? { error: "argument couldn't be parsed into an integer" } : { value: v };
  }
  if (spec.kind === 'memory' || spec.kind === 'memory-or-percent') {
    const v = memtoull(text);
    if (v !== undefined) return { value: v };
  }
  if (spec.kind === 'memory-or-percent' && text.length > 1 && text.endsWith('%')) {
    const v = string2ll(text.slice(0, -1));
    if (v !== undefined && v >= 0n) return { value: -v };
  }
  if (spec.kind === 'octal') {
    const r = cStrtol(text, 8, false);
    if (r.complete && !r.overflow) return { value: r.value };
  }
  if (spec.kind === 'integer') {
    const v = string2ll(text);
    if (v !== undefined) return { value: v };
  }
  if (spec.kind === 'memory-or-percent') return { error: 'argument must be a memory or percent value' };
  if (spec.kind === 'memory') return { error: 'argument must be a memory value' };
  if (spec.kind === 'octal') return { error: "argument couldn't be parsed as an octal number" };
  return { error: "argument couldn't be parsed into an integer" };
}

function parseHint(spec: DirectiveSpec, text: string): string {
  switch (spec.kind) {
    case 'memory':
      if (/^\d+\.\d+/.test(text)) return `Memory values take whole numbers only: "${text}" has a decimal point (write 1536mb instead of 1.5gb).`;
      if (/^\d+\s*(t|tb)$/i.test(text)) return `Memory units stop at gb: "${text}" is not understood.`;
      if (text.startsWith('-')) return `Memory values cannot be negative.`;
      return `"${text}" is not a memory value: write digits with an optional unit b, k, kb, m, mb, g or gb (k = 1000, kb = 1024).`;
    case 'memory-or-percent':
      return `"${text}" is neither a memory value (e.g. 512mb) nor a percentage (e.g. 10%).`;
    case 'octal':
      return `"${text}" is not an octal number (digits 0-7, e.g. 700).`;
    default:
      if (/^\+/.test(text)) return `Integers take no "+" sign: write ${text.slice(1)}.`;
      if (/^-?0\d/.test(text)) return `Integers take no leading zeros: "${text}" is refused.`;
      if (/^-?\d+(k|kb|m|mb|g|gb)$/i.test(text)) return `${spec.name} takes a plain integer without a unit.`;
      return `"${text}" is not an integer.`;
  }
}

function boundsText(spec: DirectiveSpec, ctx: ValidationContext): string {
  if (spec.kind === 'octal') {
    return `argument must be between ${BigInt(spec.min ?? '0').toString(8)} and ${BigInt(spec.max ?? '0').toString(8)} inclusive`;
  }
  return `argument must be between ${spec.min} and ${spec.max} inclusive`;
}

/** The numeric bounds check of `numericBoundaryCheck`. */
export function checkBounds(ctx: ValidationContext, spec: DirectiveSpec, value: bigint): string | undefined {
  if (spec.min === undefined || spec.max === undefined) return undefined;
  const min = BigInt(spec.min);
  const max = BigInt(spec.max);
  if (UNSIGNED_TYPES.has(spec.cType ?? '')) {
    const u = toUnsigned64(value);
    if (u > toUnsigned64(max) || u < toUnsigned64(min)) return boundsText(spec, ctx);
    return undefined;
  }
  if (ctx.family === '7' && spec.kind === 'memory-or-percent' && value < 0n) {
    return value < min ? `percentage argument must be less or equal to ${-min}` : undefined;
  }
  if (value > (max > ULLONG_MAX ? ULLONG_MAX : max) || value < min) return boundsText(spec, ctx);
  return undefined;
}

function checkNumeric(ctx: ValidationContext, spec: DirectiveSpec, v: Value): boolean {
  const parsed = parseNumeric(ctx, spec, v.value);
  if ('error' in parsed) {
    const code = spec.kind === 'memory' ? RCV.notAMemoryValue : spec.kind === 'memory-or-percent' ? RCV.badPercent : spec.kind === 'octal' ? RCV.notOctal : RCV.notAnInteger;
    report(ctx, code, v.range, rejection(ctx, parseHint(spec, v.value), parsed.error));
    return false;
  }
  const bad = checkBounds(ctx, spec, parsed.value);
  if (bad) {
    const range = spec.kind === 'octal' ? `${BigInt(spec.min!).toString(8)}..${BigInt(spec.max!).toString(8)} (octal)` : `${spec.min}..${spec.max}`;
    report(ctx, RCV.outOfRange, v.range, rejection(ctx, `${v.value} is outside the range ${spec.name} accepts (${range}).`, bad));
    return false;
  }
  return true;
}

const PROC_TITLE_VARS = new Set(['title', 'listen-addr', 'server-mode', 'port', 'tls-port', 'unixsocket', 'config-file']);
/** Variables that can expand to nothing while the config is being read. */
const MAYBE_EMPTY_VARS = new Set(['title', 'server-mode', 'unixsocket']);

/** `validateProcTitleTemplate`: braces well formed, known variables, and something left after expansion. */
export function isValidProcTitleTemplate(t: string): boolean {
  let rest = '';
  let p = 0;
  while (p < t.length) {
    const sv = t.indexOf('{', p);
    if (sv < 0) {
      rest += t.slice(p);
      break;
    }
    rest += t.slice(p, sv);
    if (sv + 1 >= t.length) return false;
    if (t[sv + 1] === '{') {
      rest += '{';
      p = sv + 2;
      continue;
    }
    const ev = t.indexOf('}', sv + 1);
    if (ev < 0) return false;
    const name = t.slice(sv + 1, ev);
    if (!PROC_TITLE_VARS.has(name)) return false;
    if (!MAYBE_EMPTY_VARS.has(name)) rest += 'x';
    p = ev + 1;
  }
  return rest.trim().length > 0;
}

function isValidAuxString(s: string): boolean {
  return /^[A-Za-z0-9\-_.]*$/.test(s);
}

const STRING_VALIDATORS: Record<string, (ctx: ValidationContext, v: string) => [string, string] | undefined> = {
  isValidDBfilename: (ctx, v) => {
    if (v === '' && isValkey8(ctx)) return ['The RDB file name cannot be empty.', "dbfilename can't be empty"];
    return /[\/\\]/.test(v) ? ['The RDB file name must be a plain file name; put the folder in `dir`.', "dbfilename can't be a path, just a filename"] : undefined;
  },
  isValidClusterConfigFile: (_ctx, v) => (v === '' ? ['The cluster state file name cannot be empty.', "cluster-config-file can't be empty"] : undefined),
  isValidAOFfilename: (ctx, v) => {
    if (v === '' && ctx.family === '7') return ['The AOF file name cannot be empty.', "appendfilename can't be empty"];
    return /[\/\\]/.test(v) ? ['The AOF file name must be a plain file name; put the folder in `dir`.', "appendfilename can't be a path, just a filename"] : undefined;
  },
  isValidAOFdirname: (_ctx, v) => {
    if (v === '') return ['The AOF folder name cannot be empty.', "appenddirname can't be empty"];
    return /[\/\\]/.test(v) ? ['appenddirname is a folder name inside `dir`, not a path.', "appenddirname can't be a path, just a dirname"] : undefined;
  },
  isValidProcTitleTemplate: (_ctx, v) =>
    isValidProcTitleTemplate(v)
      ? undefined
      : [
          'The template must use only {title}, {listen-addr}, {server-mode}, {port}, {tls-port}, {unixsocket} and {config-file}, with balanced braces, and must not expand to nothing.',
          'template format is invalid or contains unknown variables',
        ],
  isValidAnnouncedHostname: (_ctx, v) => {
    if (v.length >= 256) return ['The hostname is too long.', 'Hostnames must be less than 256 characters'];
    return /^[A-Za-z0-9.\-]*$/.test(v) ? undefined : ['Use only letters, digits, hyphens and dots.', 'Hostnames may only contain alphanumeric characters, hyphens or dots'];
  },
  isValidAnnouncedNodename: (_ctx, v) =>
    isValidAuxString(v) ? undefined : ['Use only letters, digits, hyphens, underscores and dots.', 'Announced human node name contained invalid character'],
  isValidIpV4: (_ctx, v) => (v === '' || isIPv4(v) ? undefined : ['This must be an IPv4 address.', 'Invalid IPv4 address']),
  isValidIpV6: (_ctx, v) => (v === '' || isIPv6(v) ? undefined : ['This must be an IPv6 address.', 'Invalid IPv6 address']),
};

/** Valkey 8.0+ refuses some empty strings that Redis took. */
function isValkey8(ctx: ValidationContext): boolean {
  return ctx.target.product === 'valkey' && ctx.target.major >= 8;
}

export function isIPv4(s: string): boolean {
  const parts = s.split('.');
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

export function isIPv6(s: string): boolean {
  if (!/^[0-9A-Fa-f:.]+$/.test(s) || !s.includes(':')) return false;
  const double = s.split('::');
  if (double.length > 2) return false;
  const groups = (part: string) => (part === '' ? [] : part.split(':'));
  const head = groups(double[0]);
  const tail = double.length === 2 ? groups(double[1]) : [];
  const all = [...head, ...tail];
  let count = all.length;
  const last = all[all.length - 1];
  if (last && last.includes('.')) {
    if (!isIPv4(last)) return false;
    count += 1;
    all.pop();
  }
  if (!all.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  return double.length === 2 ? count <= 7 : count === 8;
}

/**
 * A locale name `setlocale` can plausibly accept: C, POSIX, or language[_TERRITORY][.codeset][@modifier].
 * Whether it is installed on the server host cannot be known from the file.
 */
export function isPlausibleLocale(name: string): boolean {
  if (name === '' || name === 'C' || name === 'POSIX') return true;
  return /^(C|[a-z]{2,3}(_[A-Z]{2})?)(\.[A-Za-z0-9-]+)?(@[A-Za-z0-9]+)?$/.test(name);
}

function checkString(ctx: ValidationContext, spec: DirectiveSpec, v: Value): boolean {
  if (spec.name === 'locale-collate' && !isPlausibleLocale(v.value)) {
    // Applied after the whole file is read: the server then refuses to start.
    report(ctx, RCV.badStringValue, v.range, startupRejection(ctx, `"${v.value}" is not a locale name (use C, POSIX or a name like en_US.UTF-8 installed on the host).`, 'Failed to configure LOCALE for invalid locale name.'), { startup: true });
    return false;
  }
  const validator = spec.validator ? STRING_VALIDATORS[spec.validator] : undefined;
  const problem = validator?.(ctx, v.value);
  if (!problem) return true;
  report(ctx, RCV.badStringValue, v.range, rejection(ctx, problem[0], problem[1]));
  return false;
}
