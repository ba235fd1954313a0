/**
 * redis-conf-lint as a user runs it: dist/cli.js in a child process, judged by exit status and
 * output shape.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

test('--version and --help', () => {
  const pkg = JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8'));
  assert.deepEqual(lint(['--version']), { code: 0, stdout: pkg.version + '\n', stderr: '' });
  const help = lint(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: redis-conf-lint/);
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
});

test('a clean file exits 0', () => {
  withFiles({ 'redis.conf': 'port 6380\nbind 127.0.0.1\n' }, dir => {
    const r = lint(['--target', 'redis-7.0', join(dir, 'redis.conf')]);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /No problems in 1 file\./);
  });
});

test('errors exit 1; JSON lists every file with 1-based positions', () => {
  withFiles({ 'conf/redis.conf': 'port 6379 # comment\n', 'conf/users.acl': 'user alice on >pw ~* +@all\n', 'notes.txt': 'x' }, dir => {
    const r = lint(['--format', 'json', '--target', 'redis-7.0', dir]);
    assert.equal(r.code, 1, r.stderr);
    const reports = JSON.parse(r.stdout);
    assert.deepEqual(reports.map((x: any) => [x.file, x.language, x.target]), [
      [`${dir}/conf/redis.conf`, 'redis-conf', 'redis-7.0'],
      [`${dir}/conf/users.acl`, 'redis-acl', 'redis-7.0'],
    ]);
    const [first] = reports[0].diagnostics;
    assert.ok(first, 'port with extra values is reported');
    assert.match(first.code, /^RCV/);
    assert.equal(first.severity, 'error');
    assert.equal(first.line, 1);
    assert.deepEqual(Object.keys(first).sort(), ['code', 'column', 'endColumn', 'endLine', 'line', 'message', 'severity']);
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

test('globs are expanded by the tool; --language forces the language', () => {
  withFiles({ 'x/one.conf': 'port 6380\n', 'x/deep/two.conf': 'port 6381\n', 'x/acl.txt': 'user bob on nopass\n' }, dir => {
    const glob = lint(['--format', 'json', 'x/**/*.conf'], dir);
    assert.equal(glob.code, 0, glob.stderr);
    assert.deepEqual(JSON.parse(glob.stdout).map((x: any) => x.file), ['x/deep/two.conf', 'x/one.conf']);
    const forced = lint(['--format', 'json', '--language', 'redis-acl', 'x/acl.txt'], dir);
    assert.equal(JSON.parse(forced.stdout)[0].language, 'redis-acl');
  });
});
