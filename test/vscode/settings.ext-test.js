const assert = require('node:assert/strict');
const vscode = require('vscode');
const { codeOf, diagnosticsMatching, openFixture, summarize, waitFor } = require('./helpers');

const mentionsDebugCommand = (d) => codeOf(d) === 'RCV002' && d.message.includes('enable-debug-command');

suite('settings', () => {
  test('setting redisConf.target to redis-6.2 reports enable-debug-command, which 6.2 lacks', async () => {
    const doc = await openFixture('target-check.redis.conf');
    const config = () => vscode.workspace.getConfiguration('redisConf', doc.uri);
    // The default target knows the directive: wait for the first diagnostics, then check it is not reported.
    await diagnosticsMatching(doc.uri, () => true);
    assert.ok(!vscode.languages.getDiagnostics(doc.uri).some(mentionsDebugCommand),
      `reported on the default target: ${summarize(vscode.languages.getDiagnostics(doc.uri))}`);
    try {
      await config().update('target', 'redis-6.2', vscode.ConfigurationTarget.Workspace);
      const [found] = await diagnosticsMatching(doc.uri, mentionsDebugCommand);
      assert.equal(doc.lineAt(found.range.start.line).text, 'enable-debug-command no');
      assert.match(found.message, /6\.2/);
    } finally {
      await config().update('target', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(
      () => !vscode.languages.getDiagnostics(doc.uri).some(mentionsDebugCommand),
      () => 'still reported after the setting was removed',
    );
  });
});
