/**
 * Drift: what an open redis.conf says against what the server runs (CONFIG GET). Every difference
 * is reported with the file line that sets the value; settings the file leaves out count when the
 * server runs something else than the default (a CONFIG SET nobody wrote back, a command-line
 * option). Values are compared the way the server reads them: `1gb` equals `1073741824`, `YES`
 * equals `yes`, save pairs and bind lists word by word, client-output-buffer-limit per class.
 *
 * Secrets are never compared or shown: for sensitive settings only "set" / "not set" is known, and
 * when both sides hold a secret the comparison is listed as not verified.
 */
import { canonicalName } from '../catalog';
import type { Catalog, DirectiveSpec } from '../catalog/types';
import { parseConfig, Directive } from '../parse/document';
import { tokenizeLine } from '../parse/tokenize';
import { memtoull, string2ll } from '../validate/numbers';
import type { AuditReport, NotVerified } from './types';

export type DriftEntry = NonNullable<AuditReport['drift']>[number];

export interface DriftResult {
  entries: DriftEntry[];
  notVerified: NotVerified[];
}

/** Lines that are not settings CONFIG GET reports. */
const NOT_SETTINGS = new Set(['include', 'user', 'rename-command', 'loadmodule', 'sentinel']);

/** Settings the server fills in itself when the file is silent; their running value says nothing. */
const SERVER_FILLED = new Set(['pidfile', 'dir']);

/** Special settings whose default is known on every version ("" = unset); other specials vary. */
const EMPTY_DEFAULT = new Set(['notify-keyspace-events', 'replicaof']);

/** The event classes `A` stands for in notify-keyspace-events. */
const NOTIFY_ALL = 'g$lshzxetd';

const CLIENT_CLASSES: Record<string, string> = { slave: 'replica', replica: 'replica', normal: 'normal', pubsub: 'pubsub' };

function memory(word: string): string {
  const v = memtoull(word.toLowerCase());
  return v === undefined ? word.toLowerCase() : v.toString();
}

function integer(word: string): string {
  const v = string2ll(word);
  return v === undefined ? word : v.toString();
}

function numberWord(word: string): string {
  const n = Number(word);
  return Number.isFinite(n) && word.trim() !== '' ? String(n) : word;
}

function notifyFlags(value: string): string {
  const letters = new Set(value.replace(/A/g, NOTIFY_ALL).split(''));
  return [...letters].sort().join('');
}

/** client-output-buffer-limit words -> class -> "hard soft seconds" in bytes. */
export function outputBufferClasses(words: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i + 3 < words.length; i += 4) {
    const cls = CLIENT_CLASSES[words[i].toLowerCase()] ?? words[i].toLowerCase();
    out.set(cls, [memory(words[i + 1]), memory(words[i + 2]), integer(words[i + 3])].join(' '));
  }
  return out;
}

/** The comparable form of a setting's values. */
export function normalizeValue(spec: DirectiveSpec | undefined, words: string[]): string {
  const name = spec?.name ?? '';
  const joined = words.join(' ');
  switch (name) {
    case 'notify-keyspace-events':
      return notifyFlags(joined);
    case 'save':
      return words.filter((w) => w !== '').map(integer).join(' ');
    case 'bind':
      return words.filter((w) => w !== '').map((w) => w.toLowerCase()).join(' ');
    case 'replicaof':
      return words.map((w) => w.toLowerCase()).join(' ');
    case 'dir':
      return joined.length > 1 ? joined.replace(/\/+$/, '') : joined;
    case 'client-output-buffer-limit':
      return [...outputBufferClasses(words)].map(([c, v]) => `${c} ${v}`).sort().join(' ');
    case 'oom-score-adj-values':
    case 'latency-tracking-info-percentiles':
      return words.map(numberWord).join(' ');
  }
  switch (spec?.kind) {
    case 'bool':
    case 'enum':
      return joined.toLowerCase();
    case 'flags':
      return words.map((w) => w.toLowerCase()).sort().join(' ');
    case 'integer':
      return integer(joined);
    case 'memory':
      return memory(joined);
    case 'memory-or-percent':
      return /%$/.test(joined) ? `${integer(joined.slice(0, -1))}%` : memory(joined);
    case 'octal': {
      const v = /^[0-7]+$/.test(joined) ? parseInt(joined, 8) : NaN;
      return Number.isNaN(v) ? joined : String(v);
    }
    default:
      return joined;
  }
}

/** Words of a running value, split like the file's values for multi-word settings. */
function runningWords(spec: DirectiveSpec | undefined, value: string): string[] {
  if (!spec || !(spec.multiArg || spec.args.max === null || spec.args.max > 1) || value.trim() === '') return [value];
  return value.split(/\s+/).filter((w) => w !== '');
}

/** A directive's values as the server reads them (a single multi-word argument re-split on 7.0+). */
function fileWords(spec: DirectiveSpec | undefined, d: Directive): string[] {
  const values = d.args.map((a) => a.value);
  if (spec?.multiArg && values.length === 1 && values[0] !== '') {
    const split = tokenizeLine(values[0]);
    if (!split.error) return split.tokens.map((t) => t.value);
  }
  return values;
}

interface FileSetting {
  spec: DirectiveSpec;
  /** The words in force and the line that set them last. */
  words: string[];
  directive: Directive;
}

