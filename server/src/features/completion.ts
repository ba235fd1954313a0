/**
 * Completion: directive names (with a snippet for their values), enum and yes/no values, Sentinel
 * sub-directives, and ACL rules (keywords, categories, commands) in `user` lines and ACL files.
 */
import { CompletionItem, CompletionItemKind, InsertTextFormat, MarkupKind, Position } from 'vscode-languageserver-types';
import { getCatalog, lookupDirective } from '../catalog';
import { getCommandTable } from '../catalog/commands/commands';
import { directiveDoc } from '../catalog/docs';
import type { Catalog, DirectiveSpec, TargetId } from '../catalog/types';
import { tokenizeLine } from '../parse/tokenize';
import { splitAclLine } from '../parse/aclFile';
import { directiveHoverText } from './hover';

function escapeSnippet(s: string): string {
  return s.replace(/[$}\\,|]/g, (c) => '\\' + c);
}

/** The snippet inserted after a directive name, from what the value looks like. */
export function valueSnippet(spec: DirectiveSpec): string {
  const choice = (values: string[]) => '${1|' + values.map(escapeSnippet).join(',') + '|}';
  const placeholder = (text: string) => '${1:' + escapeSnippet(text) + '}';
  switch (spec.kind) {
    case 'bool':
      return choice(spec.default === 'no' ? ['no', 'yes'] : ['yes', 'no']);
    case 'enum':
    case 'flags': {
      const values = spec.enumValues ?? [];
      const def = spec.default && values.includes(spec.default) ? [spec.default, ...values.filter((v) => v !== spec.default)] : values;
      return choice(def);
    }
    case 'special':
      return SPECIAL_SNIPPETS[spec.name] ?? placeholder('value');
    default:
      return placeholder(spec.default === undefined || spec.default === null || spec.default === '' ? 'value' : spec.default);
  }
}

const SPECIAL_SNIPPETS: Record<string, string> = {
  save: '${1:3600} ${2:1}',
  bind: '${1:127.0.0.1} ${2:-::1}',
  replicaof: '${1:host} ${2:6379}',
  'client-output-buffer-limit': '${1|normal,replica,pubsub|} ${2:0} ${3:0} ${4:0}',
  'oom-score-adj-values': '${1:0} ${2:200} ${3:800}',
  'notify-keyspace-events': '${1:Ex}',
  'rename-command': '${1:COMMAND} ${2:""}',
  user: '${1:name} ${2:on} ${3:#sha256hex} ${4:~app:*} ${5:+@read}',
  include: '${1:/path/to/other.conf}',
  loadmodule: '${1:/path/to/module.so}',
  sentinel: '${1:monitor} ${2:mymaster} ${3:127.0.0.1} ${4:6379} ${5:2}',
  dir: '${1:/var/lib/redis}',
  logfile: '${1:""}',
  'latency-tracking-info-percentiles': '${1:50} ${2:99} ${3:99.9}',
};

const OUTSIDE: Array<{ name: string; summary: string }> = [
  { name: 'include', summary: 'Read another config file here.' },
  { name: 'rename-command', summary: 'Rename or remove a command.' },
  { name: 'user', summary: 'Define an ACL user.' },
  { name: 'loadmodule', summary: 'Load a module at startup.' },
];

function directiveItems(catalog: Catalog, sentinel: boolean): CompletionItem[] {
  const items: CompletionItem[] = [];
  for (const spec of Object.values(catalog.directives)) {
    if (spec.origin === 'ignored' || spec.hidden) continue;
    const doc = directiveDoc(spec.name);
    items.push({
      label: spec.name,
      kind: CompletionItemKind.Property,
      detail: doc?.summary,
      documentation: { kind: MarkupKind.Markdown, value: directiveHoverText(spec.name, catalog) },
      insertText: `${spec.name} ${valueSnippet(spec)}`,
      insertTextFormat: InsertTextFormat.Snippet,
    });
  }
  for (const o of OUTSIDE) {
    if (catalog.directives[o.name]) continue;
    const snippet = SPECIAL_SNIPPETS[o.name] ?? '${1:value}';
    items.push({ label: o.name, kind: CompletionItemKind.Keyword, detail: o.summary, insertText: `${o.name} ${snippet}`, insertTextFormat: InsertTextFormat.Snippet });
  }
  if (sentinel) {
    items.push({ label: 'sentinel', kind: CompletionItemKind.Keyword, detail: 'A Sentinel setting.', insertText: `sentinel ${SPECIAL_SNIPPETS.sentinel}`, insertTextFormat: InsertTextFormat.Snippet });
  }
  return items;
}

function valueItems(spec: DirectiveSpec): CompletionItem[] {
  if (spec.kind === 'bool') return ['yes', 'no'].map((v) => ({ label: v, kind: CompletionItemKind.Value, preselect: v === spec.default }));
  if ((spec.kind === 'enum' || spec.kind === 'flags') && spec.enumValues) {
    return spec.enumValues.map((v) => ({ label: v, kind: CompletionItemKind.EnumMember, preselect: v === spec.default, detail: v === spec.default ? 'default' : undefined }));
  }
  return [];
}

