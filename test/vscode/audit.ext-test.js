// `Redis: Audit Live Instance…` inside the real extension host, against real redis-server processes started
// here (the live-audit fixtures of test/audit/, compiled to out/ before the editor tests run): an insecure
// instance, a hardened one with ACL users, a Unix-socket one and a TLS one. The command is given the server as
// an argument (the form tasks and keybindings use) so no prompt is shown; the UI test drives the prompts.
const assert = require('node:assert/strict');
const path = require('node:path');
const vscode = require('vscode');
const { openFixture, waitFor } = require('./helpers');

const fixtures = require(path.join(__dirname, '..', '..', 'out', 'test', 'audit', 'fixtures.js'));
const AUDIT_SOURCE = 'redis-audit';

const audit = (args) => vscode.commands.executeCommand('redisConf.auditLiveInstance', args);
const liveProblems = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === AUDIT_SOURCE);
const ids = (summary) => summary.findings.map((f) => f.id);

async function reportText(summary) {
  assert.ok(summary.reportUri, `no report was opened: ${JSON.stringify(summary)}`);
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(summary.reportUri));
  return doc.getText();
}

/** The audit report shows beside the editor, as a user would see it. */
async function reportIsVisible(summary) {
  await waitFor(
    () => vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === summary.reportUri),
    () => `report ${summary.reportUri} is not in a visible editor`,
    5000,
  );
}

suite('live audit', function () {
  this.timeout(60_000);
  const started = [];
  const start = async (fn) => {
    const f = await fn();
    started.push(f);
    return f;
  };

  suiteSetup(function () {
    if (!fixtures.hasRedisServer()) throw new Error(`${fixtures.REDIS_SERVER} is missing; .ci/run installs it`);
  });

  suiteTeardown(async () => {
    for (const f of started) await f.stop();
    await vscode.commands.executeCommand('redisConf.auditClearProblems');
  });

  test('insecure instance: findings in the report and on the open redis.conf', async () => {
    const server = await start(() => fixtures.startInsecure());
    const doc = await openFixture('insecure.redis.conf');
    const summary = await audit({ connection: `127.0.0.1:${server.port}` });
    assert.equal(summary.error, undefined, summary.error);
    assert.ok(summary.roundTrips > 0 && summary.roundTrips <= 20, `${summary.roundTrips} round trips`);
    for (const id of ['RCS901', 'RCS002', 'RCS201']) assert.ok(ids(summary).includes(id), `${id} missing from ${ids(summary)}`);
    const text = await reportText(summary);
    assert.match(text, new RegExp(`Live audit of 127\\.0\\.0\\.1:${server.port}`));
    assert.match(text, /RCS901/);
    await reportIsVisible(summary);
    assert.ok(summary.problemsPlaced > 0, 'no finding was placed on insecure.redis.conf');
    const problems = await waitFor(() => liveProblems(doc.uri).length ? liveProblems(doc.uri) : null, () => 'no live-audit problems on the file');
    assert.equal(problems.length, summary.problemsPlaced);
    const protectedMode = problems.find((d) => /RCS002/.test(String(d.code && d.code.value || d.code)));
    assert.ok(protectedMode, 'RCS002 is not in the Problems panel');
    assert.match(doc.lineAt(protectedMode.range.start.line).text, /^protected-mode/);
  });

  test('hardened instance with ACL users: the admin sees everything, the password shows nowhere', async () => {
    const server = await start(() => fixtures.startHardened());
    const password = server.users.admin;
    const summary = await audit({ connection: `redis://admin:${password}@127.0.0.1:${server.port}` });
    assert.equal(summary.error, undefined, summary.error);
    // Unauthenticated access is closed; the weak masterauth of the fixture is found.
    assert.ok(!ids(summary).includes('RCS901'), `RCS901 on a hardened server: ${ids(summary)}`);
    const text = await reportText(summary);
    assert.ok(!text.includes(password), 'the password is in the report');
    assert.ok(!JSON.stringify(summary).includes(password), 'the password is in the command result');
    assert.ok(!text.includes(server.secrets.masterauth), 'a config secret is in the report');
  });

  test('the least-privilege auditor user of checks.md can run the whole audit', async () => {
    const server = await start(() => fixtures.startHardened());
    const summary = await audit({ connection: `redis://auditor:${server.users.auditor}@127.0.0.1:${server.port}` });
    assert.equal(summary.error, undefined, summary.error);
    assert.ok(summary.roundTrips > 0);
    const text = await reportText(summary);
    assert.match(text, /auditor/);
  });

  test('Unix socket instance', async () => {
    const server = await start(() => fixtures.startUnixSocket());
    const summary = await audit({ connection: server.socket });
    assert.equal(summary.error, undefined, summary.error);
    assert.equal(summary.endpoint, `unix:${server.socket}`);
    assert.ok(ids(summary).includes('RCS901'), `no RCS901 on a socket without a password: ${ids(summary)}`);
  });

  test('TLS instance with a client certificate', async () => {
    const server = await start(() => fixtures.startTls());
    const file = (name) => path.join(server.certs.dir, name);
    const summary = await audit({
      connection: `rediss://127.0.0.1:${server.tlsPort}`,
      tls: { caFile: file('ca.crt'), certFile: file('client.crt'), keyFile: file('client.key') },
    });
    assert.equal(summary.error, undefined, summary.error);
    assert.ok(summary.roundTrips > 0);
    assert.match(await reportText(summary), new RegExp(`127\\.0\\.0\\.1:${server.tlsPort}`));
  });

  test('a refused port ends with a plain error and no report', async () => {
    const port = await fixtures.freePort();
    const t0 = Date.now();
    const summary = await audit({ connection: `127.0.0.1:${port}` });
    assert.match(summary.error ?? '', /refused/);
    assert.equal(summary.reportUri, undefined);
    assert.ok(Date.now() - t0 < 5000);
  });
});
