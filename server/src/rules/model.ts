/**
 * The security model: what a config (or ACL file, or later a running server) says, reduced to
 * what the rules need — effective settings, users with their rules, renamed commands — with the
 * source ranges kept so findings and fixes point at the right text.
 *
 * One model, whatever the source: the live audit builds the same shape from CONFIG GET and
 * ACL LIST (without ranges), so one rule judges a file, a CI run and a running server.
 */
import type { Range } from 'vscode-languageserver-types';
import { lookupDirective } from '../catalog';
import type { Catalog, CommandTable, TargetInfo } from '../catalog/types';
import type { ConfigDocument, Directive } from '../parse/document';
import { parseAclFile } from '../parse/aclFile';
import { tokenizeLine } from '../parse/tokenize';
import { loaderFamily } from '../validate/context';
import { mergeSelectorArguments } from '../validate/aclRules';
import { EffectiveUser, evaluateUser, implicitDefaultRules } from './aclEval';
import type { ModelKind } from './types';

export interface SettingValue {
  /** Canonical directive name. */
  name: string;
  /** The values as the server reads them (a single multi-value argument re-split on 7.0+). */
  values: string[];
  /** The directive that set it (absent for live models). */
  directive?: Directive;
  /** Range of the whole line's content. */
  range?: Range;
}

export interface RuleToken {
  text: string;
  range?: Range;
}

export interface UserModel {
  name: string;
  /** Rules in order, selectors merged into one token each. */
  rules: RuleToken[];
  /** Where the user came from. */
  source: 'config' | 'aclfile' | 'implicit' | 'live';
  /** The line of its `user` declaration (absent for implicit and live users). */
  range?: Range;
  nameRange?: Range;
  effective: EffectiveUser;
}

export interface RenameModel {
  command: string;
  newName: string;
  directive?: Directive;
}

/** What a model is made of; SecurityModel adds the derived views. */
export interface ModelData {
  kind: ModelKind;
  catalog: Catalog;
  commands: CommandTable;
  /** The text the ranges refer to ('' for live models). */
  text: string;
  uri?: string;
  /** The parsed config (config and sentinel kinds). */
  doc?: ConfigDocument;
  /** Last occurrence of each setting, by canonical name. */
  settings: Map<string, SettingValue>;
  /** Every occurrence, in order, by canonical name (for directives that accumulate). */
  occurrences: Map<string, SettingValue[]>;
  users: UserModel[];
  renames: RenameModel[];
  /** `sentinel ...` lines of a sentinel config. */
  sentinel: Directive[];
}

export interface SecurityModel extends ModelData {
  target: TargetInfo;
  /** The value in effect: the last one set, or the target's default. */
  value(name: string): string | undefined;
  /** Whether the file sets it at all. */
  has(name: string): boolean;
  /** The user named `default` as the server ends up with it. */
  defaultUser(): UserModel | undefined;
}

export function lineRange(d: Directive): Range {
  const last = d.args.length ? d.args[d.args.length - 1] : d.nameToken;
  return { start: { line: d.line, character: d.nameToken.start }, end: { line: d.line, character: last.end } };
}

function tokenRange(line: number, t: { start: number; end: number }): Range {
  return { start: { line, character: t.start }, end: { line, character: t.end } };
}

export function finishModel(base: ModelData): SecurityModel {
  const model: SecurityModel = {
    ...base,
    target: base.catalog.target,
    value(name: string) {
      const s = base.settings.get(name);
      if (s) return s.values.join(' ');
      const d = base.catalog.directives[name]?.default;
      return d === null ? undefined : d;
    },
    has(name: string) {
      return base.settings.has(name);
    },
    defaultUser() {
      return base.users.filter((u) => u.name === 'default').pop();
    },
  };
  return model;
}

/** The rules of a user line with their ranges; from 7.0 a selector's words become one rule. */
function ruleTokens(family: string, line: number, words: Array<{ text: string; start: number; end: number }>): RuleToken[] {
  const merged = family === '7' ? mergeSelectorArguments(words.map((w) => w.text)) : undefined;
  if (merged && 'rules' in merged) {
    return merged.rules.map((r) => ({ text: r.text, range: { start: tokenRange(line, words[r.first]).start, end: tokenRange(line, words[r.last]).end } }));
  }
  return words.map((w) => ({ text: w.text, range: tokenRange(line, w) }));
}

