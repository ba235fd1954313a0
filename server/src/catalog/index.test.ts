import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  acceptedNames,
  canonicalName,
  catalogProvenance,
  DEFAULT_TARGET,
  getCatalog,
  isTargetId,
  lookupDirective,
  TARGETS,
  targetInfo,
  targetsHaving,
  type TargetId,
} from './index';

// Compiled to out/server/src/catalog/, four levels below the repository root.
const repoRoot = join(__dirname, '..', '..', '..', '..');

// Canonical names + aliases per target. VALIDATION.md counts the same names for the verified
// versions (minus the two LOG_REQ_RES names, which release builds reject).
const ACCEPTED_NAMES: Record<TargetId, number> = {
  'redis-6.0': 159,
  'redis-6.2': 176,
  'redis-7.0': 205,
  'redis-7.2': 210,
  'redis-7.4': 217,
  'redis-8.0': 217,
  'redis-8.2': 223,
  'valkey-7.2': 210,
  'valkey-8.0': 231,
  'valkey-8.1': 233,
  'valkey-9.0': 247,
};

test('targets are listed in the agreed order and match the data files', () => {
  assert.deepEqual(
    TARGETS.map((t) => t.id),
    ['redis-6.0', 'redis-6.2', 'redis-7.0', 'redis-7.2', 'redis-7.4', 'redis-8.0', 'redis-8.2',
      'valkey-7.2', 'valkey-8.0', 'valkey-8.1', 'valkey-9.0'],
  );
  for (const t of TARGETS) assert.deepEqual(getCatalog(t.id).target, t, t.id);
  assert.deepEqual(
    TARGETS.filter((t) => t.verifiedAgainstServer).map((t) => t.id),
    ['redis-6.2', 'redis-7.0', 'redis-7.2', 'redis-7.4', 'valkey-8.0'],
  );
  assert.equal(DEFAULT_TARGET, 'redis-8.2');
  assert.equal(targetInfo('valkey-8.1').source, 'valkey-unstable-2024-10');
  assert.ok(isTargetId('redis-7.0'));
  assert.ok(!isTargetId('redis-5.0'));
  assert.throws(() => getCatalog('redis-5.0' as TargetId));
});

test('accepted-name counts per target', () => {
  for (const t of TARGETS) assert.equal(acceptedNames(getCatalog(t.id)).length, ACCEPTED_NAMES[t.id], t.id);
});

test('every catalog is internally consistent', () => {
  for (const t of TARGETS) {
    const c = getCatalog(t.id);
    for (const [key, spec] of Object.entries(c.directives)) {
      assert.equal(spec.name, key);
      assert.notEqual(spec.buildCondition, 'LOG_REQ_RES', `${t.id} ${key}`);
      for (const alias of spec.aliases) assert.equal(c.aliases[alias], key, `${t.id} ${alias}`);
      for (const bound of [spec.min, spec.max]) {
        if (bound !== undefined) assert.match(bound, /^-?\d+$/, `${t.id} ${key}`);
      }
      if (spec.min !== undefined && spec.max !== undefined) assert.ok(BigInt(spec.min) <= BigInt(spec.max));
      if (spec.kind === 'enum' || spec.kind === 'flags') assert.ok(spec.enumValues?.length, `${t.id} ${key}`);
    }
    for (const [alias, canonical] of Object.entries(c.aliases)) {
      assert.ok(c.directives[canonical]?.aliases.includes(alias), `${t.id} ${alias}`);
      assert.equal(c.directives[alias], undefined, `${t.id} ${alias} is also a name`);
    }
    assert.ok(!lookupDirective(c, 'req-res-logfile'), `${t.id} keeps a LOG_REQ_RES name`);
  }
});

test('enable-debug-command: enum no/yes/local from 7.0, absent in 6.2', () => {
  const spec = lookupDirective(getCatalog('redis-7.0'), 'enable-debug-command');
  assert.equal(spec?.kind, 'enum');
  assert.deepEqual(spec?.enumValues, ['no', 'yes', 'local']);
  assert.equal(spec?.default, 'no');
  assert.equal(lookupDirective(getCatalog('redis-6.2'), 'enable-debug-command'), undefined);
});

test('bounds beyond 2^53 are exact', () => {
  const maxmemory = lookupDirective(getCatalog('redis-7.0'), 'maxmemory');
  assert.equal(maxmemory?.max, '18446744073709551615');
  assert.equal(maxmemory?.kind, 'memory');
  assert.equal(lookupDirective(getCatalog('redis-7.4'), 'proto-max-bulk-len')?.max, '9223372036854775807');
  assert.equal(lookupDirective(getCatalog('redis-7.0'), 'list-max-listpack-size')?.min, '-2147483648');
  const perm = lookupDirective(getCatalog('redis-7.0'), 'unixsocketperm');
  assert.equal(perm?.kind, 'octal');
  assert.equal(perm?.max, '511');
});

test('slaveof resolves to replicaof in every target', () => {
  for (const t of TARGETS) {
    const c = getCatalog(t.id);
    assert.equal(canonicalName(c, 'slaveof'), 'replicaof', t.id);
    assert.equal(lookupDirective(c, 'slaveof')?.name, 'replicaof', t.id);
  }
  assert.equal(lookupDirective(getCatalog('redis-6.0'), 'replicaof')?.origin, 'outside');
  assert.equal(lookupDirective(getCatalog('redis-7.0'), 'replicaof')?.origin, 'table');
});

