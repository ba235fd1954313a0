import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import { RCV, ruleHref } from '../validate/codes';
import { ALL_RULES } from '../rules/registry';
import { FileReport, makeReport } from './format';
import { knownRules } from './rules';
import { INFORMATION_URI, SARIF_SCHEMA, artifactLocation, sarifLevel, toSarif } from './sarif';
import { sarifShapeProblems } from './sarifShape';

const CWD = '/home/ci/repo';

const diag = (line: number, col: number, severity: DiagnosticSeverity, code: string | undefined, message = `${code} found`): Diagnostic => ({
  range: { start: { line, character: col }, end: { line, character: col + 3 } },
  severity,
  message,
  ...(code ? { code } : {}),
});

function sample(): FileReport[] {
  return [
    makeReport('conf/redis.conf', 'redis-conf', 'redis-7.0', [
      diag(0, 0, DiagnosticSeverity.Error, 'RCS001', 'bind exposes the server'),
      diag(2, 4, DiagnosticSeverity.Warning, 'RCV051'),
      diag(3, 0, DiagnosticSeverity.Information, 'RCV052'),
      diag(4, 0, DiagnosticSeverity.Hint, 'RCV050'),
    ]),
    makeReport(`${CWD}/deploy/my users.acl`, 'redis-acl', 'redis-7.0', [diag(1, 2, DiagnosticSeverity.Error, 'RCV018')]),
    makeReport('clean.conf', 'redis-conf', 'redis-7.0', []),
  ];
}

test('the log passes the SARIF 2.1.0 and code-scanning constraints', () => {
  const log = toSarif(sample(), { version: '1.2.3', cwd: CWD });
  assert.deepEqual(sarifShapeProblems(log), []);
  assert.equal(log.version, '2.1.0');
  assert.equal(log.$schema, SARIF_SCHEMA);
  assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
  assert.equal(log.runs.length, 1);
  const { driver } = log.runs[0].tool;
  assert.deepEqual([driver.name, driver.version, driver.informationUri], ['redis-conf-lint', '1.2.3', INFORMATION_URI]);
  assert.equal(INFORMATION_URI, 'https://github.com/redis-conf-tools/redis-conf');
  assert.equal(log.runs[0].columnKind, 'utf16CodeUnits');
});

test('results: rule id and index, level, message, relative location, 1-based region', () => {
  const log = toSarif(sample(), { version: '1.2.3', cwd: CWD });
  const { results, tool } = log.runs[0];
  assert.equal(results.length, 5);
  for (const r of results) {
    assert.equal(tool.driver.rules[r.ruleIndex].id, r.ruleId);
    assert.ok(['error', 'warning', 'note'].includes(r.level));
    const { artifactLocation: where, region } = r.locations[0].physicalLocation;
    assert.equal(where.uriBaseId, '%SRCROOT%');
    assert.ok(!where.uri.startsWith('/') && !where.uri.includes('\\') && !where.uri.includes(CWD), where.uri);
    for (const n of Object.values(region)) assert.ok(Number.isInteger(n) && n >= 1);
  }
  assert.deepEqual(results[0], {
    ruleId: 'RCS001',
    ruleIndex: tool.driver.rules.findIndex(d => d.id === 'RCS001'),
    level: 'error',
    message: { text: 'bind exposes the server' },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: 'conf/redis.conf', uriBaseId: '%SRCROOT%' },
        region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 4 },
      },
    }],
  });
  assert.deepEqual(results.map(r => r.level), ['error', 'warning', 'note', 'note', 'error']);
  assert.deepEqual(results[4].locations[0].physicalLocation.artifactLocation.uri, 'deploy/my%20users.acl');
  assert.deepEqual(results[4].locations[0].physicalLocation.region, { startLine: 2, startColumn: 3, endLine: 2, endColumn: 6 });
});

test('levels: info and hint both become note', () => {
  assert.deepEqual(['error', 'warning', 'info', 'hint'].map(s => sarifLevel(s as never)), ['error', 'warning', 'note', 'note']);
});

