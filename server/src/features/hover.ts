/**
 * Hover: what a directive does (our own words) with the facts of the target version, and what a
 * value means (memory values in bytes, enum values, ACL rules).
 */
import type { Hover, MarkupContent, Position } from 'vscode-languageserver-types';
import { getCatalog, lookupDirective, targetsHaving, TARGETS } from '../catalog';
import { getCommandTable } from '../catalog/commands/commands';
import { aclRuleDoc, directiveDoc, sentinelDoc } from '../catalog/docs';
import type { Catalog, DirectiveSpec, TargetId } from '../catalog/types';
import { parseConfig } from '../parse/document';
import type { Token } from '../parse/tokenize';
import { splitAclLine } from '../parse/aclFile';
import { humanBytes, memtoull } from '../validate/numbers';
import { describeAclRule } from './aclRuleInfo';

export const REDIS_DOCS_CONFIG = 'https://redis.io/docs/latest/operate/oss_and_stack/management/config/';

function markdown(value: string): MarkupContent {
  return { kind: 'markdown', value };
}

function rangeOf(line: number, t: { start: number; end: number }) {
  return { start: { line, character: t.start }, end: { line, character: t.end } };
}

function tokenAt(tokens: Token[], character: number): number {
  return tokens.findIndex((t) => character >= t.start && character <= t.end);
}

export function computeHover(text: string, position: Position, languageId: 'redis-conf' | 'redis-acl', target: TargetId): Hover | null {
  const catalog = getCatalog(target);
  if (languageId === 'redis-acl') return aclFileHover(text, position, target);
  const doc = parseConfig(text);
  const line = doc.lines[position.line];
  const d = line?.directive;
  if (!d) return null;
  const tokens = [d.nameToken, ...d.args];
  const index = tokenAt(tokens, position.character);
  if (index < 0) return null;
  const token = tokens[index];
  const range = rangeOf(d.line, token);
  if (index === 0) return { contents: markdown(directiveHoverText(d.name, catalog)), range };

  if (d.name === 'user' && index >= 2) {
    const info = describeAclRule(token.value, target);
    return info ? { contents: markdown(info), range } : null;
  }
  if (d.name === 'sentinel' && index === 1) {
    const doc = sentinelDoc(token.value);
    if (!doc) return null;
    const parts = [`**sentinel ${token.value.toLowerCase()}**`, doc.summary];
    if (doc.usage) parts.push('`' + doc.usage + '`');
    if (doc.details) parts.push(doc.details);
    if (doc.security) parts.push(`**Security:** ${doc.security}`);
    return { contents: markdown(parts.join('\n\n')), range };
  }
  const spec = lookupDirective(catalog, d.name);
  if (!spec) return null;
  const value = valueHoverText(spec, token.value, catalog);
  return value ? { contents: markdown(value), range } : null;
}

function aclFileHover(text: string, position: Position, target: TargetId): Hover | null {
  const raw = text.split('\n')[position.line];
  if (raw === undefined) return null;
  const { words } = splitAclLine(raw);
  const index = words.findIndex((w) => position.character >= w.start && position.character <= w.end && w.text.length > 0);
  if (index < 0) return null;
  const w = words[index];
  const range = rangeOf(position.line, w);
  if (index === 0) return { contents: markdown('**user** — defines one ACL user: `user <name> <rules...>`. Rules apply left to right; a later rule overrides an earlier one.'), range };
  if (index === 1) return { contents: markdown(`**${w.text}** — the user name.`), range };
  const info = describeAclRule(w.text, target);
  return info ? { contents: markdown(info), range } : null;
}

