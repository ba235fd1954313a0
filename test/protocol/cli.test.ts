/**
 * redis-conf-lint as a user runs it: dist/cli.js in a child process, judged by exit status and
 * output shape. Security rules are being added all the time, so the tests that look at them rely
 * on RCS001 (bind-all-interfaces) alone and read the other findings only through --no-security.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sarifShapeProblems } from '../../server/src/cli/sarifShape';
import { distFile, repoRoot } from './harness';

function lint(args: string[], cwd?: string) {
  const r = spawnSync(process.execPath, [distFile('cli.js'), ...args], { encoding: 'utf8', cwd });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function withFiles(files: Record<string, string>, body: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'rcl-cli-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface JsonFinding { code: string; source: string; severity: string; line: number }
/** The findings of the only file checked, from JSON output. */
function findings(stdout: string): JsonFinding[] {
  const reports = JSON.parse(stdout);
  assert.equal(reports.length, 1);
  return reports[0].diagnostics;
}
const rcs001 = (list: JsonFinding[]) => list.filter(d => d.code === 'RCS001');

const EXPOSED = 'bind 0.0.0.0\nport 6379\n';
const LOOPBACK = 'bind 127.0.0.1\nport 6379\n';
/** Valid for every target, with one validity warning (RCV051: port set twice). */
const WARNING_ONLY = 'bind 127.0.0.1\nport 6380\nport 6381\n';

test('--version and --help', () => {
  const pkg = JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8'));
  assert.deepEqual(lint(['--version']), { code: 0, stdout: pkg.version + '\n', stderr: '' });
  const help = lint(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: redis-conf-lint/);
  for (const option of ['--format text|json|sarif', '--fail-on', '--no-security', '--rule', '--admin-user', '--no-inline-ignores']) {
    assert.ok(help.stdout.includes(option), option);
  }
});

test('usage errors exit with 2', () => {
  assert.equal(lint([]).code, 2);
  assert.equal(lint(['--nope', 'x.conf']).code, 2);
  const badTarget = lint(['--target', 'redis-5.0', 'x.conf']);
  assert.equal(badTarget.code, 2);
  assert.match(badTarget.stderr, /unknown target 'redis-5.0'/);
  const missing = lint(['/no/such/file.conf']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /cannot read '\/no\/such\/file.conf'/);
  for (const args of [['--format', 'xml'], ['--fail-on', 'hint'], ['--rule', 'RCS001'], ['--rule', 'RCS001=loud'], ['--rule', 'no-such-rule=off'], ['--rule', 'RCV002=off']]) {
    const r = lint([...args, 'x.conf']);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /^redis-conf-lint: .+\nTry 'redis-conf-lint --help'\.\n$/);
  }
});

test('a file the server accepts exits 0 with --no-security', () => {
  withFiles({ 'redis.conf': 'port 6380\nbind 127.0.0.1\n' }, dir => {
    const r = lint(['--no-security', '--target', 'redis-7.0', join(dir, 'redis.conf')]);
    assert.equal(r.code, 0);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /No problems in 1 file\./);
  });
});

test('--fail-on: warnings fail only when asked; hints never', () => {
  withFiles({ 'w.conf': WARNING_ONLY, 'h.conf': 'bind 127.0.0.1\nslaveof 10.0.0.1 6379\n' }, dir => {
    const warned = lint(['--no-security', '--format', 'json', 'w.conf'], dir);
    assert.equal(warned.code, 0, 'default: only errors fail');
    assert.deepEqual(findings(warned.stdout).map(d => [d.code, d.severity, d.source]), [['RCV051', 'warning', 'validity']]);
    assert.equal(lint(['--no-security', '--fail-on', 'warning', 'w.conf'], dir).code, 1);
    assert.equal(lint(['--no-security', '--fail-on=info', 'w.conf'], dir).code, 1);
    const hinted = lint(['--no-security', '--format', 'json', '--fail-on', 'info', 'h.conf'], dir);
    assert.deepEqual(findings(hinted.stdout).map(d => [d.code, d.severity]), [['RCV050', 'hint']]);
    assert.equal(hinted.code, 0);
  });
});

