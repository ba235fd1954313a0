/**
 * Turns what the read-only probes saw (ProbeResults) into the same SecurityModel a redis.conf
 * produces, so the file rules judge a running server unchanged.
 *
 * How the live model differs from a file's model, and why:
 * - Settings: CONFIG GET * lists every setting, defaults included. Rules read `has(name)` as "the
 *   file sets it" and fall back to the catalog default otherwise, so only values that differ from
 *   the target's default become settings (plus `bind`, so RCS001 names the real addresses).
 *   `value()` therefore returns the running value for every setting either way.
 * - Several rules only fire on a setting that has a directive (they build fixes from it). Each live
 *   setting and each ACL LIST user therefore gets a synthetic line in `text` ("name value", "user
 *   name rules"), with real Directive/Token objects and ranges into that text. The ranges are
 *   never shown: they tell analyze.ts which setting or user a finding is about (`lineRefs`).
 *   Line 0 is a header comment, where findings about something missing land (anchorRange).
 * - Secrets: sensitive settings carry SECRET_MARKER when set and "" when not, whatever the probes
 *   passed, so no rule can see or repeat a value.
 * - Users come from ACL LIST (source 'live'; hashes only). Without ACL LIST and without an aclfile
 *   the implicit default user follows requirepass being set or not.
 * - rename-command is invisible at run time; commands COMMAND INFO does not know under their own
 *   name become renames to "" so rules do not count them as reachable.
 */
import type { Range } from 'vscode-languageserver-types';
import { DEFAULT_TARGET, TARGETS, canonicalName, getCatalog } from '../catalog';
import { getCommandTable } from '../catalog/commands/commands';
import type { Catalog, DirectiveSpec, Product, TargetId } from '../catalog/types';
import type { Directive } from '../parse/document';
import type { Token } from '../parse/tokenize';
import { evaluateUser, implicitDefaultRules } from '../rules/aclEval';
import { finishModel, RenameModel, RuleToken, SecurityModel, SettingValue, UserModel } from '../rules/model';
import { mergeSelectorArguments } from '../validate/aclRules';
import { normalizeValue } from './drift';
import type { ProbeResults } from './types';

/** What a sensitive setting holds in the model when it is set. Never the value. */
export const SECRET_MARKER = '<redacted>';

/** Settings whose values are secrets, on every version (the catalog flags some of them too). */
const ALWAYS_SENSITIVE = ['requirepass', 'masterauth', 'primaryauth', 'masteruser', 'primaryuser', 'tls-key-file-pass', 'tls-client-key-file-pass'];

/** Settings kept even at their default value, so messages name what the server really does. */
const ALWAYS_KEPT = new Set(['bind']);

export type LineRef = { kind: 'header' } | { kind: 'setting'; name: string } | { kind: 'user'; name: string };

export interface TargetChoice {
  id: TargetId;
  /** For the report: which rules judged the server and why. */
  note: string;
}

export interface LiveModel {
  model: SecurityModel;
  target: TargetChoice;
  /** What each line of `model.text` stands for. */
  lineRefs: LineRef[];
  /** CONFIG GET answered: the setting rules can judge the server. */
  configKnown: boolean;
  /** ACL LIST answered: the users are the server's, not an assumption. */
  usersKnown: boolean;
  /** Canonical name -> running value (aliases folded; sensitive values masked). */
  running: Map<string, string>;
  sensitive: Set<string>;
}

/** "7.2.4" -> [7, 2, 4]; undefined when it does not start with major.minor. */
export function versionParts(version: string | undefined): number[] | undefined {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(version ?? '');
  return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : undefined;
}

