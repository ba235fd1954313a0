#!/usr/bin/env node
// Builds server/src/catalog/data/<target>.json (one `Catalog` per target, see
// server/src/catalog/types.ts) from the per-version directive facts in the research folder.
//
// Usage: node scripts/generate-catalog.mjs [--facts <dir>] [--out <dir>]
//   facts dir: --facts, else $CATALOG_FACTS_DIR, else ../shared/research/facts (relative to the repo root)
//   out dir:   --out,   else $CATALOG_OUT_DIR,   else server/src/catalog/data
//
// The output depends only on the facts, so running it twice gives byte-identical files.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function option(flag, envName, fallback) {
  const i = process.argv.indexOf(flag);
  if (i >= 0 && process.argv[i + 1]) return resolve(process.argv[i + 1]);
  if (process.env[envName]) return resolve(process.env[envName]);
  return fallback;
}

const factsDir = option('--facts', 'CATALOG_FACTS_DIR', resolve(root, '../shared/research/facts'));
const outDir = option('--out', 'CATALOG_OUT_DIR', join(root, 'server/src/catalog/data'));

// Target id -> facts file stem. Keep in the same order as TARGETS in server/src/catalog/targets.ts.
const TARGETS = [
  ['redis-6.0', 'redis-6.0.20'],
  ['redis-6.2', 'redis-6.2.16'],
  ['redis-7.0', 'redis-7.0.15'],
  ['redis-7.2', 'redis-7.2.6'],
  ['redis-7.4', 'redis-7.4.1'],
  ['redis-8.0', 'redis-8.0-branch'],
  ['redis-8.2', 'redis-8.2-dev-966b0236'],
  ['valkey-7.2', 'valkey-7.2.7'],
  ['valkey-8.0', 'valkey-8.0.1'],
  ['valkey-8.1', 'valkey-unstable-2024-10'],
  ['valkey-9.0', 'valkey-9.0-dev-9521f5f3'],
];

// ---------------------------------------------------------------------------------------------
// Lossless JSON: JSON.parse turns 18446744073709551615 into a double, so integer literals that are
// not safe doubles are turned into BigInt before parsing (strings are left untouched).

const BIG = '\u0000bigint:';

function parseJsonExact(text) {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      const m = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
      const literal = m[0];
      const isInteger = m[1] === undefined && m[2] === undefined;
      out += isInteger && !Number.isSafeInteger(Number(literal)) ? JSON.stringify(BIG + literal) : literal;
      i += literal.length;
    } else {
      out += c;
      i++;
    }
  }
  return JSON.parse(out, (_key, value) =>
    typeof value === 'string' && value.startsWith(BIG) ? BigInt(value.slice(BIG.length)) : value,
  );
}

function readFacts(name) {
  return parseJsonExact(readFileSync(join(factsDir, name), 'utf8'));
}

// x86_64 Linux values of the limit macros the facts name in min_raw/max_raw; used to double-check
// the exact numbers read above.
const C_LIMITS = {
  INT_MIN: -(2n ** 31n),
  INT_MAX: 2n ** 31n - 1n,
  UINT_MAX: 2n ** 32n - 1n,
  LONG_MIN: -(2n ** 63n),
  LONG_MAX: 2n ** 63n - 1n,
  LLONG_MIN: -(2n ** 63n),
  LLONG_MAX: 2n ** 63n - 1n,
  SSIZE_MAX: 2n ** 63n - 1n,
  ULONG_MAX: 2n ** 64n - 1n,
  ULLONG_MAX: 2n ** 64n - 1n,
  SIZE_MAX: 2n ** 64n - 1n,
};