test('--quiet shows what fails the run and nothing else', () => {
  withFiles({ 'w.conf': WARNING_ONLY }, dir => {
    assert.deepEqual(lint(['-q', '--no-security', 'w.conf'], dir), { code: 0, stdout: '', stderr: '' });
    const r = lint(['-q', '--no-security', '--fail-on', 'warning', 'w.conf'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^w\.conf:2:1 {2}warning .*\[RCV051\]\n\n1 problem \(0 errors, 1 warning\) in 1 file\.\n$/);
  });
});

test('security rules run by default; RCS001 flags bind 0.0.0.0 only', () => {
  withFiles({ 'exposed.conf': EXPOSED, 'loopback.conf': LOOPBACK }, dir => {
    const exposed = lint(['--format', 'json', 'exposed.conf'], dir);
    assert.equal(exposed.code, 1, 'RCS001 is an error');
    assert.deepEqual(rcs001(findings(exposed.stdout)).map(d => [d.severity, d.source, d.line]), [['error', 'security', 1]]);
    assert.deepEqual(rcs001(findings(lint(['--format', 'json', 'loopback.conf'], dir).stdout)), []);

    const text = lint(['exposed.conf'], dir);
    assert.match(text.stdout, /^exposed\.conf:1:1 {2}error {4}.+ {2}\[RCS001\]$/m);

    const off = lint(['--no-security', '--format', 'json', 'exposed.conf'], dir);
    assert.equal(off.code, 0);
    assert.deepEqual(findings(off.stdout).filter(d => d.source === 'security' || /^RCS/.test(d.code)), []);
  });
});

test('--rule turns a rule off or changes its level, by id or name', () => {
  withFiles({ 'exposed.conf': EXPOSED }, dir => {
    assert.deepEqual(rcs001(findings(lint(['--format', 'json', '--rule', 'RCS001=off', 'exposed.conf'], dir).stdout)), []);
    const lowered = lint(['--format', 'json', '--rule', 'bind-all-interfaces=warning', 'exposed.conf'], dir);
    assert.deepEqual(rcs001(findings(lowered.stdout)).map(d => d.severity), ['warning']);
    const raised = lint(['--format', 'json', '--rule=rcs001=hint', 'exposed.conf'], dir);
    assert.deepEqual(rcs001(findings(raised.stdout)).map(d => d.severity), ['hint']);
  });
});

test('inline ignores are honoured unless --no-inline-ignores', () => {
  withFiles({ 'ignored.conf': '# redis-conf-lint: ignore RCS001 -- behind a firewall\nbind 0.0.0.0\nport 6379\n' }, dir => {
    assert.deepEqual(rcs001(findings(lint(['--format', 'json', 'ignored.conf'], dir).stdout)), []);
    const strict = lint(['--format', 'json', '--no-inline-ignores', 'ignored.conf'], dir);
    assert.deepEqual(rcs001(findings(strict.stdout)).map(d => d.line), [2]);
  });
});

test('--admin-user is accepted and repeatable', () => {
  withFiles({ 'users.acl': 'user ops on #' + 'a'.repeat(64) + ' ~* +@all\n' }, dir => {
    const r = lint(['--format', 'json', '--admin-user', 'ops', '--admin-user=root', 'users.acl'], dir);
    assert.notEqual(r.code, 2, r.stderr);
    assert.equal(JSON.parse(r.stdout)[0].language, 'redis-acl');
  });
});

test('errors exit 1; JSON lists every file with 1-based positions and a source', () => {
  withFiles({ 'conf/redis.conf': 'port 6379 # comment\n', 'conf/users.acl': 'user alice on >pw ~* +@all\n', 'notes.txt': 'x' }, dir => {
    const r = lint(['--no-security', '--format', 'json', '--target', 'redis-7.0', dir]);
    assert.equal(r.code, 1, r.stderr);
    const reports = JSON.parse(r.stdout);
    assert.deepEqual(reports.map((x: any) => [x.file, x.language, x.target]), [
      [`${dir}/conf/redis.conf`, 'redis-conf', 'redis-7.0'],
      [`${dir}/conf/users.acl`, 'redis-acl', 'redis-7.0'],
    ]);
    const [first] = reports[0].diagnostics;
    assert.ok(first, 'port with extra values is reported');
    assert.match(first.code, /^RCV/);
    assert.equal(first.source, 'validity');
    assert.equal(first.severity, 'error');
    assert.equal(first.line, 1);
    assert.deepEqual(Object.keys(first).sort(), ['code', 'column', 'endColumn', 'endLine', 'line', 'message', 'severity', 'source']);
  });
});

test('text output names file, position, severity and code', () => {
  withFiles({ 'a.conf': 'port 6379 # comment\n' }, dir => {
    const r = lint(['a.conf'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^a\.conf:1:\d+ {2}error {4}\S.+ {2}\[RCV\d+\]$/m);
    assert.match(r.stdout, /\d+ problems? \(\d+ errors?, .*\) in 1 file\.\n$/);
  });
});

test('SARIF: valid for code scanning, paths relative to the working folder', () => {
  withFiles({ 'conf/exposed.conf': EXPOSED + 'port 6379 # comment\n', 'conf/users.acl': 'user alice on >pw ~* +@all\n' }, dir => {
    const r = lint(['--format', 'sarif', 'conf', join(dir, 'conf', 'users.acl')], dir);
    assert.equal(r.code, 1, r.stderr);
    const log = JSON.parse(r.stdout);
    assert.deepEqual(sarifShapeProblems(log), []);
    const [run] = log.runs;
    assert.equal(run.tool.driver.name, 'redis-conf-lint');
    assert.equal(run.tool.driver.version, JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8')).version);
    const uris = new Set(run.results.map((x: any) => x.locations[0].physicalLocation.artifactLocation.uri));
    assert.deepEqual([...uris].sort(), ['conf/exposed.conf', 'conf/users.acl']);
    assert.ok(!r.stdout.includes(dir), 'no absolute paths');
    const bind = run.results.find((x: any) => x.ruleId === 'RCS001');
    assert.equal(bind.level, 'error');
    const region = bind.locations[0].physicalLocation.region;
    assert.equal(region.startLine, 1, 'lines are 1-based');
    assert.ok(region.startColumn >= 1 && region.endColumn > region.startColumn, 'columns are 1-based, the end exclusive');
    assert.ok(run.results.some((x: any) => /^RCV/.test(x.ruleId)));
  });
});

test('no output format repeats a password', () => {
  const secret = 'Hunter2-Sup3rSecret';
  const files = {
    'redis.conf': `bind 0.0.0.0\nrequirepass ${secret}\nmasterauth ${secret}x\nuser bob on >${secret}y ~* +@all\n`,
    'sentinel.conf': `sentinel monitor m 10.0.0.1 6379 2\nsentinel auth-pass m ${secret}z\n`,
    'users.acl': `user alice on >${secret} ~* +@all\nuser default on >${secret}q ~* &* +@all\n`,
  };
  withFiles(files, dir => {
    for (const format of ['text', 'json', 'sarif']) {
      const r = lint(['--format', format, '--no-inline-ignores', '.'], dir);
      assert.notEqual(r.code, 2, r.stderr);
      assert.ok(!r.stdout.includes(secret) && !r.stderr.includes(secret), `${format} output shows a password`);
    }
  });
});

test('globs are expanded by the tool; --language forces the language', () => {
  withFiles({ 'x/one.conf': 'port 6380\n', 'x/deep/two.conf': 'port 6381\n', 'x/acl.txt': 'user bob on nopass\n' }, dir => {
    const glob = lint(['--no-security', '--format', 'json', 'x/**/*.conf'], dir);
    assert.equal(glob.code, 0, glob.stderr);
    assert.deepEqual(JSON.parse(glob.stdout).map((x: any) => x.file), ['x/deep/two.conf', 'x/one.conf']);
    const forced = lint(['--format', 'json', '--language', 'redis-acl', 'x/acl.txt'], dir);
    assert.equal(JSON.parse(forced.stdout)[0].language, 'redis-acl');
  });
});