/** The catalog line of the same product at or below the version (the oldest one when below all). */
export function chooseTarget(product: Product | undefined, version: string | undefined): TargetChoice {
  const p: Product = product ?? 'redis';
  const lines = TARGETS.filter((t) => t.product === p);
  const parts = versionParts(version);
  const name = p === 'redis' ? 'Redis' : 'Valkey';
  if (!parts) {
    const id = p === 'redis' ? DEFAULT_TARGET : lines[lines.length - 1].id;
    return { id, note: `${getCatalog(id).target.label} rules (the server did not report its version)` };
  }
  const [major, minor] = parts;
  const atOrBelow = lines.filter((t) => t.major < major || (t.major === major && t.minor <= minor));
  if (!atOrBelow.length) {
    return { id: lines[0].id, note: `${lines[0].label} rules (${name} ${version} is older than any line the tool knows)` };
  }
  const t = atOrBelow[atOrBelow.length - 1];
  const exact = t.major === major && t.minor === minor;
  return { id: t.id, note: `${t.label} rules (${exact ? 'the line of' : 'the nearest line below'} ${name} ${version})` };
}

/** CONFIG GET answered with settings (an empty answer tells nothing about the server). */
export function configAnswered(results: ProbeResults): boolean {
  return results.config !== undefined && Object.keys(results.config).length > 0;
}

/** Settings every CONFIG GET * lists; when one is missing the answer was cut down (a managed service). */
export const CORE_SETTINGS = ['bind', 'port', 'protected-mode', 'requirepass', 'maxmemory', 'dir', 'dbfilename'];

function isSensitive(name: string, catalog: Catalog, results: ProbeResults): boolean {
  return ALWAYS_SENSITIVE.includes(name) || !!catalog.directives[name]?.sensitive || Object.prototype.hasOwnProperty.call(results.sensitiveSet ?? {}, name);
}

/**
 * CONFIG GET pairs by canonical name. Old spellings (slaveof, slave-read-only...) come back too;
 * the canonical entry wins. Names the catalog does not know (module settings) are left out.
 */
export function canonicalConfig(config: Record<string, string>, catalog: Catalog): Map<string, string> {
  const out = new Map<string, string>();
  for (const [raw, value] of Object.entries(config)) {
    const name = canonicalName(catalog, raw);
    if (!name) continue;
    if (out.has(name) && raw.toLowerCase() !== name) continue;
    out.set(name, value);
  }
  return out;
}

/** The running value with secrets masked: SECRET_MARKER when set, "" when not. */
function maskedValue(name: string, value: string, results: ProbeResults): string {
  const set = results.sensitiveSet?.[name];
  if (set !== undefined) return set ? SECRET_MARKER : '';
  return value === '' ? '' : SECRET_MARKER;
}

/** Settings that take several words (save, bind, client-output-buffer-limit, replicaof...). */
export function isMultiValue(spec: DirectiveSpec | undefined): boolean {
  return !!spec && (spec.multiArg || spec.args.max === null || spec.args.max > 1);
}

export function splitValue(spec: DirectiveSpec | undefined, value: string): string[] {
  if (!isMultiValue(spec) || value.trim() === '') return [value];
  return value.split(/\s+/).filter((w) => w !== '');
}

/** Whether the running value is the target's default (then the model leaves it out). */
function isDefault(spec: DirectiveSpec, value: string): boolean {
  const d = spec.default;
  if (d === null || d === undefined) return value.trim() === '';
  return normalizeValue(spec, splitValue(spec, d)) === normalizeValue(spec, splitValue(spec, value));
}

/** One ACL LIST line -> name and rules (a selector "(...)" is one rule). */
export function parseAclListLine(line: string): { name: string; rules: string[] } | undefined {
  const words = line.trim().split(/\s+/);
  if (words[0] !== 'user' || !words[1]) return undefined;
  const merged = mergeSelectorArguments(words.slice(2));
  const rules = 'rules' in merged ? merged.rules.map((r) => r.text) : words.slice(2);
  return { name: words[1], rules };
}

/** Builds the synthetic listing: each line's text, tokens and what it stands for. */
class Listing {
  readonly lines: string[] = [];
  readonly refs: LineRef[] = [];

  constructor(header: string) {
    this.lines.push(`# ${header.replace(/[\r\n]/g, ' ')}`);
    this.refs.push({ kind: 'header' });
  }

  /** Appends "word word ..." and returns the tokens with their columns. */
  add(words: string[], ref: LineRef): { line: number; tokens: Token[] } {
    const line = this.lines.length;
    const tokens: Token[] = [];
    let text = '';
    for (const w of words) {
      if (text) text += ' ';
      const raw = needsQuotes(w) ? JSON.stringify(w) : w;
      tokens.push({ value: w, raw, start: text.length, end: text.length + raw.length, quoted: raw !== w });
      text += raw;
    }
    this.lines.push(text);
    this.refs.push(ref);
    return { line, tokens };
  }
}