/** The versions (first Redis, first Valkey) that accept a name. */
export function sinceText(name: string): string {
  const ids = targetsHaving(name);
  const infos = TARGETS.filter((t) => ids.includes(t.id));
  const firstRedis = infos.find((t) => t.product === 'redis');
  const firstValkey = infos.find((t) => t.product === 'valkey');
  const redis = firstRedis ? (firstRedis.id === 'redis-6.0' ? 'Redis 6.0 or earlier' : firstRedis.label) : 'not in Redis';
  const valkey = firstValkey ? (firstValkey.id === 'valkey-7.2' ? 'Valkey 7.2 (all)' : firstValkey.label) : 'not in Valkey';
  const lastRedis = [...infos].reverse().find((t) => t.product === 'redis');
  const newestRedis = [...TARGETS].reverse().find((t) => t.product === 'redis');
  const removed = firstRedis && lastRedis && newestRedis && lastRedis.id !== newestRedis.id ? ` (removed after ${lastRedis.label})` : '';
  return `${redis}${removed} · ${valkey}`;
}

function typeText(spec: DirectiveSpec): string {
  switch (spec.kind) {
    case 'bool':
      return 'yes / no';
    case 'enum':
      return 'one of: ' + (spec.enumValues ?? []).map((v) => '`' + v + '`').join(', ');
    case 'flags':
      return 'one or more of: ' + (spec.enumValues ?? []).map((v) => '`' + v + '`').join(', ');
    case 'integer':
      return 'integer';
    case 'memory':
      return 'memory size in bytes (units: b, k = 1000, kb = 1024, m, mb, g, gb)';
    case 'memory-or-percent':
      return 'memory size (units k, kb, m, mb, g, gb) or a percentage such as `10%`';
    case 'octal':
      return 'octal permission bits (e.g. 700)';
    case 'string':
      return 'text';
    default:
      return specialShape(spec);
  }
}

function specialShape(spec: DirectiveSpec): string {
  const shapes: Record<string, string> = {
    save: '`<seconds> <changes>` pairs, or `""` to disable snapshots',
    bind: 'up to 16 addresses; a `-` prefix makes an address optional',
    replicaof: '`<host> <port>` or `no one`',
    slaveof: '`<host> <port>` or `no one`',
    'client-output-buffer-limit': '`<class> <hard> <soft> <seconds>` (class: normal, replica, pubsub)',
    'oom-score-adj-values': 'three integers between -2000 and 2000',
    'notify-keyspace-events': 'event class letters, e.g. `Ex`',
    'rename-command': '`<command> <new-name>`, or `""` to remove the command',
    user: '`<name> <rules...>`',
    include: 'a file path (7.0+: glob patterns allowed)',
    loadmodule: '`<path> [args...]`',
    dir: 'a directory path',
    logfile: 'a file path, or `""` for standard output',
    'latency-tracking-info-percentiles': 'percentiles between 0 and 100, or `""`',
  };
  return shapes[spec.name] ?? 'special';
}

function formatBound(spec: DirectiveSpec, v: string): string {
  const n = BigInt(v);
  if (spec.kind === 'octal') return n.toString(8);
  const named: Record<string, string> = {
    '2147483647': 'INT_MAX',
    '4294967295': 'UINT_MAX',
    '9223372036854775807': 'LLONG_MAX',
    '18446744073709551615': 'ULLONG_MAX',
  };
  return named[v] ? `${v} (${named[v]})` : v;
}