const ACL_KEYWORDS: Array<[string, string, string?]> = [
  ['on', 'Enable the user.'],
  ['off', 'Disable the user.'],
  ['nopass', 'No password needed (any password works).'],
  ['resetpass', 'Forget all passwords.'],
  ['reset', 'Back to a fresh, disabled user with no permissions.'],
  ['allkeys', 'Access to every key (same as ~*).'],
  ['resetkeys', 'Forget all key patterns.'],
  ['allcommands', 'Every command (same as +@all).'],
  ['nocommands', 'No command (same as -@all).'],
  ['allchannels', 'Every Pub/Sub channel (same as &*).', '6.2'],
  ['resetchannels', 'Forget all channel patterns.', '6.2'],
  ['sanitize-payload', 'Check RESTORE payloads.', '6.2'],
  ['skip-sanitize-payload', 'Do not check RESTORE payloads.', '6.2'],
  ['clearselectors', 'Drop every selector.', '7.0'],
];

function versionAtLeast(target: TargetId, since: string): boolean {
  if (target.startsWith('valkey')) return true;
  const [major, minor] = target.replace('redis-', '').split('.').map(Number);
  const [sMajor, sMinor] = since.split('.').map(Number);
  return major > sMajor || (major === sMajor && minor >= sMinor);
}

function aclItems(catalog: Catalog, target: TargetId): CompletionItem[] {
  const items: CompletionItem[] = [];
  for (const [label, detail, since] of ACL_KEYWORDS) {
    if (since && !versionAtLeast(target, since)) continue;
    items.push({ label, kind: CompletionItemKind.Keyword, detail });
  }
  for (const cat of catalog.acl.categories) {
    items.push({ label: `+@${cat}`, kind: CompletionItemKind.Module, detail: `Allow the @${cat} commands` });
    items.push({ label: `-@${cat}`, kind: CompletionItemKind.Module, detail: `Deny the @${cat} commands` });
  }
  items.push({ label: '+@all', kind: CompletionItemKind.Module, detail: 'Allow every command' }, { label: '-@all', kind: CompletionItemKind.Module, detail: 'Deny every command' });
  const commands = getCommandTable(target);
  for (const name of Object.keys(commands.commands).sort()) {
    items.push({ label: `+${name}`, kind: CompletionItemKind.Function, detail: `Allow ${name.toUpperCase()}` });
    items.push({ label: `-${name}`, kind: CompletionItemKind.Function, detail: `Deny ${name.toUpperCase()}` });
  }
  items.push(
    { label: '~', kind: CompletionItemKind.Snippet, detail: 'Key pattern', insertText: '~${1:prefix:*}', insertTextFormat: InsertTextFormat.Snippet },
    { label: '#', kind: CompletionItemKind.Snippet, detail: 'Password as a SHA-256 hash (64 hex characters)', insertText: '#${1:sha256hex}', insertTextFormat: InsertTextFormat.Snippet },
    { label: '>', kind: CompletionItemKind.Snippet, detail: 'Password in plain text (prefer #<sha256>)', insertText: '>${1:password}', insertTextFormat: InsertTextFormat.Snippet },
  );
  if (versionAtLeast(target, '6.2')) items.push({ label: '&', kind: CompletionItemKind.Snippet, detail: 'Pub/Sub channel pattern', insertText: '&${1:channel:*}', insertTextFormat: InsertTextFormat.Snippet });
  if (versionAtLeast(target, '7.0')) {
    items.push(
      { label: '%R~', kind: CompletionItemKind.Snippet, detail: 'Read-only key pattern', insertText: '%R~${1:prefix:*}', insertTextFormat: InsertTextFormat.Snippet },
      { label: '%W~', kind: CompletionItemKind.Snippet, detail: 'Write-only key pattern', insertText: '%W~${1:prefix:*}', insertTextFormat: InsertTextFormat.Snippet },
      { label: '(selector)', kind: CompletionItemKind.Snippet, detail: 'A selector: extra permissions that apply together', insertText: '(${1:~other:* +@read})', insertTextFormat: InsertTextFormat.Snippet },
    );
  }
  return items;
}

export function computeCompletion(text: string, position: Position, languageId: 'redis-conf' | 'redis-acl', target: TargetId, sentinel = false): CompletionItem[] {
  const catalog = getCatalog(target);
  const lineText = (text.split('\n')[position.line] ?? '').slice(0, position.character);
  if (languageId === 'redis-acl') {
    const { words } = splitAclLine(lineText + 'x');
    const index = words.length - 1;
    if (index <= 0) return [{ label: 'user', kind: CompletionItemKind.Keyword, insertText: 'user ${1:name} ${2:on} ', insertTextFormat: InsertTextFormat.Snippet }];
    return index >= 2 ? aclItems(catalog, target) : [];
  }
  if (/^\s*#/.test(lineText)) return [];
  const { tokens, error } = tokenizeLine(lineText + 'x');
  if (error || tokens.length === 0) return [];
  const index = tokens.length - 1;
  if (index === 0) return directiveItems(catalog, sentinel);
  const name = tokens[0].value.toLowerCase();
  if (name === 'user') return index >= 2 ? aclItems(catalog, target) : [];
  if (name === 'sentinel' && index === 1) {
    return Object.keys(catalog.sentinel).map((s) => ({ label: s, kind: CompletionItemKind.Property }));
  }
  if (name === 'rename-command' && index === 1) {
    return Object.keys(getCommandTable(target).commands)
      .sort()
      .map((c) => ({ label: c.toUpperCase(), kind: CompletionItemKind.Function }));
  }
  const spec = lookupDirective(catalog, name);
  if (!spec) return [];
  if (index === 1 || spec.kind === 'flags') return valueItems(spec);
  return [];
}
