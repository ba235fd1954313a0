/**
 * What one ACL rule token means, for hovers in `user` lines and ACL files: the rule's own doc
 * plus, for categories and commands, what the target version puts behind them.
 */
import { commandIn, getCommandTable } from '../catalog/commands/commands';
import { aclRuleDoc, AclRuleDoc } from '../catalog/docs';
import type { TargetId } from '../catalog/types';

const KEYWORDS = new Set([
  'on',
  'off',
  'nopass',
  'resetpass',
  'reset',
  'allkeys',
  'resetkeys',
  'allchannels',
  'resetchannels',
  'allcommands',
  'nocommands',
  'sanitize-payload',
  'skip-sanitize-payload',
  'clearselectors',
  '~*',
  '&*',
  '+@all',
  '-@all',
]);

/** The key of acl-rules.json that documents a token. */
export function aclRuleKey(token: string): string | undefined {
  const lower = token.toLowerCase();
  if (KEYWORDS.has(lower)) return lower;
  if (token.startsWith('(')) return '(';
  if (/^%[RrWw]+~/.test(token)) return '%' + token.slice(1, token.indexOf('~')).toUpperCase() + '~';
  if (token.startsWith('+@') || token.startsWith('-@')) return token.slice(0, 2);
  if ((token.startsWith('+') || token.startsWith('-')) && token.includes('|')) return '+|';
  const first = token[0];
  if (first && '><#!~&+-'.includes(first)) return first;
  return undefined;
}

function docText(key: string, doc: AclRuleDoc | undefined): string[] {
  if (!doc) return [];
  const out = [doc.summary];
  if (doc.details) out.push(doc.details);
  if (doc.since) out.push(`_Since ${doc.since}._`);
  if (doc.security) out.push(`**Security:** ${doc.security}`);
  void key;
  return out;
}

const MAX_LISTED = 24;

export function describeAclRule(token: string, target: TargetId): string | null {
  const key = aclRuleKey(token);
  if (!key) return null;
  const parts: string[] = [`**${token}**`];
  parts.push(...docText(key, aclRuleDoc(key)));
  const commands = getCommandTable(target);

  if (key === '+@' || key === '-@') {
    const category = token.slice(2).toLowerCase();
    parts.push(...docText('@' + category, aclRuleDoc('@' + category)));
    const members = Object.entries(commands.commands)
      .filter(([, c]) => c.categories.includes(category))
      .map(([name]) => name)
      .sort();
    if (members.length) {
      const shown = members.slice(0, MAX_LISTED).map((m) => '`' + m + '`').join(', ');
      parts.push(`${members.length} commands in \`@${category}\`: ${shown}${members.length > MAX_LISTED ? ', …' : ''}`);
    } else if (category !== 'all') {
      parts.push(`_No command of this version is in \`@${category}\`._`);
    }
  } else if (key === '+' || key === '-' || key === '+|') {
    const name = token.slice(1).split('|')[0].toLowerCase();
    const cmd = commandIn(commands, name);
    if (cmd) {
      parts.push(`\`${name}\` categories: ${cmd.categories.map((c) => '`@' + c + '`').join(', ') || 'none'}`);
      if (cmd.subcommands.length) parts.push(`Subcommands: ${cmd.subcommands.map((s) => '`' + s + '`').join(', ')}`);
    } else {
      parts.push(`_\`${name}\` is not a command of this version._`);
    }
  } else if (key === '>') {
    parts.push('_This password is stored in plain text in the file; prefer `#<sha256>`._');
  }
  return parts.join('\n\n');
}