export function directiveHoverText(name: string, catalog: Catalog): string {
  const spec = lookupDirective(catalog, name);
  const canonical = spec?.name ?? name;
  const doc = directiveDoc(canonical) ?? directiveDoc(name);
  const lines: string[] = [];
  const title = spec && spec.name !== name ? `**${name}** (old name of **${spec.name}**)` : `**${canonical}**`;
  lines.push(title);
  if (doc) {
    lines.push(doc.summary);
    if (doc.details) lines.push(doc.details);
  }
  if (!spec) {
    const elsewhere = targetsHaving(name);
    lines.push(elsewhere.length ? `_Not accepted by ${catalog.target.label}._ Available in: ${sinceText(name)}.` : `_Unknown to ${catalog.target.label}._`);
    return lines.join('\n\n');
  }
  const rows: Array<[string, string]> = [];
  const unit = doc?.unit && (spec.kind === 'integer' || spec.kind === 'string' || spec.kind === 'special') ? ` — ${doc.unit}` : '';
  rows.push(['Value', typeText(spec) + unit]);
  if (spec.default !== undefined && spec.default !== null) {
    const def = spec.default === '' ? '`""` (empty)' : '`' + spec.default + '`';
    const bytes = spec.kind === 'memory' && /^\d+$/.test(spec.default) && spec.default !== '0' ? ` = ${humanBytes(BigInt(spec.default))}` : '';
    rows.push(['Default', def + bytes]);
  } else if (spec.origin === 'table') {
    rows.push(['Default', 'not set']);
  }
  if (spec.min !== undefined && spec.max !== undefined && spec.kind !== 'bool' && spec.kind !== 'enum') {
    rows.push(['Range', `${formatBound(spec, spec.min)} … ${formatBound(spec, spec.max)}`]);
  }
  rows.push(['Since', sinceText(canonical)]);
  if (spec.origin === 'table') {
    rows.push(['At runtime', spec.immutable ? 'file or command line only (`CONFIG SET` refuses it)' : spec.protected ? '`CONFIG SET` only when `enable-protected-configs` allows it' : '`CONFIG SET` can change it']);
  } else if (spec.origin === 'ignored') {
    rows.push(['Status', `accepted and ignored by ${catalog.target.label}`]);
  } else {
    rows.push(['At runtime', 'file only']);
  }
  if (spec.aliases.length) rows.push(['Old names', spec.aliases.map((a) => '`' + a + '`').join(', ')]);
  if (spec.sensitive) rows.push(['Sensitive', 'the value is a secret: it is redacted from logs and `CONFIG GET` output of some versions']);
  if (spec.buildCondition === 'USE_OPENSSL') rows.push(['Build', 'only in servers built with TLS support']);
  lines.push(['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n'));
  if (doc?.security) lines.push(`**Security:** ${doc.security}`);
  lines.push(`[${catalog.target.product === 'valkey' ? 'Configuration reference' : 'Redis docs'}](${doc?.docsAnchor ?? REDIS_DOCS_CONFIG})`);
  return lines.join('\n\n');
}

function valueHoverText(spec: DirectiveSpec, value: string, catalog: Catalog): string | null {
  if (spec.kind === 'memory' || spec.kind === 'memory-or-percent') {
    if (/%$/.test(value)) return `**${value}** of the limit set by \`maxmemory\``;
    const bytes = memtoull(value);
    if (bytes === undefined || bytes < 0n) return null;
    const unit = value.replace(/^\d+/, '').toLowerCase();
    const note = unit === 'k' || unit === 'm' || unit === 'g' ? ` (decimal unit: \`${unit}\` = ${unit === 'k' ? '1000' : unit === 'm' ? '1000²' : '1000³'}; use \`${unit}b\` for powers of 1024)` : '';
    return `**${value}** = ${bytes.toString()} bytes (${humanBytes(bytes)})${note}`;
  }
  if ((spec.kind === 'enum' || spec.kind === 'flags') && spec.enumValues) {
    const match = spec.enumValues.find((v) => v.toLowerCase() === value.toLowerCase());
    const others = spec.enumValues.map((v) => (v === match ? `**${v}**` : v)).join(', ');
    return match ? `\`${spec.name}\` value **${match}** — allowed: ${others}` : `Not a value of \`${spec.name}\`; allowed: ${others}`;
  }
  if (spec.kind === 'bool') return null;
  if (spec.kind === 'octal' && /^[0-7]+$/.test(value)) return `**${value}** (octal) = ${permissionsText(parseInt(value, 8))}`;
  void catalog;
  return null;
}

/** rwx text of a Unix mode, e.g. 700 -> "rwx------ (owner only)". */
export function permissionsText(mode: number): string {
  const bits = 'rwxrwxrwx';
  let s = '';
  for (let i = 0; i < 9; i++) s += mode & (1 << (8 - i)) ? bits[i] : '-';
  const who = (mode & 0o007) !== 0 ? 'everyone on the host' : (mode & 0o070) !== 0 ? 'owner and group' : 'owner only';
  return `\`${s}\` (${who})`;
}

export { getCommandTable };