test('driver.rules lists every known rule once, with text, docs link and default level', () => {
  const { rules } = toSarif([], { version: '1', cwd: CWD }).runs[0].tool.driver;
  const ids = rules.map(r => r.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const code of Object.values(RCV)) assert.ok(ids.includes(code), code);
  for (const rule of ALL_RULES) assert.ok(ids.includes(rule.id), rule.id);
  assert.equal(rules.length, knownRules().length);
  const rcs001 = rules.find(r => r.id === 'RCS001')!;
  assert.equal(rcs001.name, 'bind-all-interfaces');
  assert.equal(rcs001.shortDescription.text, ALL_RULES.find(r => r.id === 'RCS001')!.summary);
  assert.equal(rcs001.helpUri, ruleHref('RCS001'));
  assert.equal(rcs001.defaultConfiguration.level, 'error');
  assert.ok(rcs001.properties.tags.includes('security'));
  assert.equal(rcs001.properties['security-severity'], '8.0');
  const rcv = (id: string) => rules.find(r => r.id === id)!;
  assert.equal(rcv('RCV002').name, 'unknownDirective');
  assert.equal(rcv('RCV002').defaultConfiguration.level, 'error');
  assert.equal(rcv('RCV051').defaultConfiguration.level, 'warning');
  assert.equal(rcv('RCV050').defaultConfiguration.level, 'note');
  assert.equal(rcv('RCV002').properties['security-severity'], undefined, 'validity rules are not security alerts');
  for (const r of rules) {
    assert.ok(r.shortDescription.text.length > 10 && !r.shortDescription.text.includes('\n'), r.id);
    assert.equal(r.helpUri, ruleHref(r.id));
  }
  assert.deepEqual(sarifShapeProblems(toSarif([], { version: '1', cwd: CWD })), []);
});

test('a code no rule knows still gets a descriptor, and so does a finding without code', () => {
  const reports = [makeReport('a.conf', 'redis-conf', 'redis-7.0', [
    diag(0, 0, DiagnosticSeverity.Warning, 'RCS999'),
    diag(1, 0, DiagnosticSeverity.Warning, undefined, 'no code'),
    diag(2, 0, DiagnosticSeverity.Warning, 'RCS999'),
  ])];
  const log = toSarif(reports, { version: '1', cwd: CWD, rules: [] });
  assert.deepEqual(log.runs[0].tool.driver.rules.map(r => r.id), ['RCS999', 'unclassified']);
  assert.deepEqual(log.runs[0].results.map(r => r.ruleIndex), [0, 1, 0]);
  assert.deepEqual(sarifShapeProblems(log), []);
});

test('artifact paths: relative to the working folder, forward slashes, encoded', () => {
  assert.deepEqual(artifactLocation('redis.conf', CWD), { uri: 'redis.conf', uriBaseId: '%SRCROOT%' });
  assert.deepEqual(artifactLocation('./a/../b/x.conf', CWD), { uri: 'b/x.conf', uriBaseId: '%SRCROOT%' });
  assert.deepEqual(artifactLocation(`${CWD}/etc/redis/redis.conf`, CWD), { uri: 'etc/redis/redis.conf', uriBaseId: '%SRCROOT%' });
  assert.deepEqual(artifactLocation('a#1/100%.conf', CWD), { uri: 'a%231/100%25.conf', uriBaseId: '%SRCROOT%' });
  // Outside the checkout there is no better choice than a path that climbs out of it.
  assert.deepEqual(artifactLocation('/etc/redis.conf', CWD), { uri: '../../../etc/redis.conf', uriBaseId: '%SRCROOT%' });
});

test('the shape check itself catches what GitHub would refuse', () => {
  const log = toSarif(sample(), { version: '1', cwd: CWD }) as any;
  log.runs[0].results[0].ruleIndex = 0;
  log.runs[0].results[1].level = 'info';
  log.runs[0].results[2].locations[0].physicalLocation.artifactLocation.uri = '/abs/path.conf';
  log.runs[0].results[3].locations[0].physicalLocation.region.startColumn = 0;
  log.runs[0].results[4].ruleId = 'RCS998';
  log.runs[0].extra = true;
  const problems = sarifShapeProblems(log).join('\n');
  for (const what of ['ruleIndex', 'bad level info', 'not a relative path', 'startColumn', 'not among driver.rules', "no property 'extra'"]) {
    assert.ok(problems.includes(what), `${what} in:\n${problems}`);
  }
});