/** What the file sets, by canonical name: the last line wins, save lines add up. */
function fileSettings(text: string, catalog: Catalog): { settings: Map<string, FileSetting>; buffers: Array<{ cls: string; words: string[]; directive: Directive }>; includes: boolean } {
  const settings = new Map<string, FileSetting>();
  const buffers: Array<{ cls: string; words: string[]; directive: Directive }> = [];
  let includes = false;
  for (const d of parseConfig(text).directives) {
    if (d.name === 'include') includes = true;
    if (NOT_SETTINGS.has(d.name)) continue;
    const name = canonicalName(catalog, d.name);
    const spec = name ? catalog.directives[name] : undefined;
    if (!name || !spec || spec.hidden || !d.args.length) continue;
    const words = fileWords(spec, d);
    if (name === 'client-output-buffer-limit') {
      for (let i = 0; i + 3 < words.length; i += 4) buffers.push({ cls: CLIENT_CLASSES[words[i].toLowerCase()] ?? words[i].toLowerCase(), words: words.slice(i, i + 4), directive: d });
      continue;
    }
    if (name === 'save') {
      // The first save line replaces the defaults, later ones add pairs, `save ""` clears them.
      const before = settings.get('save');
      const cleared = words.length === 1 && words[0] === '';
      settings.set(name, { spec, words: cleared || !before ? words.filter((w) => w !== '') : [...before.words, ...words], directive: d });
      continue;
    }
    settings.set(name, { spec, words, directive: d });
  }
  return { settings, buffers, includes };
}

function presence(value: string): string {
  return value === '' ? 'not set' : 'set';
}

/**
 * Compares the file with the running values. `running` holds canonical names with secrets
 * already masked (liveModel.ts); `sensitive` names the settings whose values must not be shown.
 */
export function computeDrift(configText: string, running: Map<string, string>, catalog: Catalog, sensitive: Set<string>): DriftResult {
  const entries: DriftEntry[] = [];
  const notVerified: NotVerified[] = [];
  const { settings, buffers, includes } = fileSettings(configText, catalog);

  for (const [name, fs] of settings) {
    const live = running.get(name);
    if (live === undefined) continue;
    const line = fs.directive.line;
    if (sensitive.has(name)) {
      const inFile = fs.words.join(' ');
      if (presence(inFile) !== presence(live)) entries.push({ setting: name, file: presence(inFile), running: presence(live), line });
      else if (inFile !== '') notVerified.push({ check: `drift of ${name}`, reason: 'the file and the server both hold a secret; secret values are never compared' });
      continue;
    }
    if (name === 'dir' && !fs.words.join(' ').startsWith('/')) {
      notVerified.push({ check: 'drift of dir', reason: `the file gives a relative path (line ${line + 1}); it depends on the directory the server was started from` });
      continue;
    }
    if (normalizeValue(fs.spec, fs.words) !== normalizeValue(fs.spec, runningWords(fs.spec, live))) {
      entries.push({ setting: name, file: fs.words.join(' '), running: live, line });
    }
  }

  const liveBuffers = outputBufferClasses(runningWords(catalog.directives['client-output-buffer-limit'], running.get('client-output-buffer-limit') ?? ''));
  const lastPerClass = new Map(buffers.map((b) => [b.cls, b]));
  for (const [cls, b] of lastPerClass) {
    const live = liveBuffers.get(cls);
    if (live === undefined) continue;
    const file = outputBufferClasses(b.words).get(cls);
    if (file !== live) entries.push({ setting: 'client-output-buffer-limit', file: b.words.join(' '), running: `${b.words[0]} ${liveBufferWords(running, cls)}`, line: b.directive.line });
  }

  // Settings the file leaves out: the server should run the default.
  const where = includes ? 'not in this file (it includes others)' : 'not in this file';
  for (const [name, live] of running) {
    if (settings.has(name) || SERVER_FILLED.has(name) || name === 'client-output-buffer-limit') continue;
    const spec = catalog.directives[name];
    if (!spec || spec.hidden) continue;
    const dflt = spec.default === undefined ? (EMPTY_DEFAULT.has(name) ? '' : undefined) : (spec.default ?? '');
    if (dflt === undefined) continue;
    if (sensitive.has(name)) {
      if (presence(live) !== presence(dflt)) entries.push({ setting: name, file: `${where}: ${presence(dflt)}`, running: presence(live) });
      continue;
    }
    if (normalizeValue(spec, runningWords(spec, dflt)) !== normalizeValue(spec, runningWords(spec, live))) {
      entries.push({ setting: name, file: `${where} (default ${dflt === '' ? '""' : dflt})`, running: live });
    }
  }
  entries.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || a.setting.localeCompare(b.setting));
  return { entries, notVerified };
}

/** The running limits of one class as the server prints them (bytes). */
function liveBufferWords(running: Map<string, string>, cls: string): string {
  const words = (running.get('client-output-buffer-limit') ?? '').split(/\s+/);
  for (let i = 0; i + 3 < words.length; i += 4) if ((CLIENT_CLASSES[words[i].toLowerCase()] ?? words[i]) === cls) return words.slice(i + 1, i + 4).join(' ');
  return '';
}