function needsQuotes(w: string): boolean {
  return w === '' || /[\s"'\\]/.test(w);
}

function span(line: number, from: Token, to: Token): Range {
  return { start: { line, character: from.start }, end: { line, character: to.end } };
}

export function buildLiveModel(results: ProbeResults): LiveModel {
  const sentinel = (results.info.server?.redis_mode ?? '').toLowerCase() === 'sentinel';
  const target = chooseTarget(results.product, results.version);
  const catalog = getCatalog(target.id);
  const commands = getCommandTable(target.id);
  const listing = new Listing(`live values of ${results.endpoint}`);
  const configKnown = configAnswered(results);
  const running = canonicalConfig(results.config ?? {}, catalog);
  const sensitive = new Set<string>();
  for (const [name, value] of running) {
    if (!isSensitive(name, catalog, results)) continue;
    sensitive.add(name);
    running.set(name, maskedValue(name, value, results));
  }

  const settings = new Map<string, SettingValue>();
  const occurrences = new Map<string, SettingValue[]>();
  const usersKnown = results.aclList !== undefined;
  for (const [name, value] of [...running].sort(([a], [b]) => a.localeCompare(b))) {
    const spec = catalog.directives[name];
    if (!spec || spec.hidden) continue;
    // With ACL LIST in hand the users are known; an aclfile would only make rules defer to it.
    if (name === 'aclfile' && usersKnown) continue;
    // An empty bind (6.x without a bind line) means every interface, as an absent one does.
    if (ALWAYS_KEPT.has(name) ? value.trim() === '' : isDefault(spec, value)) continue;
    const values = splitValue(spec, value);
    const { line, tokens } = listing.add([name, ...values], { kind: 'setting', name });
    const directive: Directive = { line, name, nameToken: tokens[0], args: tokens.slice(1) };
    const entry: SettingValue = { name, values, directive, range: span(line, tokens[0], tokens[tokens.length - 1]) };
    settings.set(name, entry);
    occurrences.set(name, [entry]);
  }

  const pubsubDefaultAll = (running.get('acl-pubsub-default') ?? catalog.directives['acl-pubsub-default']?.default ?? '').toLowerCase() === 'allchannels';
  const opts = { commands, pubsubDefaultAll };
  const users: UserModel[] = [];
  for (const raw of results.aclList ?? []) {
    const parsed = parseAclListLine(raw);
    if (!parsed) continue;
    // Each rule is written as one word of the listing so its range covers exactly that rule.
    const { line, tokens } = listing.add(['user', parsed.name, ...parsed.rules], { kind: 'user', name: parsed.name });
    const rules: RuleToken[] = parsed.rules.map((text, i) => ({ text, range: span(line, tokens[i + 2], tokens[i + 2]) }));
    users.push({
      name: parsed.name,
      rules,
      source: 'live',
      range: span(line, tokens[0], tokens[tokens.length - 1]),
      nameRange: span(line, tokens[1], tokens[1]),
      effective: evaluateUser(parsed.rules, opts),
    });
  }
  const aclfile = running.get('aclfile') ?? '';
  if (!usersKnown && configKnown && aclfile === '' && !sentinel) {
    const passworded = (running.get('requirepass') ?? '') !== '';
    const rules = implicitDefaultRules(passworded ? SECRET_MARKER : undefined);
    users.push({ name: 'default', rules: rules.map((text) => ({ text })), source: 'implicit', effective: evaluateUser(rules, opts) });
  }

  const renames: RenameModel[] = (results.missingCommands ?? []).map((c) => ({ command: c.toLowerCase(), newName: '' }));
  const model = finishModel({
    kind: sentinel ? 'sentinel' : 'config',
    catalog,
    commands,
    text: listing.lines.join('\n') + '\n',
    settings,
    occurrences,
    users,
    renames,
    sentinel: [],
  });
  return { model, target, lineRefs: listing.refs, configKnown, usersKnown, running, sensitive };
}

