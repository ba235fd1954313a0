import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sarifShapeProblems } from '../cli/sarifShape';
import { ruleHref } from '../validate/codes';
import { countsLine, md, renderJson, renderMarkdown, renderSarif, renderText } from './report';
import type { AuditReport } from './types';

const REPORT: AuditReport = {
  endpoint: '127.0.0.1:6379',
  product: 'redis',
  version: '7.0.15',
  target: 'Redis 7.0 rules (the line of Redis 7.0.15)',
  startedAt: '2026-01-02T03:04:05.000Z',
  wallTimeMs: 42,
  roundTrips: 17,
  findings: [
    { id: 'RCS901', name: 'unauthenticated-access', severity: 'error', message: 'A new connection got PONG.', settings: ['requirepass', 'user'] },
    { id: 'RCS001', name: 'bind-all-interfaces', severity: 'error', message: 'bind exposes the server: "*" means every interface.', settings: ['bind'] },
    { id: 'RCS204', name: 'dangerous-commands-granted', severity: 'warning', message: 'User "app" may run FLUSHALL.', settings: ['user'] },
    { id: 'RCS907', name: 'clients-from-untrusted-nets', severity: 'info', message: '2 of 3 clients come from outside loopback.' },
  ],
  notVerified: [{ check: 'ACL DRYRUN', reason: 'NOPERM: the audit user lacks +acl|dryrun' }],
  drift: [
    { setting: 'protected-mode', file: 'yes', running: 'no', line: 4 },
    { setting: 'requirepass', file: 'not in this file: not set', running: 'set' },
  ],
};

const CONFIG = ['port 6379', 'bind 127.0.0.1', 'user app on #' + 'a'.repeat(64) + ' ~app:* +@all', 'user other on nopass', 'protected-mode yes'].join('\n');

test('Markdown groups findings by severity with rule links, lists what was not verified and the drift', () => {
  const text = renderMarkdown(REPORT);
  assert.match(text, /^# Live audit of 127\.0\.0\.1:6379/);
  for (const fact of ['| Server | Redis 7.0.15 |', '| Round trips | 17 |', '| Mode | read-only:', '| Wall time | 42 ms |', '| Started | 2026-01-02T03:04:05.000Z |', 'Redis 7.0 rules']) assert.ok(text.includes(fact), fact);
  const errors = text.indexOf('## Errors (2)');
  const warnings = text.indexOf('## Warnings (1)');
  const info = text.indexOf('## Information (1)');
  assert.ok(errors > 0 && warnings > errors && info > warnings);
  assert.ok(text.includes(`[RCS901](${ruleHref('RCS901')})`));
  assert.match(text, /## Not verified \(1\)\n\nThese checks could not run\. They are not passed/);
  assert.match(text, /\| protected-mode \| 5 \| yes \| no \|/, 'lines are shown 1-based');
  assert.match(text, /\| requirepass \| — \| not in this file: not set \| set \|/);
});

test('Markdown escapes what would turn into markup', () => {
  assert.equal(md('a|b <x> *y* [z]'), 'a\\|b \\<x\\> \\*y\\* \\[z\\]');
  const text = renderMarkdown({ ...REPORT, findings: [{ id: 'RCS201', name: 'n', severity: 'error', message: 'rules ~* &* +@all <redacted>' }], drift: undefined });
  assert.ok(text.includes('~\\* &\\* +@all \\<redacted\\>'));
  assert.equal(text.includes('## Drift'), false);
});

test('an audit that stopped early says so in every rendering', () => {
  const stopped = { ...REPORT, aborted: 'timed out after 2000 ms waiting for CLIENT LIST' };
  assert.match(renderMarkdown(stopped), /The audit stopped early:\*\* timed out/);
  assert.match(renderText(stopped), /The audit stopped early: timed out/);
  assert.equal(JSON.parse(renderSarif(stopped)).runs[0].properties.aborted, stopped.aborted);
});

test('text output puts one finding on a line and sums up', () => {
  const text = renderText(REPORT, 'redis.conf');
  assert.match(text, /^Live audit of 127\.0\.0\.1:6379: Redis 7\.0\.15, judged with Redis 7\.0 rules/);
  assert.match(text, /\nerror    RCS901  unauthenticated-access: A new connection got PONG\.\n/);
  assert.match(text, /Not verified \(not passed\):\n  - ACL DRYRUN: NOPERM/);
  assert.match(text, /Drift against redis\.conf:\n  line 5: protected-mode: file "yes", server "no"/);
  assert.match(text, /4 findings \(2 errors, 1 warning, 1 info\)\.\n$/);
  assert.equal(countsLine([]), 'no findings');
});

test('JSON is the report itself', () => {
  assert.deepEqual(JSON.parse(renderJson(REPORT)), REPORT);
});

test('SARIF names the endpoint as a logical location, and a file line when given the config', () => {
  const bare = JSON.parse(renderSarif(REPORT, { version: '1.2.3' }));
  assert.equal(bare.version, '2.1.0');
  const run = bare.runs[0];
  assert.equal(run.tool.driver.version, '1.2.3');
  assert.equal(run.results.length, 4);
  const first = run.results[0];
  assert.equal(first.ruleId, 'RCS901');
  assert.equal(run.tool.driver.rules[first.ruleIndex].id, 'RCS901');
  assert.equal(run.tool.driver.rules[first.ruleIndex].name, 'unauthenticated-access');
  assert.deepEqual(first.locations[0].logicalLocations, [{ name: '127.0.0.1:6379', fullyQualifiedName: '127.0.0.1:6379', kind: 'resource' }]);
  assert.equal(first.locations[0].physicalLocation, undefined);
  assert.deepEqual(
    run.results.map((r: { level: string }) => r.level),
    ['error', 'error', 'warning', 'note'],
  );
  assert.equal(run.properties.roundTrips, 17);

  const placed = JSON.parse(renderSarif(REPORT, { version: '1.2.3', configPath: 'deploy/redis.conf', configText: CONFIG, cwd: '/repo' }));
  assert.deepEqual(sarifShapeProblems(placed), []);
  const lines = placed.runs[0].results.map((r: { locations: Array<{ physicalLocation: { region: { startLine: number }; artifactLocation: { uri: string } } }> }) => r.locations[0].physicalLocation.region.startLine);
  // RCS901 (requirepass, user: the last user line), RCS001 (bind: line 2), RCS204 ("app": line 3), RCS907 (no setting: line 1).
  assert.deepEqual(lines, [4, 2, 3, 1]);
  assert.equal(placed.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'deploy/redis.conf');
});
