#!/usr/bin/env node
// Builds server/src/catalog/commands/<target>.json: the command names, subcommand names and ACL
// categories each target server knows. Everything is read straight out of local bare git mirrors
// with `git show`, so no server source is copied into this repository; only the extracted names and
// categories are written.
//
// Usage:
//   node scripts/extract-commands.mjs --redis <redis bare git dir> --valkey <valkey bare git dir> [--out <dir>]
//
// Redis 7.0+ and Valkey keep one JSON file per command or subcommand in src/commands/; Redis 6.x has a
// C array `redisCommandTable[]` in src/server.c with a space-separated flag string per command.
// See server/src/catalog/commands/COMMANDS-PROVENANCE.md for the refs used and the caveats.

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const DEFAULT_OUT = resolve(HERE, '../server/src/catalog/commands');

/**
 * How each target is found in the mirror. `tagPrefix` picks the newest plain `x.y.z` tag with that
 * prefix; when the snapshot has none (the release came after it) `fallback` names a branch instead.
 * `supplement` lists facts that the fallback branch is missing (see SUPPLEMENTS below).
 */
const TARGETS = [
  { id: 'redis-6.0', product: 'redis', tagPrefix: '6.0.', layout: 'table6' },
  { id: 'redis-6.2', product: 'redis', tagPrefix: '6.2.', layout: 'table6' },
  { id: 'redis-7.0', product: 'redis', tagPrefix: '7.0.', layout: 'json' },
  { id: 'redis-7.2', product: 'redis', tagPrefix: '7.2.', layout: 'json' },
  { id: 'redis-7.4', product: 'redis', tagPrefix: '7.4.', layout: 'json' },
  { id: 'redis-8.0', product: 'redis', tagPrefix: '8.0.', fallback: '8.0', layout: 'json', supplement: ['redis-8.0'] },
  { id: 'redis-8.2', product: 'redis', tagPrefix: '8.2.', fallback: 'unstable', layout: 'json', supplement: ['redis-8.0', 'redis-8.2'] },
  { id: 'valkey-7.2', product: 'valkey', tagPrefix: '7.2.', layout: 'json' },
  { id: 'valkey-8.0', product: 'valkey', tagPrefix: '8.0.', layout: 'json' },
  { id: 'valkey-8.1', product: 'valkey', tagPrefix: '8.1.', fallback: 'unstable', layout: 'json', supplement: ['valkey-8.1'] },
  { id: 'valkey-9.0', product: 'valkey', tagPrefix: '9.0.', fallback: 'unstable', layout: 'json', supplement: ['valkey-8.1', 'valkey-9.0'] },
];

/**
 * Commands that the GA releases have but the Oct-2024 mirror branches lack. Each entry is written in
 * the same shape as a src/commands/*.json file (flags and explicit categories only) and goes through
 * the same category rules. They were read from generated `src/commands.def` copies in the public code
 * index, keeping only entries whose `since` is within the release:
 *   redis/redis   src/commands.def @ da13ede48d385f809da484b606190f9ddba355ad (8.2 line, no 8.4 commands)
 *   valkey-io/valkey src/commands.def @ 00b9529c305aaf641d881de91a9e2a59e08b9ad5 (9.2 development line)
 * An entry is only added when the mirror ref does not already define the name, so a newer snapshot
 * with a real GA tag makes the supplement a no-op.
 */
