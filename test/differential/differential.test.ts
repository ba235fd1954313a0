/**
 * Differential tests: our validator against real server verdicts.
 *
 * 1. live: every corpus snippet is loaded by the real redis-server 7.0 (started here, every run)
 *    and by validateText for target redis-7.0; the verdicts must agree.
 * 2. oracle sample: the recorded verdicts of five server versions (no servers started).
 * 3. stock configs: the shipped redis.conf/sentinel.conf/valkey.conf files must raise no error,
 *    and the Debian one must really load in redis-server.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TargetId } from '../../server/src/catalog/types';
import type { LanguageId } from '../../server/src/service';
import { validateText } from '../../server/src/service';
import {
  FILESYSTEM_DEPENDENT, Row, agreementLine, disagreementTable, failures, isServerError, judgeText, makeRow, formatServer,
} from './compare';
import { Verdict, detectRedis, expectedFile, loadCorpus, repoRoot, runCorpus, runServer, withTrailer } from './harness';

const CI = process.env.CI === 'true';
const redis = detectRedis();
const redisProblem = 'error' in redis
  ? redis.error
  : redis.version.startsWith('7.0.') ? undefined : `need redis-server 7.0.x, found ${redis.version}`;
/** Locally a missing server skips the live tests; in CI it fails them. */
const liveSkip = redisProblem !== undefined && !CI ? `redis-server unavailable: ${redisProblem}` : false;

/** The trailer's socket dir as the validator sees it (the server gets a fresh temp dir instead). */
const VALIDATOR_DIR = '/tmp/redis-differential';

function requireRedis(): string {
  if (redisProblem !== undefined || 'error' in redis) assert.fail(`the differential test needs redis-server 7.0.x (CI=true): ${redisProblem}`);
  return redis.bin;
}

test('live: redis-server 7.0 and validateText agree on every corpus snippet', { skip: liveSkip, timeout: 300_000 }, async () => {
  const bin = requireRedis();
  const snippets = loadCorpus();
  assert.ok(snippets.length >= 230, `corpus too small: ${snippets.length}`);

  const t0 = Date.now();
  const live = await runCorpus(bin, snippets, 4);
  const elapsed = Date.now() - t0;

  const rows: Row[] = snippets.map(s => {
    const server = live.get(s.name)!.verdict;
    const ours = judgeText(withTrailer(s.text, VALIDATOR_DIR), { uri: s.file, languageId: 'redis-conf' }, 'redis-7.0');
    return makeRow(s.name, 'redis-7.0', server, ours, FILESYSTEM_DEPENDENT);
  });

  const accepted = rows.filter(r => r.server === 'ACCEPT').length;
  console.log(`corpus: ${rows.length} snippets, server said ${accepted} ACCEPT / ${rows.length - accepted} REJECT, ran in ${elapsed} ms`);
  reportCacheDrift(rows);
  console.log(agreementLine('redis-7.0 (live)', rows));
  console.log(disagreementTable(rows));

  const bad = failures(rows);
  assert.equal(bad.length, 0, `${bad.length} snippets disagree with redis-server (table above)`);
});

/** The cached verdicts are for review only; say when they no longer match the live server. */
function reportCacheDrift(rows: Row[]): void {
  let cached: Record<string, Verdict> = {};
  try {
    cached = JSON.parse(fs.readFileSync(expectedFile(), 'utf8')).verdicts ?? {};
  } catch {
    console.log(`note: ${expectedFile()} missing; record it with node out/test/differential/record.js`);
    return;
  }
  const drift = rows.filter(r => JSON.stringify(cached[r.file]) !== JSON.stringify(r.server));
  if (drift.length === 0) return;
  console.log(`note: ${drift.length} live verdicts differ from ${path.basename(expectedFile())} (re-record with node out/test/differential/record.js):`);
  for (const r of drift) console.log(`  ${r.file}: cached ${cached[r.file] ? formatServer(cached[r.file]) : '(none)'} / live ${formatServer(r.server)}`);
}

const ORACLE_DIR = path.join(repoRoot(), '..', 'shared', 'research', 'oracle-sample');
const ORACLE_TARGETS: TargetId[] = ['redis-6.2', 'redis-7.0', 'redis-7.2', 'redis-7.4', 'valkey-8.0'];

