const assert = require('node:assert/strict');
const vscode = require('vscode');
const { EXTENSION_ID, openFixture } = require('./helpers');

suite('activation', () => {
  test('a *.redis.conf from examples/ gets the Redis Config language and activates the extension', async () => {
    const doc = await openFixture('hardened.redis.conf');
    assert.equal(doc.languageId, 'redis-conf');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded`);
    assert.equal(ext.isActive, true);
  });

  test('the redisConf.* commands are registered', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['redisConf.selectTarget', 'redisConf.restartServer', 'redisConf.showOutput', 'redisConf.auditLiveInstance']) {
      assert.ok(commands.includes(id), `${id} is not registered`);
    }
  });
});
