const assert = require('node:assert/strict');
const vscode = require('vscode');
const { codeOf, diagnosticsMatching, hoverText, openFixture, waitFor } = require('./helpers');

/** Position of the first occurrence of `word` at the start of a line, plus `offset` characters. */
function positionOf(doc, word, offset = 1) {
  const line = doc.getText().split('\n').findIndex((l) => l.startsWith(word));
  assert.ok(line >= 0, `"${word}" is not in ${doc.fileName}`);
  return new vscode.Position(line, offset);
}

suite('features', () => {
  test('hover on a directive name explains the directive', async () => {
    const doc = await openFixture('insecure.redis.conf');
    const pos = positionOf(doc, 'protected-mode');
    // The first request can race the server start, so retry until a hover arrives.
    const hovers = await waitFor(
      async () => { const h = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, pos); return h && h.length ? h : null; },
      () => 'no hover on protected-mode',
    );
    assert.match(hoverText(hovers), /protected-mode/);
  });

  test('completion after "maxmem" offers maxmemory and maxmemory-policy', async () => {
    const doc = await openFixture('target-check.redis.conf');
    const pos = positionOf(doc, 'maxmem', 'maxmem'.length);
    const list = await waitFor(
      async () => {
        const l = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, pos);
        return l && l.items.length ? l : null;
      },
      () => 'no completion items after "maxmem"',
    );
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('maxmemory'), `labels: ${labels.slice(0, 20).join(', ')}`);
    assert.ok(labels.includes('maxmemory-policy'), `labels: ${labels.slice(0, 20).join(', ')}`);
  });

  test('the RCS002 quick fix, applied with workspace.applyEdit, turns protected mode on', async () => {
    const doc = await openFixture('insecure.redis.conf');
    const [rcs002] = await diagnosticsMatching(doc.uri, (d) => codeOf(d) === 'RCS002');
    const actions = await vscode.commands.executeCommand(
      'vscode.executeCodeActionProvider', doc.uri, rcs002.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.edit && /protected-mode yes/.test(a.title));
    assert.ok(fix, `no "protected-mode yes" fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    assert.equal(doc.lineAt(rcs002.range.start.line).text, 'protected-mode yes');
    // The finding goes away once the server sees the edited text.
    await waitFor(
      () => !vscode.languages.getDiagnostics(doc.uri).some((d) => codeOf(d) === 'RCS002'),
      () => 'RCS002 still reported after the fix',
    );
    // Leave the fixture as it was for any later test.
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