function exactInteger(value, raw, where) {
  if (typeof value === 'bigint') value = value.toString();
  else if (typeof value === 'number' && Number.isSafeInteger(value)) value = String(value);
  else throw new Error(`${where}: not an exact integer: ${value}`);
  if (raw in C_LIMITS && C_LIMITS[raw].toString() !== value) {
    throw new Error(`${where}: ${raw} should be ${C_LIMITS[raw]}, facts say ${value}`);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Table entries

function valueKind(entry) {
  switch (entry.type) {
    case 'bool':
      return 'bool';
    case 'enum':
      // shutdown-on-sigint/-sigterm: several words OR-ed together.
      return entry.multi_arg && /bit-flag/.test(entry.args?.shape ?? '') ? 'flags' : 'enum';
    case 'string':
    case 'sds':
      return 'string';
    case 'special':
      return 'special';
    default:
      if (!('numeric_flags' in entry)) throw new Error(`${entry.name}: unknown type ${entry.type}`);
      if (entry.memory && entry.percent) return 'memory-or-percent';
      if (entry.memory) return 'memory';
      if (entry.octal) return 'octal';
      return 'integer';
  }
}

/** The default as a user would write it in a config file. */
function defaultText(kind, value, where) {
  if (value === null) return null;
  switch (kind) {
    case 'octal':
      return BigInt(exactInteger(value, '', where)).toString(8);
    case 'memory-or-percent': {
      // Percentages are stored as negative numbers.
      const n = BigInt(exactInteger(value, '', where));
      return n < 0n ? `${-n}%` : n.toString();
    }
    case 'integer':
    case 'memory':
      return exactInteger(value, '', where);
    default:
      if (typeof value !== 'string') throw new Error(`${where}: unexpected default ${value}`);
      return value;
  }
}

function argsOf(args) {
  const out = { min: args.min, max: args.max ?? null };
  if (args.multiple_of !== undefined) out.multipleOf = args.multiple_of;
  return out;
}

function tableSpec(entry, stem) {
  const where = `${stem} ${entry.name}`;
  const kind = valueKind(entry);
  const flags = new Set(entry.flags);
  const spec = {
    name: entry.name,
    aliases: entry.alias ? [entry.alias] : [],
    origin: 'table',
    kind,
    cType: entry.type,
  };
  if ('min' in entry) spec.min = exactInteger(entry.min, entry.min_raw, where + ' min');
  if ('max' in entry) spec.max = exactInteger(entry.max, entry.max_raw, where + ' max');
  if (entry.enum_values) spec.enumValues = [...entry.enum_values];
  if ('default' in entry) spec.default = defaultText(kind, entry.default, where + ' default');
  spec.args = argsOf(entry.args);
  spec.multiArg = Boolean(entry.multi_arg);
  spec.immutable = Boolean(entry.immutable);
  spec.sensitive = flags.has('SENSITIVE_CONFIG');
  spec.protected = flags.has('PROTECTED_CONFIG');
  spec.hidden = flags.has('HIDDEN_CONFIG');
  if ('empty_string_is_null' in entry) spec.emptyStringIsNull = Boolean(entry.empty_string_is_null);
  if (entry.build_condition) spec.buildCondition = entry.build_condition;
  if (entry.is_valid_fn) spec.validator = entry.is_valid_fn;
  return spec;
}

// ---------------------------------------------------------------------------------------------
// Names handled outside the table, and names accepted then ignored

// Single-value names of the 6.x if/else chain whose value is read like a table kind.
const OUTSIDE_KINDS = {
  requirepass: 'string',
  dir: 'string',
  logfile: 'string',
  'cluster-config-file': 'string',
  'client-query-buffer-limit': 'memory',
  unixsocketperm: 'octal',
};
// Outside-table names that CONFIG SET could change in 6.x (its own if/else chain in config.c). Every
// other outside-table name, and all of them from 7.0 on (CONFIG SET only knows table entries), can
// only be set in the file or on the command line.
const RUNTIME_SETTABLE = new Set([
  'save',
  'dir',
  'requirepass',
  'client-query-buffer-limit',
  'client-output-buffer-limit',
  'oom-score-adj-values',
  'notify-keyspace-events',
]);
// When one if/else branch takes several names, this one becomes the canonical name.
const PREFERRED_CANONICAL = new Set(['replicaof']);

// The facts record no flags for names outside the table; only `immutable` is known (see above).
function looseSpec(name, origin, kind, argsMin, argsMax, defaultValue) {
  const spec = { name, aliases: [], origin, kind };
  if (defaultValue !== undefined) spec.default = defaultValue;
  spec.args = { min: argsMin, max: argsMax ?? null };
  const immutable = origin === 'outside' && !RUNTIME_SETTABLE.has(name);
  return { ...spec, multiArg: false, immutable, sensitive: false, protected: false, hidden: false };
}

function outsideSpec(entry, stem) {
  if (entry.ignored_dead_option) return looseSpec(entry.name, 'ignored', 'string', entry.args_min, entry.args_max);
  const kind = OUTSIDE_KINDS[entry.name] ?? 'special';
  const rewrite = entry.default_from_rewrite;
  let value;
  if (rewrite && 'default' in rewrite) {
    const raw = kind === 'special' || kind === 'string' ? String(rewrite.default) : rewrite.default;
    value = defaultText(kind, raw, `${stem} ${entry.name} default`);
  }
  return looseSpec(entry.name, 'outside', kind, entry.args_min, entry.args_max, value);
}

// ---------------------------------------------------------------------------------------------
// Whole catalog

/**
 * Event letters the facts of a reconstructed snapshot miss: the 8.2 facts copied notify.c from an
 * older base, while Redis 8.2 GA added `o` (overwritten) and `c` (type changed) — research/grammar.md §4.
 */
const NOTIFY_SUPPLEMENT = { 'redis-8.2': 'oc' };

function moduleConfigRule(text, stem) {
  if (text === null || text === undefined) return 'none';
  if (/^ANY directive/.test(text)) return 'any';
  if (/containing '\.'/.test(text)) return 'dotted';
  throw new Error(`${stem}: cannot classify module_config_rule: ${text}`);
}

function verifiedFactsFiles() {
  const text = readFileSync(join(factsDir, 'VALIDATION.md'), 'utf8');
  const paragraph = text.split(/\n\s*\n/).find((p) => /checked against the real server/.test(p));
  if (!paragraph) throw new Error('VALIDATION.md: list of checked files not found');
  return new Set([...paragraph.matchAll(/`([^`]+)\.json`/g)].map((m) => m[1]));
}

/** ACL facts of the stem, or of the newest older version of the same product that has them. */
function aclFor(stem, aclFacts, versionsOrder) {
  if (aclFacts.versions[stem]) return stem;
  const product = stem.split('-')[0];
  const older = versionsOrder.slice(0, versionsOrder.indexOf(stem)).filter((v) => v.startsWith(product + '-'));
  const found = older.reverse().find((v) => aclFacts.versions[v]);
  if (!found) throw new Error(`${stem}: no ACL facts`);
  return found;
}

function sortedRecord(entries) {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function buildCatalog(id, stem, verified, aclFacts, merged) {
  const facts = readFacts(`${stem}.json`);
  const [product, version] = id.split('-');
  const [major, minor] = version.split('.').map(Number);
  const commit = facts.commit;
  const mergedCommit = merged?.sources?.[stem]?.commit;
  if (mergedCommit && mergedCommit !== commit) throw new Error(`${stem}: commit differs from merged.json`);

  const directives = new Map();
  const addAlias = (canonical, alias) => {
    if (alias && !directives.get(canonical).aliases.includes(alias)) directives.get(canonical).aliases.push(alias);
  };

  for (const entry of facts.directives) {
    // Compiled only into test builds; release servers reject the name (VALIDATION.md).
    if (entry.build_condition === 'LOG_REQ_RES') continue;
    directives.set(entry.name, tableSpec(entry, stem));
  }

  const branchAlias = new Map(); // name -> canonical, for names sharing one if/else branch
  for (const entry of facts.outside_table) {
    const group = [entry.name, ...(entry.same_branch_as ?? [])];
    const canonical = group.find((n) => PREFERRED_CANONICAL.has(n)) ?? [...group].sort()[0];
    if (canonical !== entry.name) {
      branchAlias.set(entry.name, canonical);
      continue;
    }
    if (directives.has(entry.name)) {
      // A table entry already describes it; only fill in a default the table lacks.
      const spec = directives.get(entry.name);
      const extra = outsideSpec(entry, stem);
      if (spec.default === undefined && extra.default !== undefined) spec.default = extra.default;
      continue;
    }
    directives.set(entry.name, outsideSpec(entry, stem));
  }
  for (const entry of facts.deprecated_ignored) {
    if (directives.has(entry.name)) continue;
    directives.set(entry.name, looseSpec(entry.name, 'ignored', 'string', entry.args_min, entry.args_max));
  }

  for (const entry of facts.directives) {
    if (entry.build_condition !== 'LOG_REQ_RES') addAlias(entry.name, entry.alias);
  }
  for (const [alias, canonical] of branchAlias) addAlias(canonical, alias);

  const aliases = [];
  for (const spec of directives.values()) {
    spec.aliases.sort();
    for (const alias of spec.aliases) {
      if (directives.has(alias)) throw new Error(`${stem}: ${alias} is both a name and an alias`);
      aliases.push([alias, spec.name]);
    }
  }

  const sentinel = facts.sentinel_directives.map((s) => [
    s.name,
    { name: s.name, argsMin: s.args_min, argsMax: s.args_max },
  ]);

  const aclStem = aclFor(stem, aclFacts, merged?.versions_order ?? []);
  const acl = aclFacts.versions[aclStem];

  return {
    $generated: {
      generatedBy: 'scripts/generate-catalog.mjs',
      factsFile: `${stem}.json`,
      commit,
      gitRef: facts.git_ref,
      aclFacts: aclStem,
    },
    target: {
      id,
      product,
      label: `${product === 'redis' ? 'Redis' : 'Valkey'} ${major}.${minor}`,
      major,
      minor,
      source: stem,
      verifiedAgainstServer: verified.has(stem),
    },
    directives: sortedRecord(directives),
    aliases: sortedRecord(aliases),
    sentinel: sortedRecord(sentinel),
    notifyKeyspaceChars: facts.notify_keyspace_event_chars.join('') + (NOTIFY_SUPPLEMENT[id] ?? ''),
    clientOutputBufferClasses: [...facts.client_output_buffer_classes],
    moduleConfigRule: moduleConfigRule(facts.module_config_rule, stem),
    acl: {
      categories: [...acl.categories],
      keywords: [...acl.keyword_ops],
      prefixes: [...acl.prefix_ops],
      selectors: Boolean(acl.selectors),
      percentKeyPermissions: Boolean(acl.percent_key_perms),
      moduleCategories: Boolean(acl.module_defined_categories_api),
    },
  };
}

function main() {
  if (!existsSync(factsDir)) throw new Error(`facts directory not found: ${factsDir}`);
  const verified = verifiedFactsFiles();
  const aclFacts = readFacts('acl.json');
  const merged = existsSync(join(factsDir, 'merged.json')) ? readFacts('merged.json') : undefined;
  mkdirSync(outDir, { recursive: true });
  for (const [id, stem] of TARGETS) {
    const catalog = buildCatalog(id, stem, verified, aclFacts, merged);
    writeFileSync(join(outDir, `${id}.json`), JSON.stringify(catalog, null, 2) + '\n');
    const names = Object.keys(catalog.directives).length + Object.keys(catalog.aliases).length;
    console.log(`${id.padEnd(11)} ${stem.padEnd(24)} ${String(names).padStart(3)} accepted names`);
  }
}

main();