test('hash-max-ziplist-entries: table entry in 6.2, alias in 7.0', () => {
  assert.equal(getCatalog('redis-6.2').directives['hash-max-ziplist-entries']?.origin, 'table');
  const c70 = getCatalog('redis-7.0');
  assert.equal(c70.directives['hash-max-ziplist-entries'], undefined);
  assert.equal(c70.aliases['hash-max-ziplist-entries'], 'hash-max-listpack-entries');
});

test('targetsHaving follows aliases and TARGETS order', () => {
  const having = targetsHaving('busy-reply-threshold');
  assert.equal(having[0], 'redis-7.0');
  assert.ok(!having.includes('redis-6.2'));
  assert.ok(having.includes('valkey-9.0'));
  assert.deepEqual(targetsHaving('lua-time-limit'), TARGETS.map((t) => t.id));
  assert.deepEqual(targetsHaving('primaryauth'), ['valkey-8.0', 'valkey-8.1', 'valkey-9.0']);
  assert.deepEqual(targetsHaving('no-such-directive'), []);
});

test('valkey-8.0 renames masterauth to primaryauth', () => {
  const c = getCatalog('valkey-8.0');
  const spec = lookupDirective(c, 'masterauth');
  assert.equal(spec?.name, 'primaryauth');
  assert.deepEqual(spec?.aliases, ['masterauth']);
  assert.equal(spec?.sensitive, true);
});

test('outside-table, ignored and special names', () => {
  const c60 = getCatalog('redis-6.0');
  assert.equal(c60.directives['requirepass']?.kind, 'string');
  assert.equal(c60.directives['client-query-buffer-limit']?.kind, 'memory');
  assert.equal(c60.directives['client-query-buffer-limit']?.default, '1073741824');
  assert.equal(c60.directives['unixsocketperm']?.kind, 'octal');
  assert.equal(c60.directives['list-max-ziplist-entries']?.origin, 'ignored');
  assert.equal(c60.directives['include']?.immutable, true);
  const c74 = getCatalog('redis-7.4');
  assert.equal(c74.directives['lua-replicate-commands']?.origin, 'ignored');
  assert.equal(c74.directives['shutdown-on-sigint']?.kind, 'flags');
  assert.equal(c74.directives['maxmemory-clients']?.kind, 'memory-or-percent');
  // tls-* entries sit under #ifdef USE_OPENSSL up to 7.0 only.
  assert.equal(getCatalog('redis-7.0').directives['tls-port']?.buildCondition, 'USE_OPENSSL');
  assert.equal(c74.directives['tls-port']?.buildCondition, undefined);
  assert.deepEqual(c74.directives['client-output-buffer-limit']?.args, { min: 4, max: null, multipleOf: 4 });
  assert.deepEqual(c74.sentinel['known-sentinel'], { name: 'known-sentinel', argsMin: 3, argsMax: 4 });
});

test('module-config rule, keyspace letters and ACL features per version', () => {
  assert.equal(getCatalog('redis-6.2').moduleConfigRule, 'none');
  assert.equal(getCatalog('redis-7.4').moduleConfigRule, 'dotted');
  assert.equal(getCatalog('redis-8.2').moduleConfigRule, 'any');
  assert.equal(getCatalog('valkey-9.0').moduleConfigRule, 'dotted');
  assert.equal(getCatalog('redis-6.0').notifyKeyspaceChars.includes('d'), false);
  assert.equal(getCatalog('redis-7.0').notifyKeyspaceChars.includes('n'), true);
  assert.ok(getCatalog('valkey-8.0').clientOutputBufferClasses.includes('primary'));
  assert.equal(getCatalog('redis-6.2').acl.selectors, false);
  assert.equal(getCatalog('redis-7.0').acl.selectors, true);
  assert.equal(getCatalog('redis-7.2').acl.moduleCategories, false);
  assert.equal(getCatalog('redis-7.4').acl.moduleCategories, true);
  assert.equal(catalogProvenance('redis-8.2').aclFacts, 'redis-unstable-2024-10');
  assert.equal(catalogProvenance('valkey-9.0').aclFacts, 'valkey-unstable-2024-10');
  assert.equal(catalogProvenance('redis-7.0').commit, 'f35f36a265403c07b119830aa4bb3b7d71653ec9');
});

test('regenerating the data gives the committed files', (t) => {
  const script = join(repoRoot, 'scripts', 'generate-catalog.mjs');
  const factsDir = process.env.CATALOG_FACTS_DIR ?? join(repoRoot, '..', 'shared', 'research', 'facts');
  if (!existsSync(factsDir)) {
    t.skip(`facts not found at ${factsDir}`);
    return;
  }
  const outDir = mkdtempSync(join(tmpdir(), 'catalog-'));
  try {
    const run = spawnSync(process.execPath, [script, '--facts', factsDir, '--out', outDir], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const committed = join(repoRoot, 'server', 'src', 'catalog', 'data');
    const names = readdirSync(committed).filter((n) => n.endsWith('.json')).sort();
    assert.deepEqual(readdirSync(outDir).sort(), names);
    for (const name of names) {
      assert.ok(readFileSync(join(outDir, name)).equals(readFileSync(join(committed, name))), `${name} differs`);
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
