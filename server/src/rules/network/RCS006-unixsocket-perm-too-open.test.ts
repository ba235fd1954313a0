import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWith, spec } from '../testing';
import { ALL_TARGETS, assertLoads, fixed, hardenedConfig, severitiesOf } from '../tls/testKit';
import { unixsocketPermTooOpen } from './RCS006-unixsocket-perm-too-open';

const SOCK = 'unixsocket /run/redis/redis.sock';

test('RCS006 catches writable-by-others sockets and a missing mode; ignores owner-only modes', () => {
  spec('RCS006', {
    catches: [SOCK, `${SOCK}\nunixsocketperm 777`, `${SOCK}\nunixsocketperm 0766`, `${SOCK}\nunixsocketperm 702`, `${SOCK}\nunixsocketperm 770`, `${SOCK}\nunixsocketperm 0`],
    ignores: [
      hardenedConfig(),
      `${SOCK}\nunixsocketperm 700`,
      `${SOCK}\nunixsocketperm 750`,
      `${SOCK}\nunixsocketperm 0755`,
      'unixsocketperm 777',
      'unixsocket ""\nunixsocketperm 777',
      `${SOCK}\nunixsocketperm abc`,
    ],
  });
  spec('RCS006', { catches: [`${SOCK}\nunixsocketperm 777`], ignores: [`${SOCK}\nunixsocketperm 700`] }, { kind: 'sentinel' });
});

test('RCS006 severities: world write is an error, group write and umask a warning', () => {
  assert.deepEqual(severitiesOf(unixsocketPermTooOpen, `${SOCK}\nunixsocketperm 777`), [1]);
  assert.deepEqual(severitiesOf(unixsocketPermTooOpen, `${SOCK}\nunixsocketperm 662`), [1]);
  assert.deepEqual(severitiesOf(unixsocketPermTooOpen, `${SOCK}\nunixsocketperm 770`), [2]);
  assert.deepEqual(severitiesOf(unixsocketPermTooOpen, SOCK), [2]);
});

test('RCS006 accepts group write when valkey names a dedicated socket group', () => {
  const opts = { target: 'valkey-9.0' as const };
  spec('RCS006', { catches: [`${SOCK}\nunixsocketperm 770`], ignores: [`${SOCK}\nunixsocketperm 770\nunixsocketgroup redis-clients`] }, opts);
  spec('RCS006', { catches: [`${SOCK}\nunixsocketperm 777\nunixsocketgroup redis-clients`], ignores: [] }, opts);
});

test('RCS006 fixes rewrite the mode or add it under the socket line (never safe)', () => {
  const text = `# local\r\n${SOCK}\r\nunixsocketperm 777\r\n`;
  const [r] = lintWith(unixsocketPermTooOpen, text);
  assert.equal(r.diagnostic.range.start.line, 2);
  assert.deepEqual(r.finding.fixes!.map((f) => f.safe), [false, false]);
  assert.equal(fixed(unixsocketPermTooOpen, text), `# local\r\n${SOCK}\r\nunixsocketperm 700\r\n`);
  assert.equal(fixed(unixsocketPermTooOpen, text, {}, 0, 1), `# local\r\n${SOCK}\r\nunixsocketperm 770\r\n`);
  const missing = `${SOCK}\nport 6379\n`;
  const [m] = lintWith(unixsocketPermTooOpen, missing);
  assert.equal(m.diagnostic.range.start.line, 0);
  const added = fixed(unixsocketPermTooOpen, missing);
  assert.equal(added, `${SOCK}\nunixsocketperm 700\nport 6379\n`);
  // Group write: only the owner-only mode is offered.
  assert.equal(lintWith(unixsocketPermTooOpen, `${SOCK}\nunixsocketperm 770`)[0].finding.fixes!.length, 1);
  for (const t of ALL_TARGETS) assertLoads(added, t);
});