const SUPPLEMENTS = {
  'redis-8.0': {
    note: '8.0.0 hash field commands',
    commands: {
      hgetdel: { flags: ['WRITE', 'FAST'], acl: ['HASH'] },
      hgetex: { flags: ['WRITE', 'FAST'], acl: ['HASH'] },
      hsetex: { flags: ['WRITE', 'DENYOOM', 'FAST'], acl: ['HASH'] },
    },
  },
  'redis-8.2': {
    note: '8.2.0 stream and cluster commands',
    commands: {
      xackdel: { flags: ['WRITE', 'FAST'], acl: ['STREAM'] },
      xdelex: { flags: ['WRITE', 'FAST'], acl: ['STREAM'] },
    },
    subcommands: {
      cluster: { 'slot-stats': { flags: ['STALE', 'LOADING'], acl: [] } },
    },
  },
  'valkey-8.1': {
    note: '8.1.0 COMMANDLOG and CLIENT IMPORT-SOURCE',
    commands: {
      commandlog: { flags: [], acl: [] },
    },
    subcommands: {
      commandlog: {
        get: { flags: ['ADMIN', 'LOADING', 'STALE'], acl: [] },
        help: { flags: ['LOADING', 'STALE'], acl: [] },
        len: { flags: ['ADMIN', 'LOADING', 'STALE'], acl: [] },
        reset: { flags: ['ADMIN', 'LOADING', 'STALE'], acl: [] },
      },
      client: { 'import-source': { flags: ['NOSCRIPT', 'LOADING', 'STALE'], acl: ['CONNECTION'] } },
    },
  },
  'valkey-9.0': {
    note: '9.0.0 DELIFEQ, hash field expiration, atomic slot migration',
    commands: {
      delifeq: { flags: ['FAST', 'WRITE'], acl: ['STRING'] },
      hexpire: { flags: ['WRITE', 'FAST'], acl: ['HASH'] },
      hexpireat: { flags: ['WRITE', 'FAST'], acl: ['HASH'] },
      hexpiretime: { flags: ['READONLY', 'FAST'], acl: ['HASH'] },
      hgetex: { flags: ['WRITE', 'FAST'], acl: ['HASH'] },
      hpersist: { flags: ['WRITE', 'FAST'], acl: ['HASH'] },
      hpexpire: { flags: ['WRITE', 'FAST'], acl: ['HASH'] },
      hpexpireat: { flags: ['WRITE', 'FAST'], acl: ['HASH'] },
      hpexpiretime: { flags: ['READONLY', 'FAST'], acl: ['HASH'] },
      hpttl: { flags: ['READONLY', 'FAST'], acl: ['HASH'] },
      hsetex: { flags: ['WRITE', 'DENYOOM', 'FAST'], acl: ['HASH'] },
      httl: { flags: ['READONLY', 'FAST'], acl: ['HASH'] },
    },
    subcommands: {
      cluster: {
        cancelslotmigrations: { flags: ['NO_ASYNC_LOADING', 'ADMIN', 'STALE', 'ALL_DBS'], acl: [] },
        flushslot: { flags: ['WRITE', 'NO_ASYNC_LOADING', 'ADMIN', 'ALL_DBS'], acl: ['KEYSPACE'] },
        getslotmigrations: { flags: ['NO_ASYNC_LOADING', 'ADMIN', 'STALE'], acl: [] },
        migrateslots: { flags: ['NO_ASYNC_LOADING', 'ADMIN', 'STALE', 'ALL_DBS'], acl: [] },
        syncslots: { flags: ['NO_ASYNC_LOADING', 'ADMIN', 'STALE', 'MAY_REPLICATE'], acl: [] },
      },
    },
  },
};

// ---------------------------------------------------------------------------------------------
// git access

