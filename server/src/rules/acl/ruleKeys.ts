/**
 * Which "cmd" / "cmd|sub" keys a single command rule touches, the same way aclEval.ts applies
 * them. RCS206 needs this rule by rule, while aclEval only gives the end result.
 */
import type { CommandTable } from '../../catalog/types';

export interface CommandRule {
  /** grant: +cmd, +@cat, +@all; deny: -cmd, -@cat; clear: -@all / nocommands. */
  kind: 'grant' | 'deny' | 'clear';
  /** A category or +@all (as opposed to one command or subcommand). */
  category: boolean;
  keys: Set<string>;
}

function has(commands: CommandTable, name: string): boolean {
  return Object.prototype.hasOwnProperty.call(commands.commands, name);
}

function commandKeys(commands: CommandTable, name: string): string[] {
  return [name, ...commands.commands[name].subcommands.map((s) => `${name}|${s}`)];
}

function keysOf(commands: CommandTable, spec: string): string[] {
  const lower = spec.toLowerCase();
  if (lower === '@all') return Object.keys(commands.commands).flatMap((n) => commandKeys(commands, n));
  if (lower.startsWith('@')) {
    const cat = lower.slice(1);
    return Object.keys(commands.commands)
      .filter((n) => commands.commands[n].categories.includes(cat))
      .flatMap((n) => commandKeys(commands, n));
  }
  const [name, sub] = lower.split('|');
  if (!has(commands, name)) return [];
  return sub !== undefined ? [`${name}|${sub}`] : commandKeys(commands, name);
}

/** Undefined for rules that are not about commands (keys, channels, passwords, flags). */
export function commandRule(commands: CommandTable, rule: string): CommandRule | undefined {
  const r = rule.toLowerCase();
  if (r === 'nocommands' || r === '-@all') return { kind: 'clear', category: true, keys: new Set() };
  if (r === 'allcommands') return { kind: 'grant', category: true, keys: new Set(keysOf(commands, '@all')) };
  if (r[0] !== '+' && r[0] !== '-') return undefined;
  const spec = r.slice(1);
  if (!spec) return undefined;
  return { kind: r[0] === '+' ? 'grant' : 'deny', category: spec[0] === '@', keys: new Set(keysOf(commands, spec)) };
}