test('oracle sample: recorded verdicts of five servers agree with validateText', { skip: fs.existsSync(ORACLE_DIR) ? false : `missing ${ORACLE_DIR}` }, () => {
  const expected: Record<string, Record<string, Verdict>> = JSON.parse(fs.readFileSync(path.join(ORACLE_DIR, 'expected.json'), 'utf8'));
  const all: Row[] = [];
  const lines: string[] = [];
  for (const target of ORACLE_TARGETS) {
    const rows: Row[] = [];
    for (const [file, byTarget] of Object.entries(expected)) {
      const server = byTarget[target];
      if (server === undefined) continue;
      const full = path.join(ORACLE_DIR, file);
      const languageId: LanguageId = file.endsWith('.acl') ? 'redis-acl' : 'redis-conf';
      const ours = judgeText(fs.readFileSync(full, 'utf8'), { uri: full, languageId }, target);
      rows.push(makeRow(file, target, server, ours));
    }
    lines.push(agreementLine(target, rows));
    all.push(...rows);
  }
  console.log(lines.join('\n'));
  for (const target of ORACLE_TARGETS) {
    const rows = all.filter(r => r.target === target && !r.agree);
    if (rows.length) console.log(`--- ${target}\n${disagreementTable(rows)}`);
  }
  console.log(agreementLine('oracle sample, all targets', all));
  const bad = failures(all);
  assert.equal(bad.length, 0, `${bad.length} oracle verdicts disagree (tables above)`);
});

const STOCK_DIR = path.join(repoRoot(), '..', 'shared', 'stock-configs');
const DEBIAN_CONF = '/etc/redis/redis.conf';

/** redis-7.0.15.conf → redis-7.0, sentinel-6.2.16.conf → redis-6.2, valkey-sentinel-8.0.1.conf → valkey-8.0 ... */
function stockTarget(fileName: string): TargetId | undefined {
  const m = /^(?:debian-)?(valkey|redis|sentinel)(?:-sentinel)?-(\d+)\.(\d+)\./.exec(fileName);
  if (!m) return undefined;
  return `${m[1] === 'valkey' ? 'valkey' : 'redis'}-${m[2]}.${m[3]}` as TargetId;
}

test('stock configs raise no RCV error for their own version', async t => {
  const files = fs.existsSync(STOCK_DIR)
    ? fs.readdirSync(STOCK_DIR).filter(n => n.endsWith('.conf')).sort().map(n => path.join(STOCK_DIR, n))
    : [];
  if (fs.existsSync(DEBIAN_CONF)) files.push(DEBIAN_CONF);
  if (files.length === 0) { t.skip('no stock configs found'); return; }
  for (const file of files) {
    const target = file === DEBIAN_CONF ? 'redis-7.0' : stockTarget(path.basename(file));
    await t.test(`${path.basename(file)} (${target})`, () => {
      assert.ok(target, `no target known for ${file}`);
      // The uri keeps the file name, so sentinel-*.conf is read as a sentinel config.
      const errors = validateText(fs.readFileSync(file, 'utf8'), { uri: file, languageId: 'redis-conf' }, { target }).filter(isServerError);
      const listed = errors.map(d => `  line ${d.range.start.line + 1} ${String(d.code)} ${JSON.stringify(d.message)}`).join('\n');
      assert.equal(errors.length, 0, `${file} should be clean for ${target}:\n${listed}`);
    });
  }
});

test('live: the Debian stock redis.conf loads in redis-server', { skip: liveSkip || (fs.existsSync(DEBIAN_CONF) ? false : `missing ${DEBIAN_CONF}`) }, async () => {
  const bin = requireRedis();
  const stock = fs.readFileSync(DEBIAN_CONF, 'utf8');
  // Appended last, so they win over the stock values and keep the run inside the temp dir.
  const run = await runServer(bin, dir => `${stock}\ndaemonize no\nport 0\ndir ${dir}\nlogfile ""\npidfile ${path.join(dir, 'p.pid')}\nunixsocket ${path.join(dir, 's.sock')}\n`);
  assert.equal(run.verdict, 'ACCEPT', `Debian redis.conf was refused: ${JSON.stringify(run.verdict)}\n${run.output.slice(-2000)}`);
});