function git(gitDir, ...args) {
  return execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

function versionKey(tag) {
  return tag.split('.').map(n => Number(n));
}

function compareVersions(a, b) {
  const x = versionKey(a);
  const y = versionKey(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The ref a target is read from: newest GA tag with the prefix, else the fallback branch. */
function resolveRef(gitDir, target) {
  const tags = git(gitDir, 'tag', '--list', `${target.tagPrefix}*`)
    .split('\n')
    .map(t => t.trim())
    .filter(t => /^\d+\.\d+\.\d+$/.test(t))
    .sort(compareVersions);
  if (tags.length > 0) return { ref: tags[tags.length - 1], isFallback: false };
  if (!target.fallback) throw new Error(`${target.id}: no ${target.tagPrefix}x tag in ${gitDir}`);
  return { ref: target.fallback, isFallback: true };
}

// ---------------------------------------------------------------------------------------------
// category rules

/**
 * 7.0+ derives categories from flags in setImplicitACLCategories(). We apply the same rules and
 * refuse to run when the function at that ref no longer contains exactly these rules.
 */
const IMPLICIT_RULES_7 = [
  'if (c->flags & CMD_WRITE) c->acl_categories |= ACL_CATEGORY_WRITE;',
  'if (c->flags & CMD_READONLY && !(c->acl_categories & ACL_CATEGORY_SCRIPTING)) c->acl_categories |= ACL_CATEGORY_READ;',
  'if (c->flags & CMD_ADMIN) c->acl_categories |= ACL_CATEGORY_ADMIN|ACL_CATEGORY_DANGEROUS;',
  'if (c->flags & CMD_PUBSUB) c->acl_categories |= ACL_CATEGORY_PUBSUB;',
  'if (c->flags & CMD_FAST) c->acl_categories |= ACL_CATEGORY_FAST;',
  'if (c->flags & CMD_BLOCKING) c->acl_categories |= ACL_CATEGORY_BLOCKING;',
  'if (!(c->acl_categories & ACL_CATEGORY_FAST)) c->acl_categories |= ACL_CATEGORY_SLOW;',
];

/** 6.x maps words of the flag string to categories in populateCommandTableParseFlags(). */
const IMPLICIT_RULES_6 = [
  '"write")) { c->flags |= CMD_WRITE|CMD_CATEGORY_WRITE;',
  '"read-only")) { c->flags |= CMD_READONLY|CMD_CATEGORY_READ;',
  '"admin")) { c->flags |= CMD_ADMIN|CMD_CATEGORY_ADMIN|CMD_CATEGORY_DANGEROUS;',
  '"pub-sub")) { c->flags |= CMD_PUBSUB|CMD_CATEGORY_PUBSUB;',
  '"fast")) { c->flags |= CMD_FAST | CMD_CATEGORY_FAST;',
  'if (!(c->flags & CMD_CATEGORY_FAST)) c->flags |= CMD_CATEGORY_SLOW;',
];

/** Removes comments and all whitespace so that formatting changes do not matter. */
function squash(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '').replace(/\s+/g, '');
}

function functionBody(source, signature) {
  const start = source.indexOf(signature);
  if (start < 0) return null;
  let depth = 0;
  for (let i = source.indexOf('{', start); i < source.length; i++) {
    if (source[i] === '{') depth++;
    else if (source[i] === '}' && --depth === 0) return source.slice(start, i + 1);
  }
  return null;
}

function checkRules(serverC, signature, rules, label) {
  const body = functionBody(serverC, signature);
  if (!body) throw new Error(`${label}: ${signature} not found in src/server.c`);
  const squashed = squash(body);
  for (const rule of rules) {
    if (!squashed.includes(squash(rule))) throw new Error(`${label}: category rule changed, expected "${rule}"`);
  }
  if (rules === IMPLICIT_RULES_7) {
    const ifCount = (squashed.match(/if\(/g) ?? []).length;
    if (ifCount !== rules.length) throw new Error(`${label}: setImplicitACLCategories has ${ifCount} rules, expected ${rules.length}`);
  }
}

/** Categories (lower case, no @) of one 7.0+ command description. */
function categories7(flags, acl) {
  const has = f => flags.includes(f);
  const cats = new Set(acl.map(c => c.toLowerCase()));
  if (has('WRITE')) cats.add('write');
  if (has('READONLY') && !cats.has('scripting')) cats.add('read');
  if (has('ADMIN')) { cats.add('admin'); cats.add('dangerous'); }
  if (has('PUBSUB')) cats.add('pubsub');
  if (has('FAST')) cats.add('fast');
  if (has('BLOCKING')) cats.add('blocking');
  if (!cats.has('fast')) cats.add('slow');
  return cats;
}

// ---------------------------------------------------------------------------------------------
// 7.0+ layout: src/commands/*.json

function readJsonCommands(gitDir, ref) {
  const files = git(gitDir, 'ls-tree', '--name-only', `${ref}:src/commands`)
    .split('\n')
    .filter(f => f.endsWith('.json'));
  const containers = new Map();
  const subs = new Map();
  for (const file of files) {
    const doc = JSON.parse(git(gitDir, 'show', `${ref}:src/commands/${file}`));
    for (const [rawName, desc] of Object.entries(doc)) {
      const flags = (desc.command_flags ?? []).map(f => f.toUpperCase());
      // The code generator drops experimental commands, and sentinel-only ones never reach a data server.
      if (flags.includes('EXPERIMENTAL') || flags.includes('ONLY_SENTINEL')) continue;
      const entry = { flags, acl: desc.acl_categories ?? [] };
      const name = rawName.toLowerCase();
      if (desc.container) {
        const parent = desc.container.toLowerCase();
        if (!subs.has(parent)) subs.set(parent, new Map());
        subs.get(parent).set(name, entry);
      } else {
        containers.set(name, entry);
      }
    }
  }
  return { containers, subs };
}

function applySupplement(parsed, keys, added) {
  for (const key of keys) {
    const sup = SUPPLEMENTS[key];
    for (const [name, entry] of Object.entries(sup.commands ?? {})) {
      if (parsed.containers.has(name)) continue;
      parsed.containers.set(name, entry);
      added.push(name);
    }
    for (const [parent, map] of Object.entries(sup.subcommands ?? {})) {
      if (!parsed.subs.has(parent)) parsed.subs.set(parent, new Map());
      for (const [name, entry] of Object.entries(map)) {
        if (parsed.subs.get(parent).has(name)) continue;
        parsed.subs.get(parent).set(name, entry);
        added.push(`${parent}|${name}`);
      }
    }
  }
}

/**
 * A container's own categories are merged with those of its subcommands, so that a category lists
 * every top-level name that a `+@category` rule touches (as `ACL CAT` lists `config|get` under
 * @dangerous while CONFIG itself is only @slow).
 */
function buildFromJson(parsed, label) {
  for (const parent of parsed.subs.keys()) {
    if (!parsed.containers.has(parent)) throw new Error(`${label}: subcommands of unknown container ${parent}`);
  }
  const commands = {};
  for (const [name, entry] of parsed.containers) {
    const cats = categories7(entry.flags, entry.acl);
    const subMap = parsed.subs.get(name) ?? new Map();
    for (const sub of subMap.values()) for (const c of categories7(sub.flags, sub.acl)) cats.add(c);
    commands[name] = { subcommands: [...subMap.keys()].sort(), categories: [...cats].sort() };
  }
  return commands;
}

// ---------------------------------------------------------------------------------------------
// 6.x layout: redisCommandTable[] in src/server.c

function buildFromTable6(serverC, label) {
  const start = serverC.indexOf('struct redisCommand redisCommandTable[] = {');
  if (start < 0) throw new Error(`${label}: redisCommandTable[] not found`);
  const end = serverC.indexOf('\n};', start);
  const table = serverC.slice(start, end).replace(/\/\*[\s\S]*?\*\//g, '');
  if (/^\s*#/m.test(table)) throw new Error(`${label}: preprocessor lines inside redisCommandTable[]`);
  // {"name",function,arity, "flag string" ["more string"...], ...
  const entry = /\{\s*"([^"]+)"\s*,\s*\w+\s*,\s*-?\d+\s*,\s*((?:"[^"]*"\s*)+),/g;
  const commands = {};
  let m;
  while ((m = entry.exec(table)) !== null) {
    const name = m[1].toLowerCase();
    const flagString = [...m[2].matchAll(/"([^"]*)"/g)].map(x => x[1]).join('');
    const words = flagString.split(/\s+/).filter(Boolean);
    const cats = new Set();
    for (const w of words) {
      if (w === 'write') cats.add('write');
      else if (w === 'read-only') cats.add('read');
      else if (w === 'admin') { cats.add('admin'); cats.add('dangerous'); }
      else if (w === 'pub-sub') cats.add('pubsub');
      else if (w === 'fast') cats.add('fast');
      else if (w.startsWith('@')) cats.add(w.slice(1).toLowerCase());
    }
    if (!cats.has('fast')) cats.add('slow');
    if (commands[name]) throw new Error(`${label}: duplicate command ${name}`);
    // 6.x has no subcommand metadata; `+cmd|sub` there accepts any first argument.
    commands[name] = { subcommands: [], categories: [...cats].sort() };
  }
  const declared = (table.match(/\{\s*"/g) ?? []).length;
  if (declared !== Object.keys(commands).length) {
    throw new Error(`${label}: parsed ${Object.keys(commands).length} of ${declared} table entries`);
  }
  return commands;
}

// ---------------------------------------------------------------------------------------------

function sortedObject(obj) {
  return Object.fromEntries(Object.keys(obj).sort().map(k => [k, obj[k]]));
}

function extractTarget(target, gitDirs) {
  const gitDir = gitDirs[target.product];
  const { ref, isFallback } = resolveRef(gitDir, target);
  const commit = git(gitDir, 'rev-parse', `${ref}^{commit}`).trim();
  const serverC = git(gitDir, 'show', `${ref}:src/server.c`);
  const repo = target.product === 'redis' ? 'redis/redis' : 'valkey-io/valkey';
  const refLabel = isFallback ? `branch ${ref}` : ref;
  let commands;
  let source;
  const added = [];
  if (target.layout === 'table6') {
    checkRules(serverC, 'int populateCommandTableParseFlags(', IMPLICIT_RULES_6, target.id);
    commands = buildFromTable6(serverC, target.id);
    source = `${repo}@${refLabel} ${commit} src/server.c redisCommandTable[]`;
  } else {
    checkRules(serverC, 'void setImplicitACLCategories(', IMPLICIT_RULES_7, target.id);
    const parsed = readJsonCommands(gitDir, ref);
    if (isFallback && target.supplement) applySupplement(parsed, target.supplement, added);
    commands = buildFromJson(parsed, target.id);
    source = `${repo}@${refLabel} ${commit} src/commands/*.json`;
    if (added.length > 0) {
      const notes = target.supplement.map(k => SUPPLEMENTS[k].note).join('; ');
      source += ` + ${added.length} entries from later src/commands.def (${notes}): ${added.sort().join(', ')}`;
    }
  }
  return { target: target.id, source, commands: sortedObject(commands) };
}

/** Valid JSON with one command per line, so that diffs between regenerations stay readable. */
function formatTable(table) {
  const lines = Object.entries(table.commands).map(([name, spec]) => `    ${JSON.stringify(name)}: ${JSON.stringify(spec)}`);
  return [
    '{',
    `  "target": ${JSON.stringify(table.target)},`,
    `  "source": ${JSON.stringify(table.source)},`,
    '  "commands": {',
    lines.join(',\n'),
    '  }',
    '}',
    '',
  ].join('\n');
}

function parseArgs(argv) {
  const args = { out: DEFAULT_OUT };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--redis' || a === '--valkey' || a === '--out') args[a.slice(2)] = resolve(argv[++i]);
    else throw new Error(`unknown argument ${a}`);
  }
  if (!args.redis || !args.valkey) {
    throw new Error('usage: node scripts/extract-commands.mjs --redis <bare git dir> --valkey <bare git dir> [--out <dir>]');
  }
  return args;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  mkdirSync(args.out, { recursive: true });
  for (const target of TARGETS) {
    const table = extractTarget(target, args);
    const file = join(args.out, `${target.id}.json`);
    writeFileSync(file, formatTable(table));
    const subCount = Object.values(table.commands).reduce((n, c) => n + c.subcommands.length, 0);
    console.log(`${target.id}: ${Object.keys(table.commands).length} commands, ${subCount} subcommands  <- ${table.source.slice(0, 120)}`);
  }
}

main();