function pubsubDefaultAll(catalog: Catalog, settings: Map<string, SettingValue>): boolean {
  const v = settings.get('acl-pubsub-default')?.values[0] ?? catalog.directives['acl-pubsub-default']?.default ?? 'resetchannels';
  return v.toLowerCase() === 'allchannels';
}

/** Builds the model of a redis.conf / sentinel.conf. */
export function configModel(doc: ConfigDocument, catalog: Catalog, commands: CommandTable, text: string, kind: 'config' | 'sentinel', uri?: string): SecurityModel {
  const settings = new Map<string, SettingValue>();
  const occurrences = new Map<string, SettingValue[]>();
  const renames: RenameModel[] = [];
  const sentinel: Directive[] = [];
  const userLines: Directive[] = [];
  const family = loaderFamily(catalog.target);

  for (const d of doc.directives) {
    if (d.name === 'sentinel') {
      if (d.args.length) sentinel.push(d);
      continue;
    }
    if (d.name === 'user') {
      if (d.args.length) userLines.push(d);
      continue;
    }
    if (d.name === 'rename-command') {
      if (d.args.length === 2) renames.push({ command: d.args[0].value.toLowerCase(), newName: d.args[1].value, directive: d });
      continue;
    }
    const spec = lookupDirective(catalog, d.name);
    const name = spec?.name ?? d.name;
    let values = d.args.map((a) => a.value);
    if (family === '7' && spec?.multiArg && values.length === 1 && values[0] !== '') {
      const split = tokenizeLine(values[0]);
      if (!split.error) values = split.tokens.map((t) => t.value);
    }
    const entry: SettingValue = { name, values, directive: d, range: lineRange(d) };
    settings.set(name, entry);
    occurrences.set(name, [...(occurrences.get(name) ?? []), entry]);
  }

  const opts = { commands, pubsubDefaultAll: pubsubDefaultAll(catalog, settings) };
  const users: UserModel[] = userLines.map((d) => {
    const rules = ruleTokens(family, d.line, d.args.slice(1).map((t) => ({ text: t.value, start: t.start, end: t.end })));
    const isDefault = d.args[0].value === 'default';
    // A `user default` line first resets the built-in default user.
    const texts = rules.map((r) => r.text);
    return {
      name: d.args[0].value,
      rules,
      source: 'config' as const,
      range: lineRange(d),
      nameRange: tokenRange(d.line, d.args[0]),
      effective: evaluateUser(isDefault ? ['reset', ...texts] : texts, opts),
    };
  });
  const aclfile = settings.get('aclfile')?.values[0];
  if (!users.some((u) => u.name === 'default') && !aclfile && kind === 'config') {
    const requirepass = settings.get('requirepass')?.values[0] || undefined;
    const rules = implicitDefaultRules(requirepass);
    users.unshift({ name: 'default', rules: rules.map((text) => ({ text })), source: 'implicit', effective: evaluateUser(rules, opts) });
  }
  return finishModel({ kind, catalog, commands, text, uri, doc, settings, occurrences, users, renames, sentinel });
}

/** Builds the model of an ACL file. */
export function aclModel(text: string, catalog: Catalog, commands: CommandTable, uri?: string): SecurityModel {
  const settings = new Map<string, SettingValue>();
  const opts = { commands, pubsubDefaultAll: pubsubDefaultAll(catalog, settings) };
  const family = loaderFamily(catalog.target);
  const users: UserModel[] = [];
  for (const l of parseAclFile(text)) {
    const [keyword, name, ...ruleWords] = l.words;
    if (keyword.text !== 'user' || !name) continue;
    const words = ruleWords.filter((w) => w.text.length > 0);
    const rules = ruleTokens(family, l.line, words);
    users.push({
      name: name.text,
      rules,
      source: 'aclfile',
      range: { start: { line: l.line, character: l.start }, end: { line: l.line, character: l.end } },
      nameRange: tokenRange(l.line, name),
      effective: evaluateUser(
        rules.map((r) => r.text),
        opts,
      ),
    });
  }
  return finishModel({ kind: 'acl', catalog, commands, text, uri, settings, occurrences: new Map(), users, renames: [], sentinel: [] });
}
