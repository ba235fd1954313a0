import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getCatalog } from '../catalog';
import { canRun } from '../rules/aclEval';
import { probeResults } from './analyzeTestKit';
import { buildLiveModel, canonicalConfig, chooseTarget, parseAclListLine, SECRET_MARKER } from './liveModel';

test('the target is the catalog line at or below the running version', () => {
  assert.equal(chooseTarget('redis', '7.0.15').id, 'redis-7.0');
  assert.match(chooseTarget('redis', '7.0.15').note, /Redis 7\.0 rules \(the line of Redis 7\.0\.15\)/);
  assert.equal(chooseTarget('redis', '7.1.2').id, 'redis-7.0');
  assert.match(chooseTarget('redis', '7.1.2').note, /nearest line below/);
  assert.equal(chooseTarget('redis', '9.4.0').id, 'redis-8.2');
  assert.equal(chooseTarget('redis', '5.0.7').id, 'redis-6.0');
  assert.match(chooseTarget('redis', '5.0.7').note, /older than any line/);
  assert.equal(chooseTarget('valkey', '8.0.1').id, 'valkey-8.0');
  assert.equal(chooseTarget('valkey', '7.2.4').id, 'valkey-7.2');
  assert.equal(chooseTarget(undefined, '7.4.2').id, 'redis-7.4');
  assert.match(chooseTarget('redis', undefined).note, /did not report its version/);
});

test('CONFIG GET aliases fold into canonical names, the canonical entry winning', () => {
  const c = canonicalConfig({ 'slave-read-only': 'no', 'replica-read-only': 'yes', 'module.setting': 'x', slaveof: '10.0.0.1 6379' }, getCatalog('redis-7.0'));
  assert.equal(c.get('replica-read-only'), 'yes');
  assert.equal(c.get('replicaof'), '10.0.0.1 6379');
  assert.equal(c.has('module.setting'), false);
  assert.equal(c.has('slave-read-only'), false);
});

test('ACL LIST lines keep a selector as one rule', () => {
  assert.deepEqual(parseAclListLine('user x on nopass %R~b* resetchannels +@all -debug (~a* resetchannels -@all +get)'), {
    name: 'x',
    rules: ['on', 'nopass', '%R~b*', 'resetchannels', '+@all', '-debug', '(~a* resetchannels -@all +get)'],
  });
  assert.equal(parseAclListLine('garbage'), undefined);
});

test('only values that differ from the default become settings, each with a synthetic line', () => {
  const { model, lineRefs, configKnown } = buildLiveModel(probeResults({ configOver: { 'protected-mode': 'no', maxmemory: '1073741824' } }));
  assert.ok(configKnown);
  assert.deepEqual(model.settings.get('protected-mode')?.values, ['no']);
  assert.ok(model.settings.get('protected-mode')?.directive, 'rules that need a directive still fire');
  assert.ok(model.has('bind'), 'bind is always kept');
  assert.deepEqual(model.settings.get('bind')?.values, ['127.0.0.1', '-::1']);
  assert.equal(model.has('appendonly'), false, 'a default value is left to the catalog');
  assert.equal(model.value('appendonly'), 'no');
  assert.equal(model.has('replicaof'), false, 'an empty replicaof is not a replica');
  assert.deepEqual(model.settings.get('save')?.values, ['3600', '1', '300', '100', '60', '10000']);
  const line = model.settings.get('maxmemory')!.range!.start.line;
  assert.deepEqual(lineRefs[line], { kind: 'setting', name: 'maxmemory' });
  assert.deepEqual(lineRefs[0], { kind: 'header' });
});

test('secrets never reach the model, even when a probe passes a value by mistake', () => {
  const r = probeResults({ configOver: { requirepass: 'hunter2-plaintext', masterauth: '' }, sensitiveSet: { requirepass: true, masterauth: false } });
  const { model, running } = buildLiveModel(r);
  assert.equal(running.get('requirepass'), SECRET_MARKER);
  assert.equal(running.get('masterauth'), '');
  assert.deepEqual(model.settings.get('requirepass')?.values, [SECRET_MARKER]);
  assert.equal(model.text.includes('hunter2'), false);
  assert.equal(JSON.stringify([...model.settings.values()].map((s) => s.values)).includes('hunter2'), false);
});

test('users come from ACL LIST with their rights; the live default user is not implicit', () => {
  const { model, usersKnown, lineRefs } = buildLiveModel(
    probeResults({ aclList: ['user default on nopass ~* &* +@all', 'user app on #' + 'a'.repeat(64) + ' ~app:* resetchannels -@all +@read (+set ~tmp:*)'] }),
  );
  assert.ok(usersKnown);
  const def = model.defaultUser()!;
  assert.equal(def.source, 'live');
  assert.ok(def.effective.enabled && def.effective.nopass);
  const app = model.users.find((u) => u.name === 'app')!;
  assert.equal(app.effective.nopass, false);
  assert.ok(canRun(app.effective, 'get'));
  assert.ok(canRun(app.effective, 'set'), 'through the selector');
  assert.equal(canRun(app.effective, 'flushall'), false);
  assert.deepEqual(lineRefs[app.range!.start.line], { kind: 'user', name: 'app' });
});

test('without ACL LIST the implicit default user follows requirepass being set', () => {
  const open = buildLiveModel(probeResults({ aclList: undefined }));
  assert.equal(open.usersKnown, false);
  assert.equal(open.model.defaultUser()?.source, 'implicit');
  assert.ok(open.model.defaultUser()?.effective.nopass);
  const closed = buildLiveModel(probeResults({ aclList: undefined, configOver: { requirepass: SECRET_MARKER }, sensitiveSet: { requirepass: true } }));
  assert.equal(closed.model.defaultUser()?.effective.nopass, false);
  assert.equal(closed.model.defaultUser()?.effective.plainPasswords.length, 1);
  const aclfile = buildLiveModel(probeResults({ aclList: undefined, configOver: { aclfile: '/etc/redis/users.acl' } }));
  assert.equal(aclfile.model.users.length, 0, 'an aclfile decides; without ACL LIST nothing is assumed');
});

test('commands missing from COMMAND INFO count as renamed; sentinel mode gives a sentinel model', () => {
  const { model } = buildLiveModel(probeResults({ missingCommands: ['FLUSHALL'] }));
  assert.deepEqual(model.renames, [{ command: 'flushall', newName: '' }]);
  const s = buildLiveModel(probeResults({ config: undefined, info: { server: { redis_mode: 'sentinel', redis_version: '7.0.15' } } }));
  assert.equal(s.model.kind, 'sentinel');
  assert.equal(s.configKnown, false);
  assert.equal(s.model.settings.size, 0);
});

test('an empty CONFIG GET answer is no answer; an empty bind means every interface', () => {
  assert.equal(buildLiveModel(probeResults({ config: {} })).configKnown, false);
  const sixTwo = buildLiveModel(probeResults({ version: '6.2.14', configOver: { bind: '' } }));
  assert.equal(sixTwo.model.has('bind'), false);
  assert.equal(sixTwo.model.target.id, 'redis-6.2');
});
